package org.throughline.html.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.NamedElement;

/**
 * A part of a source document, every line numbered and addressable ({@code #L2593}); before the lines, what cites
 * each range that starts here. A link to a range ({@code #R2593-2595}) marks its lines with the page's own rules:
 * the range's anchor stands before its first line, and the lines that follow it up to the range's end are marked
 * when it is the target. Every line that some citation names carries a mark in the margin as well.
 */
final class DocumentPage {

	private DocumentPage() {
	}

	static String write(Site site, SourceDocuments.Shown doc, int page) {
		String path = doc.path(page);
		int first = (page - 1) * SourceDocuments.LINES + 1;
		int last = Math.min(doc.lines().size(), page * SourceDocuments.LINES);
		Map<List<Integer>, List<EObject>> cited = site.documents().citationsOn(doc, page);
		boolean[] marked = new boolean[last - first + 1];
		for (SourceDocuments.Citing range : site.documents().citingLines(doc, first, last)) {
			for (int n = Math.max(first, range.first()); n <= Math.min(last, range.last()); n++) {
				marked[n - first] = true;
			}
		}
		StringBuilder style = new StringBuilder();
		for (List<Integer> range : cited.keySet()) {
			if (range.get(0).equals(range.get(1))) {
				continue; // a single line is marked by .line:target
			}
			String anchor = "#" + SourceDocuments.anchor(range.get(0), range.get(1));
			style.append(style.isEmpty() ? "" : " ").append(anchor).append(":target ~ .line");
			if (range.get(1) < last) {
				String after = "#L" + (range.get(1) + 1);
				style.append(":not(").append(after).append(", ").append(after).append(" ~ .line)");
			}
			style.append(" { background: #fff3b0; }");
		}
		String heading = Labels.label(doc.document()) + (doc.pages() == 1 ? ""
				: String.format(Locale.UK, ", lines %,d to %,d", first, last));
		return Layout.page(site, path, heading, style.toString(), html -> {
			Fragments.Facts facts = new Fragments.Facts(html);
			facts.text("Cited as", doc.document().getName());
			facts.text("Lines", String.format(Locale.UK, "%,d", doc.lines().size()));
			facts.end();
			html.open("p").open("a", "href", SitePaths.relative(path, site.paths().target(doc.document())))
					.text("About this document").close("a").close("p").newline();
			pages(html, doc, page);
			html.element("h2", "What cites these lines").newline();
			if (cited.isEmpty()) {
				html.element("p", "No citation names a line of this page.").newline();
			} else {
				html.open("ul", "class", "citations").newline();
				for (Map.Entry<List<Integer>, List<EObject>> range : cited.entrySet()) {
					int from = range.getKey().get(0);
					int to = range.getKey().get(1);
					html.open("li").open("a", "href", "#" + SourceDocuments.anchor(from, to))
							.text(from == to ? "line " + from : "lines " + from + " to " + to).close("a").text(": ");
					List<EObject> citers = range.getValue();
					for (int i = 0; i < citers.size(); i++) {
						if (i > 0) {
							html.text(", ");
						}
						EObject citer = citers.get(i);
						html.open("a", "href", SitePaths.relative(path, site.paths().target(citer)))
								.text(citer instanceof NamedElement named ? Labels.label(named) : citer.eClass().getName())
								.close("a");
					}
					html.close("li").newline();
				}
				html.close("ul").newline();
			}
			html.element("h2", "Text").newline();
			html.open("div", "class", "document").newline();
			for (int n = first; n <= last; n++) {
				for (List<Integer> range : cited.keySet()) {
					if (range.get(0) == n && !range.get(1).equals(range.get(0))) {
						html.open("span", "class", "range", "id", SourceDocuments.anchor(n, range.get(1))).close("span");
					}
				}
				html.open("div", "class", marked[n - first] ? "line cited" : "line", "id", "L" + n)
						.open("a", "class", "n", "href", "#L" + n).text(Integer.toString(n)).close("a")
						.open("span", "class", "t").text(doc.lines().get(n - 1)).close("span").close("div").newline();
			}
			html.close("div").newline();
		});
	}

	private static void pages(Html html, SourceDocuments.Shown doc, int page) {
		if (doc.pages() == 1) {
			return;
		}
		html.open("nav", "class", "pager", "aria-label", "Parts of " + doc.document().getName()).newline();
		html.open("ul").newline();
		for (int p = 1; p <= doc.pages(); p++) {
			int from = (p - 1) * SourceDocuments.LINES + 1;
			int to = Math.min(doc.lines().size(), p * SourceDocuments.LINES);
			html.open("li").open("a", "href", SitePaths.relative(doc.path(page), doc.path(p)), "aria-current",
					p == page ? "page" : null).text(String.format(Locale.UK, "lines %,d to %,d", from, to)).close("a")
					.close("li").newline();
		}
		html.close("ul").newline().close("nav").newline();
	}
}
