package org.throughline.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.throughline.cli.CommandLine;

/** One run of the command line: its exit code and what it printed. */
record Run(int code, String out, String err) {

	static Run of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new CommandLine().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	List<String> outLines() {
		return out.lines().toList();
	}

	List<String> errLines() {
		return err.lines().toList();
	}

	/** No Java stack trace or exception class name leaked into what the user sees. */
	boolean clean() {
		String all = out + err;
		return !all.contains("\tat ") && !all.contains("Exception") && !all.contains("Caused by");
	}
}
