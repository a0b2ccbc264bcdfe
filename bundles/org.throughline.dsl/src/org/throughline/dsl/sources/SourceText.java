package org.throughline.dsl.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of one source document, read once as UTF-8 and indexed by line (lines counted from 1, as citations count
 * them), with the reader's form of it that quotations are matched against ({@link ReadersText}).
 */
public final class SourceText {

	private final Path file;
	private final String text;
	private final int[] lineStarts;
	private volatile ReadersText readers;

	SourceText(Path file, String text) {
		this.file = file;
		this.text = text;
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
				if (i + 1 < text.length()) {
					starts.add(i + 1);
				}
			}
		}
		if (text.isEmpty()) {
			starts.clear();
		}
		lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/** A document read from memory, as a test or an unsaved editor gives it. */
	public static SourceText of(Path file, String text) {
		return new SourceText(file, text);
	}

	/** The file the text was read from. */
	public Path file() {
		return file;
	}

	/** How many lines the document has. */
	public int lineCount() {
		return lineStarts.length;
	}

	/** Line {@code number} (from 1) without its line break. */
	public String line(int number) {
		if (number < 1 || number > lineCount()) {
			throw new IndexOutOfBoundsException("line " + number + " of " + lineCount());
		}
		int start = lineStarts[number - 1];
		int end = number == lineCount() ? text.length() : lineStarts[number];
		while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
			end--;
		}
		return text.substring(start, end);
	}

	/** Lines {@code first} to {@code last}, each without its line break. */
	public List<String> lines(int first, int last) {
		List<String> lines = new ArrayList<>();
		for (int n = Math.max(1, first); n <= Math.min(last, lineCount()); n++) {
			lines.add(line(n));
		}
		return lines;
	}

	/** The whole text. */
	public String text() {
		return text;
	}

	/** Where {@code quotation} stands in lines {@code first} to {@code last}, read as a reader would. */
	public Optional<LineRange> find(String quotation, int first, int last) {
		return readers().find(quotation, first, last);
	}

	/** Where {@code quotation} stands anywhere in the document, read as a reader would; the shortest place first. */
	public Optional<LineRange> find(String quotation) {
		return readers().find(quotation, 1, lineCount());
	}

	private ReadersText readers() {
		ReadersText result = readers;
		if (result == null) {
			result = new ReadersText(this);
			readers = result;
		}
		return result;
	}

	/** Lines {@code first} to {@code last} of a document, both included. */
	public record LineRange(int first, int last) {

		/** As a citation writes it: {@code line 7} or {@code lines 7 to 9}. */
		public String cited() {
			return first == last ? "line " + first : "lines " + first + " to " + last;
		}
	}
}
