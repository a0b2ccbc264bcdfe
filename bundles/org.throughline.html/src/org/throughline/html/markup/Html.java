package org.throughline.html.markup;

import java.util.ArrayDeque;
import java.util.Deque;

import org.throughline.model.values.PortableText;

/**
 * Writes HTML in which every piece of text is escaped: the only way to add text is {@link #text(String)} or an
 * attribute value, and both escape {@code & < > " '}. Markup that is not escaped can only come from
 * {@link #markup(Html)}, that is from another {@code Html}, which was itself written this way.
 * <p>
 * Characters that HTML forbids in a document (control characters, noncharacters) are replaced by U+FFFD, so
 * that whatever a plan's author pasted in, the page stays valid. Elements must be closed in order; a mistake is
 * an {@link IllegalStateException}, found by the tests, not a broken page.
 */
public final class Html {

	/** Elements that have no end tag. */
	private static final java.util.Set<String> VOID = java.util.Set.of("meta", "link", "br", "hr", "img", "input",
			"col", "wbr");

	private final StringBuilder out = new StringBuilder(4096);
	private final Deque<String> open = new ArrayDeque<>();

	/**
	 * Opens an element. {@code attributes} are name and value in turn; a null value leaves the attribute out, so
	 * that optional attributes need no {@code if}.
	 */
	public Html open(String tag, String... attributes) {
		start(tag, attributes);
		if (!VOID.contains(tag)) {
			open.push(tag);
		}
		return this;
	}

	/** Closes the innermost open element, which must be {@code tag}. */
	public Html close(String tag) {
		String innermost = open.poll();
		if (!tag.equals(innermost)) {
			throw new IllegalStateException("closing <" + tag + "> while <" + innermost + "> is open");
		}
		out.append("</").append(tag).append('>');
		return this;
	}

	/** An element that holds only text. */
	public Html element(String tag, String text, String... attributes) {
		start(tag, attributes);
		escape(text, false);
		out.append("</").append(tag).append('>');
		return this;
	}

	/** Escaped text. */
	public Html text(String text) {
		escape(text, false);
		return this;
	}

	/** A line break in the source, for people reading it; the page looks the same without. */
	public Html newline() {
		out.append('\n');
		return this;
	}

	/** Markup written by another {@code Html}, complete (all its elements closed). */
	public Html markup(Html other) {
		if (!other.open.isEmpty()) {
			throw new IllegalStateException("<" + other.open.peek() + "> is still open in the markup added");
		}
		out.append(other.out);
		return this;
	}

	/** The source before the document type, such as {@code <!DOCTYPE html>}. */
	public Html doctype() {
		out.append("<!DOCTYPE html>\n");
		return this;
	}

	/** The markup written so far. */
	@Override
	public String toString() {
		if (!open.isEmpty()) {
			throw new IllegalStateException("<" + open.peek() + "> is still open");
		}
		return out.toString();
	}

	private void start(String tag, String... attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name and value pairs");
		}
		out.append('<').append(tag);
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				out.append(' ').append(attributes[i]).append("=\"");
				escape(attributes[i + 1], true);
				out.append('"');
			}
		}
		out.append('>');
	}

	private void escape(String text, boolean attribute) {
		if (text == null) {
			return;
		}
		int plain = plainPrefix(text);
		out.append(text, 0, plain);
		for (int i = plain; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				case '\n', '\t' -> out.append(attribute ? ' ' : c);
				case '\r' -> {
					// line ends are written as \n alone
				}
				// controls and noncharacters are errors in an HTML document, written as every output writes them
				default -> out.append(PortableText.isForbidden(text, i) ? PortableText.REPLACEMENT : c);
			}
		}
	}

	/** How many leading characters need no escaping: printable ASCII other than the five escaped ones. */
	private static int plainPrefix(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c > 0x7E || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
				return i;
			}
		}
		return text.length();
	}

	/** Text escaped for HTML, for callers that build attribute values or test expectations. */
	public static String escape(String text) {
		Html html = new Html();
		html.escape(text, false);
		return html.out.toString();
	}
}
