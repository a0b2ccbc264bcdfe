package org.throughline.trace.ui.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.throughline.cli.CommandLine;

/** Runs the command line on a workspace project's folder, as a user runs it on the same files. */
record CommandLineRun(int code, String out, String err) {

	static CommandLineRun on(String project, String command, String... more) {
		String folder = ResourcesPlugin.getWorkspace().getRoot().getProject(project).getLocation().toOSString();
		String[] args = new String[more.length + 2];
		args[0] = command;
		args[1] = folder;
		System.arraycopy(more, 0, args, 2, more.length);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new CommandLine().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CommandLineRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	List<String> lines() {
		return out.lines().toList();
	}
}
