package org.throughline.cli.output;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * How far long work has gone, on one line of standard error that is written over as it goes, when the person
 * runs the command at a terminal; nothing at all otherwise, so that a script's output and a CI log stay as they
 * were. The launcher says which it is ({@code -Dthroughline.progress=terminal} when standard error is a terminal).
 */
public final class TerminalProgress implements Consumer<String>, AutoCloseable {

	/** Every how many steps the line is written again: often enough to see it move, seldom enough to cost nothing. */
	private static final int EVERY = 25;

	private final PrintStream err;
	private final String what;
	private int done;
	private int widest;

	private TerminalProgress(PrintStream err, String what) {
		this.err = err;
		this.what = what;
	}

	/** Progress of {@code what} ("Writing pages") on {@code err} at a terminal; a sink that shows nothing elsewhere. */
	public static TerminalProgress of(PrintStream err, String what) {
		return new TerminalProgress("terminal".equals(System.getProperty("throughline.progress")) ? err : null, what);
	}

	/** One more step done; {@code step} names it (a page written). */
	@Override
	public void accept(String step) {
		done++;
		if (err != null && done % EVERY == 0) {
			String line = what + ": " + done;
			widest = Math.max(widest, line.length());
			err.print("\r" + line);
			err.flush();
		}
	}

	/** Clears the line, so that what the command prints next starts at the left. */
	@Override
	public void close() {
		if (err != null && widest > 0) {
			err.print("\r" + " ".repeat(widest) + "\r");
			err.flush();
		}
	}
}
