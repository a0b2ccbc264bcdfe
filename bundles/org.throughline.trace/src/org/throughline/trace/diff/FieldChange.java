package org.throughline.trace.diff;

import java.util.List;

/**
 * One feature of an element that differs between two versions: the values it had and has, each written as the
 * plan states it (references by qualified name, figures as the papers write them). A text feature (a statement, a
 * title) also has its change word by word; a feature with many values also says which were removed and added.
 *
 * @param field   what people call the feature: "statement", "owners", "superseded by"
 * @param before  the old values, empty when the feature was not set
 * @param after   the new values
 * @param removed the old values the new version does not have
 * @param added   the new values the old version did not have
 * @param words   for a text, the words kept, removed and added; empty for other features
 */
public record FieldChange(String field, List<String> before, List<String> after, List<String> removed,
		List<String> added, List<WordDiff.Piece> words) {

	public FieldChange {
		before = List.copyOf(before);
		after = List.copyOf(after);
		removed = List.copyOf(removed);
		added = List.copyOf(added);
		words = List.copyOf(words);
	}

	/** True for a text compared word by word. */
	public boolean isText() {
		return !words.isEmpty();
	}
}
