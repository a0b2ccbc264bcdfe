package org.throughline.trace.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.throughline.model.values.PortableText;


/**
 * Writes the traceability matrix as CSV (RFC 4180, with Apache Commons CSV): a header row of {@link MatrixColumn}
 * headers, one row per commitment, CRLF line ends, fields quoted when they hold a comma, quote or line break (and,
 * as Commons CSV does, when they start with a space, {@code !}, {@code "} or {@code #} or end with a space).
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

	/** RFC 4180 with CRLF line ends; fields quoted only where needed. */
	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180).setRecordSeparator("\r\n").get();

	private MatrixCsv() {
	}

	public static void write(TraceMatrix matrix, Writer out) throws IOException {
		List<MatrixColumn> columns = List.of(MatrixColumn.values());
		writeTable(columns.stream().map(MatrixColumn::header).toList(),
				matrix.rows().stream().map(row -> columns.stream().map(c -> matrix.cell(row, c)).toList()).toList(), out);
	}

	/**
	 * A header and rows of text, each cell made safe as the matrix's are: the one way Throughline writes CSV (the
	 * matrix, and the import's templates).
	 */
	public static void writeTable(List<String> header, List<List<String>> rows, Writer out) throws IOException {
		out.write(BYTE_ORDER_MARK);
		// not closed: closing the printer would close the caller's writer
		CSVPrinter printer = new CSVPrinter(out, FORMAT);
		printer.printRecord(header.stream().map(MatrixCsv::safe));
		for (List<String> row : rows) {
			printer.printRecord(row.stream().map(MatrixCsv::safe));
		}
		printer.flush();
	}

	/**
	 * A cell's text with what no output can carry replaced as in every output, neutralised against formulas: the
	 * cell every export of the matrix writes.
	 */
	public static String safeCell(String text) {
		return safe(text);
	}

	private static String safe(String text) {
		return neutralise(PortableText.portable(text));
	}

	/**
	 * One CSV field: characters no output can carry replaced as in every output, neutralised against formula
	 * injection, then quoted if it needs to be.
	 */
	public static String field(String text) {
		String safe = safe(text);
		if (safe.isEmpty()) {
			return safe; // a record's first field would be quoted when empty; a lone field is not
		}
		StringBuilder field = new StringBuilder(safe.length() + 2);
		try {
			// as the first field of a record, so that no delimiter is written before it
			FORMAT.print(safe, field, true);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringBuilder does not fail
		}
		return field.toString();
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
