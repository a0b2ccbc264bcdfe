package org.throughline.html.pages;

import org.eclipse.emf.ecore.EObject;
import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.PolicyDocument;
import org.throughline.model.plan.SourceDocument;

/** The documents the plan is written from, which every "Source:" links to, and the policy documents it names. */
final class SourcesPage {

	static final String PATH = SitePaths.SOURCES;

	private SourcesPage() {
	}

	static String write(Site site) {
		return Layout.page(site, PATH, "Sources", html -> {
			html.element("h2", "Source documents").newline();
			boolean any = false;
			for (PlanModule module : site.index().modules()) {
				for (EObject element : module.getElements()) {
					if (element instanceof SourceDocument document) {
						document(html, site, document);
						any = true;
					}
				}
			}
			if (!any) {
				html.element("p", "No source document is declared.").newline();
			}
			html.element("h2", "Strategies, plans, legislation and other documents").newline();
			any = false;
			for (PlanModule module : site.index().modules()) {
				for (EObject element : module.getElements()) {
					if (element instanceof PolicyDocument document) {
						if (!any) {
							html.open("ul", "class", "documents").newline();
						}
						html.open("li", "id", site.paths().id(document)).text(Labels.label(document) + " ("
								+ document.getKind().getLiteral() + ")");
						String inForce = Fragments.inForce(document.getValidFrom(), document.getValidUntil());
						if (!inForce.isEmpty()) {
							html.text(", in force " + inForce);
						}
						int dependents = site.index().dependents(document).size();
						if (dependents > 0) {
							html.text(", which " + Fragments.count(dependents, "commitment depends", "commitments depend")
									+ " on");
						}
						if (!document.getSources().isEmpty()) {
							html.text(". Source: ");
							Fragments.citations(html, site, PATH, document);
						}
						html.close("li").newline();
						any = true;
					}
				}
			}
			if (any) {
				html.close("ul").newline();
			} else {
				html.element("p", "No policy document is declared.").newline();
			}
		});
	}

	private static void document(Html html, Site site, SourceDocument document) {
		html.element("h3", Labels.label(document), "id", site.paths().id(document)).newline();
		Fragments.Facts facts = new Fragments.Facts(html);
		facts.text("Cited as", document.getName());
		facts.text("Dated", document.getDate() == null ? null : document.getDate().toString());
		facts.text("By", document.getAuthor());
		facts.text("File", document.getFile());
		SourceDocuments.Shown shown = site.documents().shown(document);
		facts.markup("Text", shown != null, text -> text.open("a", "href", shown.firstPage())
				.text(String.format(java.util.Locale.UK, "read it line by line (%,d lines", shown.lines().size())
						+ (shown.pages() == 1 ? ")" : ", " + shown.pages() + " pages)"))
				.close("a"));
		facts.end();
	}
}
