package org.throughline.dsl.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A replacement of {@code length} characters at {@code offset} by {@code text}. */
public record TextEdit(int offset, int length, String text) {

	public TextEdit {
		if (offset < 0 || length < 0) {
			throw new IllegalArgumentException("offset and length must not be negative: " + offset + ", " + length);
		}
	}

	public static TextEdit insert(int offset, String text) {
		return new TextEdit(offset, 0, text);
	}

	public int end() {
		return offset + length;
	}

	/**
	 * Applies edits that do not overlap to {@code text}, in any order given.
	 *
	 * @throws IllegalArgumentException when two edits overlap or one lies outside the text
	 */
	public static String apply(String text, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length));
		StringBuilder result = new StringBuilder(text.length() + 64);
		int at = 0;
		for (TextEdit edit : sorted) {
			if (edit.offset() < at || edit.end() > text.length()) {
				throw new IllegalArgumentException("edits overlap or leave the text: " + edit);
			}
			result.append(text, at, edit.offset()).append(edit.text());
			at = edit.end();
		}
		return result.append(text, at, text.length()).toString();
	}

	/**
	 * The one edit that turns {@code before} into {@code after}: the differing middle, with the common start and end
	 * kept, so that an editor replaces as little as possible.
	 */
	public static TextEdit difference(String before, String after) {
		int start = 0;
		int max = Math.min(before.length(), after.length());
		while (start < max && before.charAt(start) == after.charAt(start)) {
			start++;
		}
		int endBefore = before.length();
		int endAfter = after.length();
		while (endBefore > start && endAfter > start && before.charAt(endBefore - 1) == after.charAt(endAfter - 1)) {
			endBefore--;
			endAfter--;
		}
		return new TextEdit(start, endBefore - start, after.substring(start, endAfter));
	}
}
