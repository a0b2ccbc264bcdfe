package org.throughline.cli.output;

import java.io.PrintStream;
import java.util.List;

import org.throughline.model.labels.Labels;
import org.throughline.model.plan.NamedElement;
import org.throughline.trace.diff.ElementChange;
import org.throughline.trace.diff.FieldChange;
import org.throughline.trace.diff.PlanDiff;
import org.throughline.trace.diff.Rename;
import org.throughline.trace.diff.WordDiff;

/**
 * A comparison of two versions as the diff command prints it: as text for people (a line per element, then a line
 * per changed feature, texts marked word by word as {@code [-removed-]} and {@code {+added+}}), or as JSON.
 */
public final class DiffReport {

	private DiffReport() {
	}

	/** The comparison as text. */
	public static void text(PlanDiff diff, String oldLabel, String newLabel, PrintStream out) {
		if (diff.isEmpty()) {
			out.println("No changes from " + oldLabel + " to " + newLabel + ".");
			return;
		}
		out.println("Changes from " + oldLabel + " to " + newLabel + ": " + diff.added().size() + " added, "
				+ diff.removed().size() + " removed, " + diff.renamed().size() + " renamed, " + diff.changed().size()
				+ " changed");
		for (NamedElement element : diff.added()) {
			out.println("added " + diff.newName(element) + " " + described(element));
		}
		for (NamedElement element : diff.removed()) {
			out.println("removed " + diff.oldName(element) + " " + described(element));
		}
		for (Rename rename : diff.renamed()) {
			out.println((rename.isMove() ? "moved " : "renamed ") + rename.oldName() + " to " + rename.newName() + " "
					+ described(rename.after()));
		}
		for (ElementChange change : diff.changed()) {
			out.println("changed " + change.name() + " " + described(change.after()) + ": "
					+ String.join(", ", change.fieldNames()));
			for (FieldChange field : change.fields()) {
				out.println("  " + field.field() + ": " + fieldText(field));
			}
		}
	}

	private static String described(NamedElement element) {
		String kind = "(" + Labels.kind(element);
		String title = element.getTitle();
		return title == null || title.isBlank() ? kind + ")" : kind + " \u201c" + Labels.label(element) + "\u201d)";
	}

	/** A changed feature in one line: the text marked word by word, the values removed and added, or before and after. */
	static String fieldText(FieldChange field) {
		if (field.isText()) {
			StringBuilder text = new StringBuilder();
			for (WordDiff.Piece piece : field.words()) {
				if (!text.isEmpty()) {
					text.append(' ');
				}
				switch (piece.kind()) {
					case SAME -> text.append(piece.text());
					case REMOVED -> text.append("[-").append(piece.text()).append("-]");
					case ADDED -> text.append("{+").append(piece.text()).append("+}");
				}
			}
			return text.toString();
		}
		if (field.before().size() <= 1 && field.after().size() <= 1) {
			return none(field.before()) + " -> " + none(field.after());
		}
		StringBuilder text = new StringBuilder();
		for (String value : field.removed()) {
			text.append(text.isEmpty() ? "" : "; ").append("- ").append(value);
		}
		for (String value : field.added()) {
			text.append(text.isEmpty() ? "" : "; ").append("+ ").append(value);
		}
		return text.toString();
	}

	private static String none(List<String> values) {
		return values.isEmpty() ? "(none)" : values.get(0);
	}

	/** The comparison as JSON: {@code added}, {@code removed}, {@code renamed} and {@code changed}. */
	public static void json(PlanDiff diff, String oldLabel, String newLabel, PrintStream out) {
		out.println("{");
		out.println("  \"old\": " + Json.string(oldLabel) + ",");
		out.println("  \"new\": " + Json.string(newLabel) + ",");
		out.println("  \"added\": " + strings(diff.added().stream().map(diff::newName).toList()) + ",");
		out.println("  \"removed\": " + strings(diff.removed().stream().map(diff::oldName).toList()) + ",");
		out.print("  \"renamed\": [");
		List<Rename> renamed = diff.renamed();
		for (int i = 0; i < renamed.size(); i++) {
			Rename rename = renamed.get(i);
			out.print((i == 0 ? "\n" : ",\n") + "    {\"old\": " + Json.string(rename.oldName()) + ", \"new\": "
					+ Json.string(rename.newName()) + ", \"kind\": " + Json.string(rename.kind()) + "}");
		}
		out.println(renamed.isEmpty() ? "]," : "\n  ],");
		out.print("  \"changed\": [");
		List<ElementChange> changed = diff.changed();
		for (int i = 0; i < changed.size(); i++) {
			ElementChange change = changed.get(i);
			out.print((i == 0 ? "\n" : ",\n") + "    {\"name\": " + Json.string(change.name()) + ", \"kind\": "
					+ Json.string(change.kind()) + ", \"fields\": " + strings(change.fieldNames()) + ",\n");
			out.print("      \"changes\": [");
			for (int j = 0; j < change.fields().size(); j++) {
				FieldChange field = change.fields().get(j);
				out.print((j == 0 ? "\n" : ",\n") + "        {\"field\": " + Json.string(field.field()) + ", \"before\": "
						+ strings(field.before()) + ", \"after\": " + strings(field.after()) + "}");
			}
			out.print("\n      ]}");
		}
		out.println(changed.isEmpty() ? "]" : "\n  ]");
		out.println("}");
	}

	private static String strings(List<String> values) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < values.size(); i++) {
			json.append(i == 0 ? "" : ", ").append(Json.string(values.get(i)));
		}
		return json.append(']').toString();
	}
}
