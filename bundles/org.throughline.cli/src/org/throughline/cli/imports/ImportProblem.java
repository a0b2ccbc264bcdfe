package org.throughline.cli.imports;

/**
 * Why one row (or the header) cannot be imported, where the user will find it: the row as the spreadsheet program
 * numbers it (the header is row 1) and the column from 1.
 */
public record ImportProblem(String file, int row, int column, String message) {

	/** {@code FILE:ROW:COLUMN: message}. */
	public String format() {
		return file + ":" + row + ":" + column + ": " + message;
	}
}
