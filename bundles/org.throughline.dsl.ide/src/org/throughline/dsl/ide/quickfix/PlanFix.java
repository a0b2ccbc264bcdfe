package org.throughline.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.ITextRegion;
import org.throughline.dsl.text.TextEdit;

/**
 * One fix on offer: what it is called, the edits it makes in each file, and the regions (in the text before the
 * edits) to lay out again once they are made.
 *
 * @param caretAfter where an editor puts the caret afterwards: just after the first occurrence of this text at or
 *                   after the first edit, e.g. inside the quotes of a reason still to be written; null to leave it
 */
public record PlanFix(String label, String description, Map<URI, List<TextEdit>> edits,
		Map<URI, List<ITextRegion>> formatRegions, String caretAfter) {

	public PlanFix {
		edits = Map.copyOf(edits);
		formatRegions = Map.copyOf(formatRegions);
	}

	/** What a fix does to the text, as its icon shows it. */
	public enum Kind {
		/** It only inserts text: an owner, an update, a reply. */
		ADD,
		/** It only deletes text. */
		REMOVE,
		/** It replaces text: a name, a status, a citation. */
		CHANGE
	}

	/** Whether it adds, removes or changes text, read from its edits. */
	public Kind kind() {
		boolean inserts = true;
		boolean deletes = true;
		for (List<TextEdit> fileEdits : edits.values()) {
			for (TextEdit edit : fileEdits) {
				inserts &= edit.length() == 0;
				deletes &= edit.text().isEmpty();
			}
		}
		return inserts ? Kind.ADD : deletes ? Kind.REMOVE : Kind.CHANGE;
	}

	/** A fix that changes one file. */
	public static Builder in(URI file, String label) {
		return new Builder(label).file(file);
	}

	/** Collects a fix's edits file by file. */
	public static final class Builder {
		private final String label;
		private String description;
		private final Map<URI, List<TextEdit>> edits = new LinkedHashMap<>();
		private final Map<URI, List<ITextRegion>> formatRegions = new LinkedHashMap<>();
		private URI current;
		private String caretAfter;

		private Builder(String label) {
			this.label = label;
		}

		/** Edits from here on go to {@code file}. */
		public Builder file(URI file) {
			current = file;
			return this;
		}

		public Builder description(String text) {
			description = text;
			return this;
		}

		public Builder edit(TextEdit edit) {
			edits.computeIfAbsent(current, f -> new ArrayList<>()).add(edit);
			return this;
		}

		/** Lays out {@code region} of the current file (given in the text before the edits) once edited. */
		public Builder format(ITextRegion region) {
			formatRegions.computeIfAbsent(current, f -> new ArrayList<>()).add(region);
			return this;
		}

		public Builder caretAfter(String text) {
			caretAfter = text;
			return this;
		}

		public PlanFix build() {
			Map<URI, List<TextEdit>> frozenEdits = new LinkedHashMap<>();
			edits.forEach((file, list) -> frozenEdits.put(file, List.copyOf(list)));
			Map<URI, List<ITextRegion>> frozenRegions = new LinkedHashMap<>();
			formatRegions.forEach((file, list) -> frozenRegions.put(file, List.copyOf(list)));
			return new PlanFix(label, description, frozenEdits, frozenRegions, caretAfter);
		}
	}
}
