package org.throughline.model.values;

/**
 * The one rule for characters that no output of a plan can carry: C0 controls other than tab, line feed and carriage
 * return, DEL and the C1 controls, the noncharacters U+FDD0 to U+FDEF, U+FFFE and U+FFFF, and unpaired surrogates.
 * XML 1.0 (XMI) forbids the C0 controls and U+FFFE/U+FFFF, HTML the controls and noncharacters, and UTF-8 cannot
 * encode a lone surrogate; spreadsheets and JSON readers treat them inconsistently. Validation reports each where it
 * is written, and every writer (site, CSV, XMI, JSON) puts U+FFFD in its place, the same in every output.
 */
public final class PortableText {

	/** What every output writes in place of a character it cannot carry. */
	public static final char REPLACEMENT = '\uFFFD';

	private PortableText() {
	}

	/** Whether the character at {@code i} cannot be carried by an output (for a surrogate: whether it is unpaired). */
	public static boolean isForbidden(CharSequence text, int i) {
		char c = text.charAt(i);
		if (c < 0x20) {
			return c != '\t' && c != '\n' && c != '\r';
		}
		if (c >= 0x7F && c <= 0x9F || c >= '\uFDD0' && c <= '\uFDEF' || c == '\uFFFE' || c == '\uFFFF') {
			return true;
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
		}
		return false;
	}

	/** The index of the first character no output can carry; -1 when there is none. */
	public static int firstForbidden(CharSequence text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isForbidden(text, i)) {
				return i;
			}
		}
		return -1;
	}

	/** {@code text} with {@link #REPLACEMENT} for each character no output can carry; the same string when it has none. */
	public static String portable(String text) {
		int first = firstForbidden(text);
		if (first < 0) {
			return text;
		}
		StringBuilder portable = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			portable.append(isForbidden(text, i) ? REPLACEMENT : text.charAt(i));
		}
		return portable.toString();
	}

	/** {@code U+0000}: how a message names a character. */
	public static String codePoint(char c) {
		return String.format("U+%04X", (int) c);
	}
}
