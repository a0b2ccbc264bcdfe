package org.throughline.html.pages;

import java.util.List;

import org.throughline.html.markup.Html;
import org.throughline.trace.diff.FieldChange;
import org.throughline.trace.diff.WordDiff;

/** How a changed feature is shown: a text with its removed words struck out and its new words marked; values before and after. */
final class ChangeFragments {

	private ChangeFragments() {
	}

	/** A table of the features that changed: what each was, and what it is now. */
	static void fieldTable(Html html, String caption, String version, List<FieldChange> fields) {
		Fragments.openTable(html, caption, "changes");
		Fragments.headerRow(html, "Field", "In " + version, "Now", "What changed");
		html.open("tbody").newline();
		for (FieldChange field : fields) {
			html.open("tr").element("th", field.field(), "scope", "row");
			html.open("td");
			values(html, field.before());
			html.close("td").open("td");
			values(html, field.after());
			html.close("td").open("td");
			change(html, field);
			html.close("td").close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	private static void values(Html html, List<String> values) {
		if (values.isEmpty()) {
			html.element("span", "none", "class", "none");
		} else if (values.size() == 1) {
			html.text(values.get(0));
		} else {
			html.open("ul");
			values.forEach(v -> html.element("li", v));
			html.close("ul");
		}
	}

	/** The change itself: word by word for a text; the values removed and added for others. */
	static void change(Html html, FieldChange field) {
		if (field.isText()) {
			boolean first = true;
			for (WordDiff.Piece piece : field.words()) {
				html.text(first ? "" : " ");
				switch (piece.kind()) {
					case SAME -> html.text(piece.text());
					case REMOVED -> html.element("del", piece.text());
					case ADDED -> html.element("ins", piece.text());
				}
				first = false;
			}
			return;
		}
		html.open("ul");
		field.removed().forEach(v -> html.open("li").element("del", v).close("li"));
		field.added().forEach(v -> html.open("li").element("ins", v).close("li"));
		html.close("ul");
	}
}
