package org.throughline.lsp.requests;

import java.io.IOException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.throughline.dsl.ide.hover.ElementSummaries;
import org.throughline.dsl.ide.hover.ElementSummary;
import org.throughline.dsl.ide.hover.ElementSummary.Section;
import org.throughline.lsp.workspace.OpenPlanFolder;
import org.throughline.lsp.workspace.Texts;

import com.google.inject.Inject;

/**
 * Hovering a name shows the element summary the workbench shows: for a commitment its owners, measures,
 * consultation responses and appearances; for an owner what it owns; else what refers to it.
 */
public class Hovers {

	@Inject
	private Elements elements;

	/** The hover at {@code offset}, or null when the offset is on no name. */
	public Hover at(OpenPlanFolder folder, XtextResource resource, Document document, int offset) throws IOException {
		EObject element = elements.at(resource, offset);
		if (element == null) {
			return null;
		}
		ElementSummary summary = ElementSummaries.summarise(element, folder.references());
		Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown(summary)));
		ITextRegion region = elements.nameOrReferenceAt(resource, offset);
		if (region != null) {
			hover.setRange(Texts.range(document, region.getOffset(), region.getLength()));
		}
		return hover;
	}

	/** The summary as Markdown: a bold heading, the statement in italics, each section a list; user text escaped. */
	static String markdown(ElementSummary summary) {
		StringBuilder text = new StringBuilder("**").append(escape(summary.heading())).append("**\n");
		if (summary.text() != null) {
			text.append("\n*").append(escape(summary.text())).append("*\n");
		}
		for (Section section : summary.sections()) {
			text.append("\n**").append(escape(section.label())).append("**\n");
			for (String item : section.items()) {
				text.append("- ").append(escape(item)).append('\n');
			}
		}
		return text.toString();
	}

	/**
	 * Markdown's inline marks and HTML's brackets written as themselves, so no user text becomes markup; every line
	 * starts with marks of ours, so the marks that only count at a line's start need no escape.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c == '\n' || c == '\r' ? ' ' : c);
		}
		return escaped.toString();
	}
}
