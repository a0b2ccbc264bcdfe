package org.throughline.cli.imports;

import java.util.List;

/**
 * The rows of a CSV file or of a workbook's first sheet, as text, each with the number a spreadsheet program shows
 * it under (the header is row 1), so that a problem can be reported where the user will look for it.
 *
 * @param name the file's name as the user gave it, for messages
 * @param rows every row, the header first; blank rows are kept so that numbers stay those of the file
 */
public record Spreadsheet(String name, List<Row> rows) {

	/**
	 * One row.
	 *
	 * @param number its number in the file, from 1
	 * @param cells  its cells from the first column on, as text; a missing cell is empty
	 */
	public record Row(int number, List<String> cells) {

		/** The text of the cell in column {@code index} (from 0); empty when the row is shorter. */
		public String cell(int index) {
			return index < cells.size() ? cells.get(index) : "";
		}

		/** True when every cell is empty or blank. */
		public boolean blank() {
			return cells.stream().allMatch(String::isBlank);
		}
	}

	public Spreadsheet {
		rows = List.copyOf(rows);
	}

	/** The header row's cells, trimmed; empty when the file has no rows. */
	public List<String> header() {
		return rows.isEmpty() ? List.of() : rows.get(0).cells().stream().map(String::strip).toList();
	}

	/** The rows after the header that are not blank. */
	public List<Row> body() {
		return rows.stream().skip(1).filter(r -> !r.blank()).toList();
	}
}
