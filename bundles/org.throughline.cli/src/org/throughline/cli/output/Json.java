package org.throughline.cli.output;

import org.throughline.model.values.PortableText;

/** Just enough JSON for the command line's machine-readable output: strings escaped as RFC 8259 asks. */
public final class Json {

	private Json() {
	}

	/** A JSON string literal, quotes included. */
	public static String string(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder json = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					// What no output can carry is replaced as in every output; the two line separators JavaScript
					// chokes on are escaped.
					if (PortableText.isForbidden(text, i)) {
						json.append(PortableText.REPLACEMENT);
					} else if (c == '\u2028' || c == '\u2029') {
						json.append(String.format("\\u%04x", (int) c));
					} else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}
}
