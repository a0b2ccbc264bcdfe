package org.throughline.html.pages;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import org.throughline.html.markup.Html;
import org.throughline.model.facts.DeliveryFacts;
import org.throughline.model.labels.Labels;
import org.throughline.model.monitoring.CommitmentStatus;
import org.throughline.model.monitoring.IndicatorResult;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.Target;
import org.throughline.model.values.CalendarDate;
import org.throughline.model.values.FinancialYear;
import org.throughline.model.values.ReportingPeriod;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.Values;
import org.throughline.trace.monitoring.MonitoringReport;
import org.throughline.trace.monitoring.MonitoringReport.Section;

/**
 * The monitoring section: an index of the quarters and years of the plans that ended before the as-at date, a
 * report page per quarter with its exceptions (red, then amber) first, then each directorate's commitments and
 * indicators, and an annual report per year: its quarters side by side, then the year's own report. Every rating
 * is written in words; colour only repeats it.
 */
final class MonitoringPage {

	static final String INDEX = "monitoring/index.html";

	private MonitoringPage() {
	}

	/** The quarters reported on: from the first plan's start to the latest quarter ended before the as-at date. */
	static List<ReportingPeriod> quarters(Site site) {
		CalendarDate asAt = MonitoringReport.asAt(site.index(), null).orElse(null);
		List<ReportingPeriod> quarters = new ArrayList<>();
		if (asAt == null) {
			return quarters;
		}
		FinancialYear first = null;
		for (Plan plan : site.index().plans()) {
			if (plan.getPeriodStart() != null && (first == null || plan.getPeriodStart().compareTo(first) < 0)) {
				first = plan.getPeriodStart();
			}
		}
		ReportingPeriod latest = MonitoringReport.latestEndedQuarter(asAt);
		for (FinancialYear year = first; year != null && year.compareTo(latest.financialYear()) <= 0; year = year.next()) {
			for (ReportingPeriod quarter : ReportingPeriod.of(year, ReportingPeriod.Kind.QUARTER)) {
				if (quarter.compareTo(latest) <= 0) {
					quarters.add(quarter);
				}
			}
		}
		return quarters;
	}

	/** The financial years of the plans that ended before the as-at date, the first first. */
	static List<ReportingPeriod> years(Site site) {
		CalendarDate asAt = MonitoringReport.asAt(site.index(), null).orElse(null);
		List<ReportingPeriod> years = new ArrayList<>();
		for (ReportingPeriod quarter : quarters(site)) {
			ReportingPeriod year = ReportingPeriod.year(quarter.financialYear());
			if (year.endedBefore(asAt) && !years.contains(year)) {
				years.add(year);
			}
		}
		return years;
	}

	static String path(ReportingPeriod period) {
		return "monitoring/" + period.toString().toLowerCase(Locale.ROOT).replace('/', '-').replace(' ', '-') + ".html";
	}

	static String index(Site site) {
		CalendarDate asAt = MonitoringReport.asAt(site.index(), null).orElse(null);
		List<ReportingPeriod> quarters = quarters(site);
		return Layout.page(site, INDEX, "Monitoring", html -> {
			businessPlans(html, site);
			if (asAt == null) {
				html.element("p", "No plan says what date its monitoring is as at ('as at' in the plan), so no period"
						+ " is reported on.").newline();
				return;
			}
			html.element("p", "Monitoring as at " + asAt + ".").newline();
			if (quarters.isEmpty()) {
				html.element("p", "No quarter of the plan has ended by the as-at date.").newline();
				return;
			}
			html.element("h2", "Reports by quarter").newline();
			html.open("ul").newline();
			for (ReportingPeriod quarter : quarters.reversed()) {
				html.open("li");
				html.element("a", "Monitoring report for " + quarter, "href", SitePaths.relative(INDEX, path(quarter)));
				html.close("li").newline();
			}
			html.close("ul").newline();
			List<ReportingPeriod> years = years(site);
			if (!years.isEmpty()) {
				html.element("h2", "Annual reports").newline();
				html.open("ul").newline();
				for (ReportingPeriod year : years.reversed()) {
					html.open("li");
					html.element("a", "Annual report for " + year, "href", SitePaths.relative(INDEX, path(year)));
					html.close("li").newline();
				}
				html.close("ul").newline();
			}
			MonitoringReport latest = MonitoringReport.of(site.index(), asAt, quarters.get(quarters.size() - 1));
			html.element("h2", "Exceptions in " + latest.period()).newline();
			exceptions(html, site, INDEX, latest);
		});
	}

	/** The business plans that deliver the plan, each with its owner, years and actions. */
	private static void businessPlans(Html html, Site site) {
		List<BusinessPlan> plans = site.index().businessPlans();
		if (plans.isEmpty()) {
			return;
		}
		html.element("h2", "Business plans").newline();
		html.open("ul").newline();
		for (BusinessPlan plan : plans) {
			html.open("li");
			Fragments.link(html, site, INDEX, plan);
			html.text(" (" + (TraceIndex.resolved(plan.getOwner()) ? Labels.label(plan.getOwner()) + ", " : "")
					+ (DeliveryFacts.periodKnown(plan) ? DeliveryFacts.describe(plan) + ", " : "")
					+ Fragments.count(plan.getActions().size(), "action", "actions") + ")");
			html.close("li").newline();
		}
		html.close("ul").newline();
	}

	static String report(Site site, ReportingPeriod period) {
		CalendarDate asAt = MonitoringReport.asAt(site.index(), null).orElse(null);
		MonitoringReport report = MonitoringReport.of(site.index(), asAt, period);
		String path = path(period);
		return Layout.page(site, path, "Monitoring report for " + period, html -> {
			html.element("p", "As at " + asAt + ". " + RATINGS).newline();
			html.element("h2", "Exceptions").newline();
			exceptions(html, site, path, report);
			directorates(html, site, path, report, "h2");
		});
	}

	/**
	 * The annual report for a financial year: every indicator's rating and every commitment's status in each of
	 * the year's quarters, side by side, then the report for the year as a whole (an indicator reported quarterly
	 * is rated there on its last quarter, one reported annually on the year).
	 */
	static String annual(Site site, ReportingPeriod year) {
		CalendarDate asAt = MonitoringReport.asAt(site.index(), null).orElse(null);
		MonitoringReport report = MonitoringReport.of(site.index(), asAt, year);
		List<ReportingPeriod> quarters = ReportingPeriod.of(year.financialYear(), ReportingPeriod.Kind.QUARTER);
		List<MonitoringReport> byQuarter = quarters.stream().map(q -> MonitoringReport.of(site.index(), asAt, q))
				.toList();
		String path = path(year);
		return Layout.page(site, path, "Annual report for " + year, html -> {
			html.element("p", "As at " + asAt + ". " + RATINGS).newline();
			html.element("h2", "The year by quarter").newline();
			yearIndicators(html, site, path, quarters, report, byQuarter);
			yearCommitments(html, site, path, quarters, report, byQuarter);
			html.element("h2", "Exceptions at the end of the year").newline();
			exceptions(html, site, path, report);
			html.element("h2", "The year by directorate").newline();
			directorates(html, site, path, report, "h3");
		});
	}

	private static final String RATINGS = "Ratings: green where the target is met, amber where the floor is met"
			+ " but not the target, red below the floor; none where there is no target or no actual yet.";

	private static void directorates(Html html, Site site, String path, MonitoringReport report, String heading) {
		for (Section section : report.directorates()) {
			String name = section.directorate() == null ? "No directorate" : Labels.label(section.directorate());
			html.element(heading, name).newline();
			commitments(html, site, path, name, section.commitments());
			indicators(html, site, path, name, section.indicators());
		}
	}

	// an indicator's rating in each quarter; a quarter in which it is not reported (an annual indicator) says so
	private static void yearIndicators(Html html, Site site, String path, List<ReportingPeriod> quarters,
			MonitoringReport year, List<MonitoringReport> byQuarter) {
		List<Map<EObject, IndicatorResult>> results = byQuarter.stream()
				.map(r -> byElement(r.indicators(), IndicatorResult::indicator)).toList();
		Fragments.openTable(html, "Indicators through " + year.period(), "monitoring");
		headerRow(html, "Indicator", quarters, "The year");
		html.open("tbody").newline();
		for (IndicatorResult result : year.indicators()) {
			html.open("tr").open("th", "scope", "row");
			Fragments.link(html, site, path, result.indicator());
			html.close("th");
			for (int q = 0; q < quarters.size(); q++) {
				IndicatorResult inQuarter = results.get(q).get(result.indicator());
				if (inQuarter == null || !quarters.get(q).encloses(inQuarter.period())) {
					html.element("td", "not reported for the quarter");
				} else {
					rating(html, inQuarter.rating().word());
				}
			}
			rating(html, result.rating().word());
			html.close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	private static void yearCommitments(Html html, Site site, String path, List<ReportingPeriod> quarters,
			MonitoringReport year, List<MonitoringReport> byQuarter) {
		List<Map<EObject, CommitmentStatus>> statuses = byQuarter.stream()
				.map(r -> byElement(r.commitments(), CommitmentStatus::commitment)).toList();
		Fragments.openTable(html, "Commitments through " + year.period(), "monitoring");
		headerRow(html, "Commitment", quarters, "The year");
		html.open("tbody").newline();
		for (CommitmentStatus status : year.commitments()) {
			html.open("tr").open("th", "scope", "row");
			Fragments.link(html, site, path, status.commitment());
			html.close("th");
			for (Map<EObject, CommitmentStatus> inQuarter : statuses) {
				CommitmentStatus quarter = inQuarter.get(status.commitment());
				html.element("td", quarter == null || quarter.status() == null ? "none" : Labels.label(quarter.status()));
			}
			html.element("td", status.status() == null ? "none" : Labels.label(status.status()));
			html.close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	private static void headerRow(Html html, String first, List<ReportingPeriod> quarters, String last) {
		List<String> headers = new ArrayList<>();
		headers.add(first);
		quarters.forEach(q -> headers.add(q.toString()));
		headers.add(last);
		Fragments.headerRow(html, headers.toArray(String[]::new));
	}

	private static <T> Map<EObject, T> byElement(List<T> items, Function<T, ? extends EObject> element) {
		Map<EObject, T> map = new IdentityHashMap<>();
		items.forEach(item -> map.put(element.apply(item), item));
		return map;
	}

	private static void exceptions(Html html, Site site, String path, MonitoringReport report) {
		List<IndicatorResult> exceptions = report.indicators().stream()
				.filter(r -> MonitoringReport.exception(r.rating())).toList();
		if (exceptions.isEmpty()) {
			html.element("p", "No indicator is red or amber.").newline();
			return;
		}
		indicators(html, site, path, "Red and amber indicators", exceptions);
	}

	private static void commitments(Html html, Site site, String path, String caption, List<CommitmentStatus> list) {
		Fragments.openTable(html, "Commitments: " + caption, "monitoring");
		Fragments.headerRow(html, "Commitment", "Status", "Rating", "From", "Commentary");
		html.open("tbody").newline();
		for (CommitmentStatus status : list) {
			html.open("tr").open("th", "scope", "row");
			Fragments.link(html, site, path, status.commitment());
			html.close("th");
			html.element("td", status.status() == null ? "none" : Labels.label(status.status()));
			rating(html, status.rating().word());
			html.element("td", status.update() != null ? "progress update" : status.status() != null
					? "its indicators" : "nothing reported");
			html.element("td", status.update() == null || status.update().getCommentary() == null ? ""
					: status.update().getCommentary());
			html.close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	private static void indicators(Html html, Site site, String path, String caption, List<IndicatorResult> list) {
		Fragments.openTable(html, "Indicators: " + caption, "monitoring");
		Fragments.headerRow(html, "Indicator", "Period", "Actual", "Target", "Floor", "Rating", "Why",
				"On the previous period", "On a year before", "Commentary");
		html.open("tbody").newline();
		for (IndicatorResult result : list) {
			html.open("tr").open("th", "scope", "row");
			Fragments.link(html, site, path, result.indicator());
			html.close("th");
			html.element("td", result.period().toString());
			html.element("td", result.actual() == null ? "none" : Values.quantity(result.actual().getValue()));
			html.element("td", value(result.target()));
			html.element("td", value(result.floor()));
			rating(html, result.rating().word());
			html.element("td", result.reason());
			html.element("td", result.sincePrevious().word());
			html.element("td", result.sinceYearBefore().word());
			html.element("td", result.actual() == null || result.actual().getCommentary() == null ? ""
					: result.actual().getCommentary());
			html.close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	private static String value(Target target) {
		return target == null ? "none" : Values.quantity(target.getValue());
	}

	/** The rating in words, in a cell whose class colours it. */
	private static void rating(Html html, String word) {
		html.element("td", word, "class", "rating rating-" + word);
	}
}
