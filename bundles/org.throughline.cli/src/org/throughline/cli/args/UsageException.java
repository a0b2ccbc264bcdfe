package org.throughline.cli.args;

/** The command line was not understood; the message says what was wrong, in one line. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
