package org.throughline.html.pages;

import org.throughline.html.charts.BarChart;
import org.throughline.html.markup.Html;
import org.throughline.trace.coverage.Coverage;
import org.throughline.trace.coverage.CoverageMeasure;

/** A coverage shown as a bar chart of its {@link CoverageMeasure#columns()} and as a table of every measure. */
final class CoverageFigures {

	private CoverageFigures() {
	}

	/** "40% (4 of 10)". */
	static String share(int part, int whole) {
		return Coverage.percentText(part, whole) + " (" + part + " of " + whole + ")";
	}

	static Html chart(String id, Coverage c, String caption) {
		BarChart chart = new BarChart(id, caption, 100);
		for (CoverageMeasure measure : CoverageMeasure.columns()) {
			int count = measure.count(c);
			chart.bar(measure.label(), Coverage.percent(count, c.commitments()), share(count, c.commitments()));
		}
		return chart.toHtml(caption);
	}

	static void table(Html html, String caption, Coverage c) {
		Fragments.openTable(html, caption, "coverage");
		Fragments.headerRow(html, "Commitments", "Count", "Share");
		html.open("tbody").newline();
		html.open("tr").element("th", "All", "scope", "row").element("td", Integer.toString(c.commitments()))
				.element("td", c.commitments() == 0 ? "\u2013" : "100%").close("tr").newline();
		for (CoverageMeasure measure : CoverageMeasure.values()) {
			html.open("tr").element("th", measure.label(), "scope", "row")
					.element("td", Integer.toString(measure.count(c)))
					.element("td", Coverage.percentText(measure.count(c), c.commitments())).close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}
}
