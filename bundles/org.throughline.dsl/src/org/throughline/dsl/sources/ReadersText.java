package org.throughline.dsl.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.throughline.dsl.sources.SourceText.LineRange;

/**
 * A document as a reader compares a quotation with it: without whitespace and line breaks, typographic quotes and
 * dashes read as plain ones, emphasis marks ({@code **}, {@code *}), HTML tags and a list item's bullet dropped,
 * capitals as small letters. A quotation
 * read the same way matches where its words stand in that order; an ellipsis ({@code ...} or {@code …}, bracketed
 * or not) stands for words left out, and a full stop or comma closing an extract is not a difference.
 */
final class ReadersText {

	private final StringBuilder text = new StringBuilder();
	/** The line (from 1) of each character of {@link #text}. */
	private final int[] lineOf;
	/** The index in {@link #text} where each line starts; one more entry for the end. */
	private final int[] lineStart;

	ReadersText(SourceText document) {
		int lines = document.lineCount();
		lineStart = new int[lines + 2];
		List<Integer> owners = new ArrayList<>();
		for (int n = 1; n <= lines; n++) {
			lineStart[n] = text.length();
			String line = markupDropped(document.line(n));
			int before = text.length();
			append(line, text);
			for (int i = before; i < text.length(); i++) {
				owners.add(n);
			}
		}
		lineStart[lines + 1] = text.length();
		lineOf = owners.stream().mapToInt(Integer::intValue).toArray();
	}

	private static final Pattern BULLET = Pattern.compile("^\\s*[-\u2022\u00b7\u25aa\u2023\u25e6]\\s+");
	private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");

	/** A document's line without the marks a reader does not read: a list item's bullet, HTML tags and entities. */
	static String markupDropped(String line) {
		String text = TAG.matcher(BULLET.matcher(line).replaceFirst("")).replaceAll("");
		if (text.indexOf('&') >= 0) {
			text = text.replace("&nbsp;", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
					.replace("&gt;", ">").replace("&amp;", "&");
		}
		return text;
	}

	/** Appends {@code raw} as a reader reads it. */
	static void append(String raw, StringBuilder into) {
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u00ad' || c == '*') {
				continue;
			}
			switch (c) {
				case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`' -> into.append('\'');
				case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> into.append('"');
				case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> into.append('-');
				case '\u2026' -> into.append("...");
				default -> into.append(Character.toLowerCase(c));
			}
		}
	}

	/** The parts of a quotation that must stand in the document, in order. */
	static List<String> fragments(String quotation) {
		StringBuilder read = new StringBuilder();
		append(quotation, read);
		List<String> fragments = new ArrayList<>();
		for (String part : read.toString().split("\\[?\\.{3,}\\]?")) {
			// the full stop or comma that closes an extract, or opens the one after an ellipsis, is not a difference
			String words = part.replaceAll("^[.,;:]+|[.,;:]+$", "");
			if (!words.isEmpty()) {
				fragments.add(words);
			}
		}
		return fragments;
	}

	/**
	 * The lines where the quotation stands within lines {@code first} to {@code last}: of every place where its first
	 * part stands and the others follow, the one over the fewest lines.
	 */
	Optional<LineRange> find(String quotation, int first, int last) {
		List<String> fragments = fragments(quotation);
		int lines = lineStart.length - 2;
		first = Math.max(1, first);
		last = Math.min(lines, last);
		if (fragments.isEmpty() || first > last) {
			return Optional.empty();
		}
		int from = lineStart[first];
		int to = lineStart[last + 1];
		LineRange best = null;
		String head = fragments.get(0);
		for (int at = indexOf(head, from, to); at >= 0; at = indexOf(head, at + 1, to)) {
			int end = at + head.length();
			boolean found = true;
			for (int i = 1; i < fragments.size() && found; i++) {
				int next = indexOf(fragments.get(i), end, to);
				found = next >= 0;
				end = next + fragments.get(i).length();
			}
			if (!found) {
				break; // a later start cannot find what this one did not
			}
			LineRange range = new LineRange(lineOf[at], lineOf[end - 1]);
			if (best == null || range.last() - range.first() < best.last() - best.first()) {
				best = range;
			}
			if (fragments.size() == 1 || best.first() == best.last()) {
				break;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Where {@code part} stands in {@link #text} at or after {@code from}, ending by {@code to}; else -1. */
	private int indexOf(String part, int from, int to) {
		int at = text.indexOf(part, from);
		return at >= 0 && at + part.length() <= to ? at : -1;
	}
}
