package org.throughline.html.pages;

import java.util.List;

import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Milestone;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.model.plan.Response;
import org.throughline.trace.matrix.TraceMatrix;
import org.throughline.trace.matrix.TraceMatrix.Row;

/**
 * The traceability matrix: a row per commitment, a column each for owners, measures, consultation, inspection
 * and holes. The gaps view is a page of its own with only the rows that have holes, so filtering needs no
 * JavaScript. The CSV export has the same rows. A long matrix is split over pages ({@link Paging}).
 */
final class MatrixPage {

	private MatrixPage() {
	}

	/** Page {@code page} (from 1) of the matrix, or of the gaps view; {@link Paging#ROWS} rows a page. */
	static String write(Site site, boolean gapsOnly, int page) {
		String first = gapsOnly ? SitePaths.GAPS : SitePaths.MATRIX;
		String path = Paging.path(first, page);
		TraceMatrix matrix = gapsOnly ? site.gaps() : site.matrix();
		int all = site.matrix().rows().size();
		int rows = matrix.rows().size();
		String heading = gapsOnly ? "Gaps: commitments with something missing" : "Traceability matrix";
		return Layout.page(site, path, Paging.heading(heading, rows, page),
				html -> {
					html.open("p");
					if (gapsOnly) {
						html.text(rows + " of " + Fragments.count(all, "commitment lacks", "commitments lack")
								+ " something. ");
						html.element("a", "The full matrix", "href", SitePaths.MATRIX).text(" shows every commitment.");
					} else {
						html.text(Fragments.count(all, "commitment", "commitments") + ", of which "
								+ site.gaps().rows().size() + " lack something. ");
						html.element("a", "The gaps view", "href", SitePaths.GAPS).text(" shows only those.");
					}
					html.text(" The command throughline export --format csv writes the same rows for a spreadsheet.")
							.close("p").newline();
					if (matrix.rows().isEmpty()) {
						html.element("p", gapsOnly ? "No commitment lacks anything." : "The plan has no commitments.")
								.newline();
						return;
					}
					Paging.links(html, first, page, rows, gapsOnly ? "gaps view" : "matrix");
					table(html, site, path, Paging.slice(matrix.rows(), page),
							(gapsOnly ? "Commitments with holes" : "Every commitment") + Paging.range(rows, page));
				});
	}

	private static void table(Html html, Site site, String path, List<Row> rows, String caption) {
		Fragments.openTable(html, caption + ": owners, measures, consultation, inspection and holes", "matrix");
		Fragments.headerRow(html, "Commitment", "Lead owner", "Other owners", "Measures", "Consultation",
				"Inspection actions", "Holes");
		html.open("tbody").newline();
		for (Row row : rows) {
			html.open("tr").open("th", "scope", "row");
			Fragments.link(html, site, path, row.commitment());
			html.close("th");
			html.open("td");
			owners(html, site, path, row, true);
			html.close("td").open("td");
			owners(html, site, path, row, false);
			html.close("td").open("td");
			measures(html, site, path, row);
			html.close("td").open("td");
			consultation(html, row.responses());
			html.close("td").open("td");
			if (row.actions().isEmpty()) {
				html.element("span", "none", "class", "none");
			} else {
				html.text(Integer.toString(row.actions().size()));
			}
			html.close("td").open("td");
			Fragments.holeMarks(html, row.holes());
			html.close("td").close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	private static void owners(Html html, Site site, String path, Row row, boolean lead) {
		List<Ownership> ownerships = row.ownerships().stream()
				.filter(o -> (o.getRole() == OwnershipRole.LEAD) == lead).toList();
		if (ownerships.isEmpty()) {
			html.element("span", "none", "class", "none");
			return;
		}
		for (int i = 0; i < ownerships.size(); i++) {
			if (i > 0) {
				html.open("br");
			}
			Owner owner = ownerships.get(i).getOwner();
			Fragments.link(html, site, path, owner);
			if (!lead) {
				html.text(" (" + ownerships.get(i).getRole().getLiteral() + ")");
			}
		}
	}

	private static void measures(Html html, Site site, String path, Row row) {
		boolean any = false;
		for (var indicator : row.indicators()) {
			if (any) {
				html.open("br");
			}
			Fragments.link(html, site, path, indicator);
			any = true;
		}
		for (Milestone milestone : row.commitment().getMilestones()) {
			if (any) {
				html.open("br");
			}
			html.text("Milestone: " + milestone.getTitle() + (milestone.getDue() == null ? "" : " by " + milestone.getDue()));
			any = true;
		}
		String reason = row.commitment().getNotMeasurableReason();
		if (!any && reason != null && !reason.isBlank()) {
			html.text("Not measurable: " + reason);
			any = true;
		}
		if (!any) {
			html.element("span", "none", "class", "none");
		}
	}

	private static void consultation(Html html, List<Response> responses) {
		if (responses.isEmpty()) {
			html.element("span", "none", "class", "none");
			return;
		}
		long answered = responses.stream().filter(r -> r.getReply() != null).count();
		html.text(Labels.count(responses.size(), "response", "responses") + ", " + answered + " answered");
	}
}
