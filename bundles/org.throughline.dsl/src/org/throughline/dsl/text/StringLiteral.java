package org.throughline.dsl.text;

/** Text written as a plan-language string: in double quotes, with quotes and backslashes escaped. */
public final class StringLiteral {

	private StringLiteral() {
	}

	/**
	 * {@code "text"}, on one line: line breaks and tabs become spaces, as the formatter keeps a statement to a line.
	 */
	public static String of(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n', '\r', '\t' -> out.append(' ');
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}
}
