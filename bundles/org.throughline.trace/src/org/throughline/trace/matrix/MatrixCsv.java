package org.throughline.trace.matrix;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.throughline.model.values.PortableText;

import org.throughline.trace.matrix.TraceMatrix.Row;

/**
 * Writes the traceability matrix as CSV (RFC 4180): a header row of {@link MatrixColumn} headers, one row per
 * commitment, CRLF line ends, fields quoted when they hold a comma, quote or line break.
 * <p>
 * A spreadsheet runs a cell that begins with {@code = + - @} (or a tab or carriage return) as a formula, so such
 * a cell is written with a leading apostrophe, which spreadsheets show as text. Plan text is written by people
 * outside the council too (consultation summaries), so no cell is trusted.
 * <p>
 * The text starts with a UTF-8 byte order mark so that spreadsheet programs read non-Latin names correctly;
 * write it to a UTF-8 stream.
 */
public final class MatrixCsv {

	/** The byte order mark that starts the file. */
	public static final char BYTE_ORDER_MARK = '\uFEFF';

	private MatrixCsv() {
	}

	public static void write(TraceMatrix matrix, Writer out) throws IOException {
		out.write(BYTE_ORDER_MARK);
		List<MatrixColumn> columns = List.of(MatrixColumn.values());
		for (int i = 0; i < columns.size(); i++) {
			out.write((i == 0 ? "" : ",") + field(columns.get(i).header()));
		}
		out.write("\r\n");
		for (Row row : matrix.rows()) {
			for (int i = 0; i < columns.size(); i++) {
				out.write((i == 0 ? "" : ",") + field(matrix.cell(row, columns.get(i))));
			}
			out.write("\r\n");
		}
	}

	/**
	 * One CSV field: characters no output can carry replaced as in every output, neutralised against formula
	 * injection, then quoted if it needs to be.
	 */
	public static String field(String text) {
		String safe = neutralise(PortableText.portable(text));
		boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0;
		return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

	/** Prefixes an apostrophe when a spreadsheet would read the text as a formula. */
	public static String neutralise(String text) {
		if (text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}
}
