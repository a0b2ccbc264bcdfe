package org.throughline.html.pages;

import org.throughline.html.Finding;
import org.throughline.html.markup.Html;

/** Every validation finding, in file order, each linked to the page of the element it concerns. */
final class ProblemsPage {

	static final String PATH = SitePaths.PROBLEMS;

	private ProblemsPage() {
	}

	static String write(Site site) {
		return Layout.page(site, PATH, "Problems", html -> {
			long errors = site.findings().stream().filter(f -> f.severity().equals("error")).count();
			long warnings = site.findings().stream().filter(f -> f.severity().equals("warning")).count();
			html.element("p", Fragments.count((int) errors, "error", "errors") + " and "
					+ Fragments.count((int) warnings, "warning", "warnings") + " were found when the site was "
					+ "published. They are also listed on the page of the commitment, owner or indicator they "
					+ "concern.").newline();
			if (site.findings().isEmpty()) {
				html.element("p", "\u2713 Nothing to report.", "class", "complete").newline();
				return;
			}
			Fragments.openTable(html, "Validation findings", "findings");
			Fragments.headerRow(html, "Where", "Severity", "Finding", "Concerns");
			html.open("tbody").newline();
			for (Finding finding : site.findings()) {
				html.open("tr").open("th", "scope", "row").element("code", finding.location()).close("th")
						.element("td", finding.severity()).open("td").text(finding.message());
				if (finding.code() != null) {
					html.text(" ").element("code", finding.code());
				}
				html.close("td").open("td");
				concerns(html, site, finding);
				html.close("td").close("tr").newline();
			}
			html.close("tbody").newline();
			Fragments.closeTable(html);
		});
	}

	private static void concerns(Html html, Site site, Finding finding) {
		for (var e = finding.subject(); e != null; e = e.eContainer()) {
			if (site.paths().pageOf(e) != null) {
				Fragments.link(html, site, PATH, e);
				return;
			}
		}
		html.element("span", "the whole file", "class", "none");
	}
}
