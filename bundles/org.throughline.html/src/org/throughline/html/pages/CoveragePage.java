package org.throughline.html.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.throughline.html.charts.BarChart;
import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Plan;
import org.throughline.trace.coverage.Coverage;
import org.throughline.trace.coverage.CoverageMeasure;
import org.throughline.trace.coverage.DirectorateCoverage;
import org.throughline.trace.coverage.GroupCoverage;
import org.throughline.trace.coverage.Grouping;
import org.throughline.trace.coverage.PlanSummary;
import org.throughline.trace.holes.Hole;

/**
 * The coverage dashboard: for each plan, how many commitments are owned, measured, consulted on and answered,
 * overall and per directorate, and how often each hole occurs. Every chart has a table with the same figures.
 */
final class CoveragePage {

	static final String PATH = SitePaths.COVERAGE;

	private CoveragePage() {
	}

	static String write(Site site) {
		return Layout.page(site, PATH, "Coverage", html -> {
			if (site.index().plans().isEmpty()) {
				html.element("p", "The folder holds no plan.").newline();
			}
			html.open("p").text("A commitment is measured when an indicator or a milestone measures it; one the plan "
					+ "states cannot be measured is counted apart. It is consulted on when a consultation response "
					+ "concerns it, and answered when every such response has a reply.").close("p").newline();
			boolean single = site.index().plans().size() == 1;
			for (Plan plan : site.index().plans()) {
				int level = 2;
				if (!single) {
					html.element("h2", Labels.label(plan)).newline();
					level = 3;
				}
				plan(html, site, site.summary(plan), level);
			}
		});
	}

	private static void plan(Html html, Site site, PlanSummary summary, int level) {
		String h = "h" + level;
		String key = site.paths().id(summary.plan()).replace('.', '-');
		Coverage overall = summary.overall();
		html.element(h, "The whole plan").newline();
		html.markup(CoverageFigures.chart("overall-" + key, overall, "Coverage of all "
				+ Fragments.count(overall.commitments(), "commitment", "commitments")));
		CoverageFigures.table(html, "Coverage of the whole plan", overall);

		html.element(h, "By directorate").newline();
		html.element("p", "A directorate counts the commitments it owns (through any unit, post or person within "
				+ "it) and the unowned commitments whose aim the plan maps to it.").newline();
		if (summary.byDirectorate().isEmpty()) {
			html.element("p", "No commitment is owned by a directorate or serves an aim a directorate delivers.")
					.newline();
		} else {
			BarChart owned = new BarChart("owned-" + key, "Share of each directorate's commitments that are owned",
					100);
			BarChart measured = new BarChart("measured-" + key,
					"Share of each directorate's commitments that are measured", 100);
			for (DirectorateCoverage row : summary.byDirectorate()) {
				Coverage c = row.coverage();
				owned.bar(Labels.label(row.directorate()), Coverage.percent(c.owned(), c.commitments()),
						CoverageFigures.share(c.owned(), c.commitments()));
				measured.bar(Labels.label(row.directorate()), Coverage.percent(c.measured(), c.commitments()),
						CoverageFigures.share(c.measured(), c.commitments()));
			}
			html.markup(owned.toHtml("Owned, by directorate"));
			html.markup(measured.toHtml("Measured, by directorate"));
			directorateTable(html, site, summary);
		}

		for (Grouping grouping : Grouping.values()) {
			if (!summary.byGroup(grouping).isEmpty()) {
				html.element(h, grouping.title()).newline();
				groupTable(html, site, summary, grouping);
			}
		}

		html.element(h, "Holes").newline();
		Map<Hole, Integer> counts = new EnumMap<>(Hole.class);
		for (Commitment commitment : summary.plan().getCommitments()) {
			for (Hole hole : site.holes(commitment)) {
				counts.merge(hole, 1, Integer::sum);
			}
		}
		BarChart holes = new BarChart("holes-" + key, "How many commitments have each hole", 100);
		for (Hole hole : Hole.values()) {
			int n = counts.getOrDefault(hole, 0);
			holes.bar(hole.label(), Coverage.percent(n, overall.commitments()), CoverageFigures.share(n,
					overall.commitments()));
		}
		html.markup(holes.toHtml("Commitments with each hole; the gaps page lists them"));
		Fragments.openTable(html, "Commitments with each hole", "holes-table");
		Fragments.headerRow(html, "Hole", "What it means", "Commitments", "Share");
		html.open("tbody").newline();
		for (Hole hole : Hole.values()) {
			int n = counts.getOrDefault(hole, 0);
			html.open("tr").element("th", hole.label(), "scope", "row").element("td", hole.description())
					.element("td", Integer.toString(n)).element("td", Coverage.percentText(n, overall.commitments()))
					.close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	private static void directorateTable(Html html, Site site, PlanSummary summary) {
		Fragments.openTable(html, "Coverage by directorate", "directorates");
		List<String> headings = new ArrayList<>(List.of("Directorate", "Commitments", "Owned by it", "Through its aims"));
		CoverageMeasure.columns().forEach(measure -> headings.add(measure.label()));
		Fragments.headerRow(html, headings.toArray(String[]::new));
		html.open("tbody").newline();
		for (DirectorateCoverage row : summary.byDirectorate()) {
			Coverage c = row.coverage();
			html.open("tr").open("th", "scope", "row");
			Fragments.link(html, site, PATH, row.directorate());
			html.close("th");
			cells(html, c, row.byOwnership(), row.byAim());
			html.close("tr").newline();
		}
		if (summary.unattributed().commitments() > 0) {
			html.open("tr").element("th", "No directorate", "scope", "row");
			cells(html, summary.unattributed(), 0, 0);
			html.close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	/** The plan's aims, areas or owners of a role, each with the coverage of the commitments that count for it. */
	private static void groupTable(Html html, Site site, PlanSummary summary, Grouping grouping) {
		Fragments.openTable(html, "Coverage " + grouping.title().toLowerCase(java.util.Locale.ROOT),
				"group-" + grouping.key());
		List<String> headings = new ArrayList<>(List.of(grouping.heading(), "Commitments"));
		CoverageMeasure.columns().forEach(measure -> headings.add(measure.label()));
		Fragments.headerRow(html, headings.toArray(String[]::new));
		html.open("tbody").newline();
		for (GroupCoverage row : summary.byGroup(grouping)) {
			Coverage c = row.coverage();
			html.open("tr").open("th", "scope", "row");
			Fragments.link(html, site, PATH, row.group());
			html.close("th").element("td", Integer.toString(c.commitments()));
			shareCells(html, c);
			html.close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	private static void cells(Html html, Coverage c, int byOwnership, int byAim) {
		html.element("td", Integer.toString(c.commitments())).element("td", Integer.toString(byOwnership))
				.element("td", Integer.toString(byAim));
		shareCells(html, c);
	}

	/** A cell for each column measure's share of the commitments counted. */
	private static void shareCells(Html html, Coverage c) {
		for (CoverageMeasure measure : CoverageMeasure.columns()) {
			html.element("td", Coverage.percentText(measure.count(c), c.commitments()));
		}
	}
}
