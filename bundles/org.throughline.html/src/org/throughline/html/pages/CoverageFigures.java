package org.throughline.html.pages;

import org.throughline.html.charts.BarChart;
import org.throughline.html.markup.Html;
import org.throughline.trace.coverage.Coverage;

/** A coverage shown as a bar chart and as a table, with the same figures in both. */
final class CoverageFigures {

	private CoverageFigures() {
	}

	private record Measure(String label, int count) {
	}

	private static Measure[] measures(Coverage c) {
		return new Measure[] { new Measure("Owned", c.owned()), new Measure("With a lead owner", c.led()),
				new Measure("Measured", c.measured()), new Measure("Measured by an indicator", c.byIndicator()),
				new Measure("Measured by a milestone", c.byMilestone()),
				new Measure("Stated not measurable", c.statedNotMeasurable()),
				new Measure("Neither measured nor explained", c.unmeasured()),
				new Measure("Consulted on", c.consultedOn()), new Measure("Every response answered", c.answered()),
				new Measure("Changed by consultation", c.changedByConsultation()) };
	}

	/** "40% (4 of 10)". */
	static String share(int part, int whole) {
		return Coverage.percentText(part, whole) + " (" + part + " of " + whole + ")";
	}

	static Html chart(String id, Coverage c, String caption) {
		BarChart chart = new BarChart(id, caption, 100);
		chart.bar("Owned", Coverage.percent(c.owned(), c.commitments()), share(c.owned(), c.commitments()));
		chart.bar("Measured (indicator or milestone)", Coverage.percent(c.measured(), c.commitments()),
				share(c.measured(), c.commitments()));
		chart.bar("Stated not measurable", Coverage.percent(c.statedNotMeasurable(), c.commitments()),
				share(c.statedNotMeasurable(), c.commitments()));
		chart.bar("Consulted on", Coverage.percent(c.consultedOn(), c.commitments()),
				share(c.consultedOn(), c.commitments()));
		chart.bar("Every response answered", Coverage.percent(c.answered(), c.commitments()),
				share(c.answered(), c.commitments()));
		return chart.toHtml(caption);
	}

	static void table(Html html, String caption, Coverage c) {
		Fragments.openTable(html, caption, "coverage");
		Fragments.headerRow(html, "Commitments", "Count", "Share");
		html.open("tbody").newline();
		html.open("tr").element("th", "All", "scope", "row").element("td", Integer.toString(c.commitments()))
				.element("td", c.commitments() == 0 ? "\u2013" : "100%").close("tr").newline();
		for (Measure measure : measures(c)) {
			html.open("tr").element("th", measure.label(), "scope", "row")
					.element("td", Integer.toString(measure.count()))
					.element("td", Coverage.percentText(measure.count(), c.commitments())).close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}
}
