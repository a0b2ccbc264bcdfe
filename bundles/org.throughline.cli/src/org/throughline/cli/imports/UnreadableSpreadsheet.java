package org.throughline.cli.imports;

/** A file that cannot be read as a spreadsheet at all: the wrong encoding, not CSV or .xlsx, damaged. */
public final class UnreadableSpreadsheet extends Exception {

	private static final long serialVersionUID = 1L;

	public UnreadableSpreadsheet(String message) {
		super(message);
	}

	public UnreadableSpreadsheet(String message, Throwable cause) {
		super(message, cause);
	}
}
