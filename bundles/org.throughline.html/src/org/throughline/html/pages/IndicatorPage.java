package org.throughline.html.pages;

import org.throughline.html.charts.IndicatorChart;
import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.monitoring.Rating;
import org.throughline.model.monitoring.Ratings;
import org.throughline.model.plan.Comparator;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Observation;
import org.throughline.model.plan.PlanPackage;
import org.throughline.model.plan.Sourced;
import org.throughline.model.plan.Target;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.Values;

/** An indicator: what it counts, a chart of its baseline, actuals and targets, every value with its source. */
final class IndicatorPage {

	private IndicatorPage() {
	}

	static String write(Site site, Indicator indicator, String path) {
		return Layout.page(site, path, Labels.label(indicator), html -> {
			Fragments.Facts facts = new Fragments.Facts(html);
			facts.text("Identifier", site.index().qualifiedName(indicator));
			facts.text("Unit", unit(indicator));
			facts.text("Better when", indicator.eIsSet(PlanPackage.Literals.INDICATOR__POLARITY) ? polarity(indicator)
					: null);
			facts.text("Data from", indicator.getDataSource());
			facts.text("Reported", indicator.eIsSet(PlanPackage.Literals.INDICATOR__FREQUENCY) ? frequency(indicator)
					: null);
			facts.markup("Owner", TraceIndex.resolved(indicator.getOwner()),
					h -> Fragments.link(h, site, path, indicator.getOwner()));
			facts.end();
			Fragments.sourceParagraph(html, site, path, indicator);

			html.element("h2", "Values").newline();
			Html chart = IndicatorChart.of(indicator, "chart");
			if (chart == null) {
				html.element("p", "No value has a date or period, so there is nothing to draw.").newline();
			} else {
				html.markup(chart);
			}
			int undated = IndicatorChart.undated(indicator);
			if (undated > 0 && chart != null) {
				html.element("p", undated == 1 ? "One value is undated, so it is not drawn; the table lists it."
						: undated + " values are undated, so they are not drawn; the table lists them.")
						.newline();
			}
			values(html, site, path, indicator);

			html.element("h2", "Commitments it measures").newline();
			Fragments.commitmentList(html, site, path, site.index().commitmentsMeasuredBy(indicator),
					"It measures no commitment.");
			Fragments.findings(html, site, indicator);
		});
	}

	private static void values(Html html, Site site, String path, Indicator indicator) {
		if (indicator.getBaseline() == null && indicator.getActuals().isEmpty() && indicator.getTargets().isEmpty()
				&& indicator.getComparators().isEmpty()) {
			html.element("p", "No baseline, actual, target or comparator is recorded.").newline();
			return;
		}
		Fragments.openTable(html, "Every value of " + Labels.label(indicator), "values");
		Fragments.headerRow(html, "Kind", "Value", "When", "Source");
		html.open("tbody").newline();
		if (indicator.getBaseline() != null) {
			observation(html, site, path, "Baseline", indicator.getBaseline());
		}
		for (Observation actual : indicator.getActuals()) {
			Rating rating = actual.getPeriod() == null || actual.getPeriodEnd() != null ? Rating.NONE
					: Ratings.of(indicator, actual.getPeriod()).rating();
			observation(html, site, path, rating == Rating.NONE ? "Actual" : "Actual, " + rating.word(), actual);
		}
		for (Target target : indicator.getTargets()) {
			row(html, site, path, "Target", Values.quantity(target.getValue()),
					target.getDue() == null ? "undated" : "by " + target.getDue(), target);
		}
		for (Target floor : indicator.getFloors()) {
			row(html, site, path, "Floor", Values.quantity(floor.getValue()),
					floor.getDue() == null ? "undated" : "by " + floor.getDue(), floor);
		}
		for (Comparator comparator : indicator.getComparators()) {
			row(html, site, path, "Comparator: " + comparator.getLabel(), Values.quantity(comparator.getValue()),
					comparator.getPeriod() == null ? "" : comparator.getPeriod().toString(), comparator);
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	private static void observation(Html html, Site site, String path, String kind, Observation observation) {
		String when = Values.when(observation);
		row(html, site, path, kind, Values.quantity(observation.getValue()), when.isEmpty() ? "undated" : when,
				observation);
	}

	private static void row(Html html, Site site, String path, String kind, String value, String when,
			Sourced sourced) {
		html.open("tr").element("th", kind, "scope", "row").element("td", value).element("td", when).open("td");
		if (sourced.getSources().isEmpty()) {
			html.element("span", "none", "class", "none");
		} else {
			Fragments.citations(html, site, path, sourced);
		}
		html.close("td").close("tr").newline();
	}

	private static String unit(Indicator indicator) {
		return switch (indicator.getUnit()) {
			case COUNT -> "a count";
			case PERCENTAGE -> "a percentage";
			case MONEY -> "pounds sterling";
			case RATE -> indicator.isSetRatePer() ? "a rate per " + indicator.getRatePer() : "a rate";
			case GRADE -> TraceIndex.resolved(indicator.getScale()) ? "a grade on " + Labels.label(indicator.getScale())
					: "a grade";
			case RATIO -> "a ratio";
		};
	}

	// as the plan says it ("reported annually"), not as the model names the value
	private static String frequency(Indicator indicator) {
		return switch (indicator.getFrequency()) {
			case MONTHLY -> "monthly";
			case QUARTERLY -> "quarterly";
			case TERMLY -> "each school term";
			case ANNUAL -> "annually";
			case OCCASIONAL -> "occasionally, as data become available";
		};
	}

	private static String polarity(Indicator indicator) {
		return switch (indicator.getPolarity()) {
			case HIGHER -> "higher";
			case LOWER -> "lower";
			case NEUTRAL -> "neither: it gives context";
		};
	}
}
