package org.throughline.trace.matrix;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the traceability matrix as an Excel workbook (.xlsx, with FastExcel): one sheet, the {@link MatrixColumn}
 * headers in bold in a frozen first row, one row per commitment, every cell text (never a formula or a number the
 * program might reformat), columns as wide as their text up to a limit. Cells that a spreadsheet would run as a
 * formula if retyped get the same leading apostrophe as in the CSV, so that the two exports hold the same cells.
 * <p>
 * The bytes depend on the matrix alone: FastExcel stamps the workbook with the time it was made, which is taken
 * out, and every part of the file is dated the same.
 */
public final class MatrixXlsx {

	/** The name of the sheet. */
	public static final String SHEET = "Traceability matrix";

	private static final int MIN_WIDTH = 8;
	private static final int MAX_WIDTH = 60;

	private MatrixXlsx() {
	}

	public static void write(TraceMatrix matrix, OutputStream out) throws IOException {
		List<MatrixColumn> columns = List.of(MatrixColumn.values());
		writeTable(SHEET, columns.stream().map(MatrixColumn::header).toList(),
				matrix.rows().stream().map(row -> columns.stream().map(c -> matrix.cell(row, c)).toList()).toList(), out);
	}

	/**
	 * One sheet of a header and rows of text, laid out as the matrix's: the one way Throughline writes a workbook
	 * (the matrix, and the import's templates).
	 */
	public static void writeTable(String sheetName, List<String> header, List<List<String>> rows, OutputStream out)
			throws IOException {
		ByteArrayOutputStream workbookBytes = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(workbookBytes, "Throughline", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		int[] widths = new int[header.size()];
		for (int c = 0; c < header.size(); c++) {
			String heading = MatrixCsv.safeCell(header.get(c));
			sheet.value(0, c, heading);
			widths[c] = heading.length();
		}
		sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
		sheet.freezePane(0, 1);
		int r = 1;
		for (List<String> row : rows) {
			for (int c = 0; c < header.size(); c++) {
				String text = MatrixCsv.safeCell(c < row.size() ? row.get(c) : "");
				if (!text.isEmpty()) {
					sheet.value(r, c, text);
				}
				widths[c] = Math.max(widths[c], longestLine(text));
			}
			r++;
		}
		for (int c = 0; c < header.size(); c++) {
			sheet.width(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 2)));
		}
		workbook.finish();
		withoutTimestamps(workbookBytes.toByteArray(), out);
	}

	private static int longestLine(String text) {
		int longest = 0;
		for (String line : text.split("\n", -1)) {
			longest = Math.max(longest, line.length());
		}
		return longest;
	}

	// The same workbook with its creation time removed from docProps/core.xml and every entry dated 1980-01-01.
	private static void withoutTimestamps(byte[] workbook, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		// Commons Compress reads the entries FastExcel writes with data descriptors, which java.util.zip cannot
		try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(workbook), "UTF-8", true,
				true)) {
			for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("docProps/core.xml")) {
					content = new String(content, StandardCharsets.UTF_8)
							.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
							.getBytes(StandardCharsets.UTF_8);
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0));
				zip.putNextEntry(copy);
				zip.write(content);
				zip.closeEntry();
			}
		}
		zip.finish();
	}
}
