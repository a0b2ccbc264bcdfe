package org.throughline.cli.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.throughline.dsl.text.Utf8;

/**
 * Reads the rows of a {@code .csv} file (with Apache Commons CSV, RFC 4180) or of the first sheet of an {@code .xlsx}
 * workbook (with FastExcel) as text.
 * <p>
 * CSV must be UTF-8, with or without a byte order mark: spreadsheet programs save "CSV UTF-8" so, and a file in
 * another encoding is refused rather than read with wrong letters. In a workbook, a number is read as the plain
 * number it is ({@code 350}, not {@code 350.0}), a date as {@code 2011-07-15}, a formula as the value the program
 * last computed for it (never run), and a number stored as text as that text.
 */
public final class SpreadsheetReader {

	private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.RFC4180).get();

	private SpreadsheetReader() {
	}

	/** Reads a file by its extension. */
	public static Spreadsheet read(Path file) throws UnreadableSpreadsheet {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new UnreadableSpreadsheet(file + ": no such file");
		} catch (IOException e) {
			throw new UnreadableSpreadsheet(file + ": cannot be read: " + e.getMessage(), e);
		}
		if (lower.endsWith(".csv")) {
			return csv(file.toString(), bytes);
		}
		if (lower.endsWith(".xlsx")) {
			return xlsx(file.toString(), bytes);
		}
		if (lower.endsWith(".xls")) {
			throw new UnreadableSpreadsheet(file + ": the old Excel format (.xls) is not read; save it as .xlsx or CSV UTF-8");
		}
		throw new UnreadableSpreadsheet(file + ": give a .csv or .xlsx file");
	}

	/** The rows of CSV text given as bytes, which must be UTF-8. */
	public static Spreadsheet csv(String name, byte[] bytes) throws UnreadableSpreadsheet {
		String text = utf8(name, bytes);
		List<Spreadsheet.Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSV)) {
			for (CSVRecord record : parser) {
				rows.add(new Spreadsheet.Row((int) record.getRecordNumber(), record.toList()));
			}
		} catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
			// Commons CSV says where it stopped, e.g. at an unclosed quote
			throw new UnreadableSpreadsheet(name + ": not valid CSV: " + e.getMessage(), e);
		}
		return new Spreadsheet(name, rows);
	}

	private static String utf8(String name, byte[] bytes) throws UnreadableSpreadsheet {
		int start = 0;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			start = 3;
		} else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
				|| (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
			throw new UnreadableSpreadsheet(name + ": the file is UTF-16 (Excel's \"Unicode text\"); save it as CSV UTF-8");
		}
		try {
			return Utf8.decode(bytes, start);
		} catch (CharacterCodingException e) {
			throw new UnreadableSpreadsheet(name + ":" + lineOfFirstBadByte(bytes, start)
					+ ": the file is not UTF-8 (perhaps Windows-1252 or Latin-1); save it as CSV UTF-8", e);
		}
	}

	// the line of the first byte that is not part of a UTF-8 sequence, to say where the problem starts
	private static int lineOfFirstBadByte(byte[] bytes, int start) {
		int line = 1;
		int i = start;
		while (i < bytes.length) {
			int b = bytes[i] & 0xFF;
			int length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
			if (length == 0 || i + length > bytes.length) {
				return line;
			}
			for (int k = 1; k < length; k++) {
				if ((bytes[i + k] & 0xC0) != 0x80) {
					return line;
				}
			}
			if (b == '\n') {
				line++;
			}
			i += length;
		}
		return line;
	}

	/** The rows of the first sheet of a workbook given as bytes. */
	public static Spreadsheet xlsx(String name, byte[] bytes) throws UnreadableSpreadsheet {
		if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
			throw new UnreadableSpreadsheet(name + ": not an .xlsx workbook"
					+ (ReadableWorkbook.isOLE2Header(bytes) ? " (it is the old .xls format); save it as .xlsx" : ""));
		}
		List<Spreadsheet.Row> rows = new ArrayList<>();
		try (InputStream in = new ByteArrayInputStream(bytes); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			for (org.dhatim.fastexcel.reader.Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (Cell cell : row) {
					if (cell == null) {
						continue;
					}
					while (cells.size() < cell.getColumnIndex()) {
						cells.add("");
					}
					cells.add(text(cell));
				}
				rows.add(new Spreadsheet.Row(row.getRowNum(), cells));
			}
		} catch (IOException | RuntimeException e) {
			throw new UnreadableSpreadsheet(name + ": the workbook cannot be read: " + e.getMessage(), e);
		}
		return new Spreadsheet(name, rows);
	}

	/** A cell as text: what the user sees in it, in the forms the plan language writes. */
	static String text(Cell cell) {
		return switch (cell.getType()) {
			case NUMBER -> isDateFormat(cell.getDataFormatString()) ? cell.asDate().toLocalDate().toString()
					: plain(cell.asNumber());
			case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
			case FORMULA, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
			case EMPTY -> "";
			default -> cell.getRawValue() == null ? "" : cell.getText();
		};
	}

	private static String plain(BigDecimal number) {
		if (number == null) {
			return "";
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	// A number format that shows a date: it has day, month or year letters outside quotes and brackets
	private static boolean isDateFormat(String format) {
		if (format == null) {
			return false;
		}
		String unquoted = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
		return unquoted.contains("d") || unquoted.contains("y") || unquoted.contains("m") && !unquoted.contains("0");
	}
}
