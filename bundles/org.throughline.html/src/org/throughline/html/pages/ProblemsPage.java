package org.throughline.html.pages;

import org.throughline.html.Finding;
import org.throughline.html.markup.Html;

/**
 * Every validation finding, in file order, each linked to the page of the element it concerns; a long list is split
 * over pages ({@link Paging}).
 */
final class ProblemsPage {

	static final String PATH = SitePaths.PROBLEMS;

	private ProblemsPage() {
	}

	/** Page {@code page} (from 1) of the findings; {@link Paging#ROWS} findings a page. */
	static String write(Site site, int page) {
		String path = Paging.path(PATH, page);
		return Layout.page(site, path, Paging.heading("Problems", site.findings().size(), page), html -> {
			html.element("p", Fragments.count(site.findings("error"), "error", "errors") + " and "
					+ Fragments.count(site.findings("warning"), "warning", "warnings") + " were found when the site was "
					+ "published. They are also listed on the page of the commitment, owner or indicator they "
					+ "concern.").newline();
			if (site.findings().isEmpty()) {
				html.element("p", "\u2713 Nothing to report.", "class", "complete").newline();
				return;
			}
			Paging.links(html, PATH, page, site.findings().size(), "findings");
			Fragments.openTable(html, "Validation findings" + Paging.range(site.findings().size(), page), "findings");
			Fragments.headerRow(html, "Where", "Severity", "Finding", "Concerns");
			html.open("tbody").newline();
			for (Finding finding : Paging.slice(site.findings(), page)) {
				html.open("tr").open("th", "scope", "row").element("code", finding.location()).close("th")
						.element("td", finding.severity()).open("td").text(finding.message());
				if (finding.code() != null) {
					html.text(" ").element("code", finding.code());
				}
				html.close("td").open("td");
				concerns(html, site, path, finding);
				html.close("td").close("tr").newline();
			}
			html.close("tbody").newline();
			Fragments.closeTable(html);
		});
	}

	private static void concerns(Html html, Site site, String path, Finding finding) {
		for (var e = finding.subject(); e != null; e = e.eContainer()) {
			if (site.paths().pageOf(e) != null) {
				Fragments.link(html, site, path, e);
				return;
			}
		}
		html.element("span", "the whole file", "class", "none");
	}
}
