package org.throughline.views.dashboard;

import java.util.List;

/**
 * A table of the dashboard: a heading, column headings, and rows whose first cell names the row and whose other
 * cells are figures.
 *
 * @param title   the heading above the table
 * @param headers the column headings, the first for the row names
 * @param rows    the rows
 * @param note    a sentence under the table that says what the columns mean; empty when none is needed
 */
public record FigureTable(String title, List<String> headers, List<Row> rows, String note) {

	/**
	 * One row.
	 *
	 * @param label   what the row is about
	 * @param figures its numbers, one per column after the first
	 */
	public record Row(String label, List<Figure> figures) {
		public Row {
			figures = List.copyOf(figures);
		}
	}

	public FigureTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/** The row with this label, for tests and for finding a directorate's row. */
	public Row row(String label) {
		return rows.stream().filter(r -> r.label().equals(label)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no row " + label + " in " + title));
	}
}
