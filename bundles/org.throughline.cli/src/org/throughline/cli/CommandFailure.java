package org.throughline.cli;

/**
 * A command cannot run on the input or output it was given: a missing folder, an unreadable file, an output
 * path that is a file. The message says so in one line, without a stack trace; the exit code is 2.
 */
public class CommandFailure extends Exception {

	private static final long serialVersionUID = 1L;

	public CommandFailure(String message) {
		super(message);
	}

	public CommandFailure(String message, Throwable cause) {
		super(message, cause);
	}
}
