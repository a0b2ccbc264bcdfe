package org.throughline.ui.hover;

import org.throughline.dsl.ide.hover.ElementSummary;
import org.throughline.dsl.ide.hover.ElementSummary.Section;

/** The little HTML a hover understands: bold headings and line breaks; every user text escaped. */
public final class Html {

	private Html() {
	}

	public static String of(ElementSummary summary) {
		StringBuilder html = new StringBuilder("<b>").append(escape(summary.heading())).append("</b><br>");
		if (summary.text() != null) {
			html.append("<i>").append(escape(summary.text())).append("</i><br>");
		}
		for (Section section : summary.sections()) {
			html.append("<br><b>").append(escape(section.label())).append("</b><br>");
			for (String item : section.items()) {
				html.append("\u2003\u2022 ").append(escape(item)).append("<br>");
			}
		}
		return html.toString();
	}

	public static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
