package org.throughline.cli.commands;

import java.util.List;

import org.throughline.cli.CommandFailure;
import org.throughline.cli.args.UsageException;

/** One of the command line's commands: validate, stats, export, html. */
public interface Command {

	/** Exit code: the plan has no errors (warnings are allowed). */
	int OK = 0;
	/** Exit code: the plan has errors. */
	int PLAN_ERRORS = 1;
	/** Exit code: bad usage, or input or output that cannot be used. */
	int FAILURE = 2;

	/** The word that selects the command. */
	String name();

	/** Its arguments, as the usage line shows them: {@code DIR [--format text|json]}. */
	String arguments();

	/** What it does, in one line. */
	String summary();

	/**
	 * Runs the command.
	 *
	 * @param words the words after the command's name
	 * @return the exit code
	 */
	int run(List<String> words, CommandContext context) throws UsageException, CommandFailure;
}
