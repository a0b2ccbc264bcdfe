package org.throughline.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.throughline.cli.args.UsageException;
import org.throughline.cli.commands.Command;
import org.throughline.cli.commands.CommandContext;
import org.throughline.cli.commands.DiffCommand;
import org.throughline.cli.commands.DraftCommand;
import org.throughline.cli.commands.ExportCommand;
import org.throughline.cli.commands.HtmlCommand;
import org.throughline.cli.commands.ImportCommand;
import org.throughline.cli.commands.LspCommand;
import org.throughline.cli.commands.ReportCommand;
import org.throughline.cli.commands.StatsCommand;
import org.throughline.cli.commands.ValidateCommand;
import org.throughline.dsl.PlanStandaloneSetup;

import com.google.inject.Injector;

/**
 * The headless command line, free of the Eclipse application around it so that tests call it directly:
 * {@code run(args, out, err)} returns the exit code. 0: the plan has no errors; 1: it has errors; 2: bad usage,
 * or input or output that cannot be used, said in one line on standard error without a stack trace.
 */
public final class CommandLine {

	private static Injector injector;

	private final Map<String, Command> commands = new LinkedHashMap<>();

	public CommandLine() {
		for (Command command : List.of(new ValidateCommand(), new StatsCommand(), new ExportCommand(), new HtmlCommand(),
				new DiffCommand(), new ReportCommand(), new LspCommand(), new DraftCommand(), new ImportCommand())) {
			commands.put(command.name(), command);
		}
	}

	/** Runs one command; never throws. */
	public int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			err.println("throughline: missing command (run 'throughline --help' for usage)");
			return Command.FAILURE;
		}
		String name = args[0];
		if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
			out.print(usage());
			return Command.OK;
		}
		Command command = commands.get(name);
		if (command == null) {
			err.println("throughline: unknown command '" + name + "' (run 'throughline --help' for usage)");
			return Command.FAILURE;
		}
		List<String> words = Arrays.asList(args).subList(1, args.length);
		if (words.contains("--help") || words.contains("-h")) {
			out.println("usage: throughline " + command.name() + " " + command.arguments());
			return Command.OK;
		}
		try {
			return command.run(words, new CommandContext(out, err, CommandLine::injector));
		} catch (UsageException e) {
			err.println("throughline " + name + ": " + e.getMessage() + " (usage: throughline " + command.name() + " "
					+ command.arguments() + ")");
			return Command.FAILURE;
		} catch (CommandFailure e) {
			err.println("throughline: " + e.getMessage());
			return Command.FAILURE;
		} catch (RuntimeException e) {
			err.println("throughline: unexpected error: " + e);
			return Command.FAILURE;
		}
	}

	/** The commands and what they do, as {@code throughline --help} prints them. */
	public String usage() {
		StringBuilder text = new StringBuilder("Commands (run without a display):\n");
		for (Command command : commands.values()) {
			text.append("  throughline ").append(command.name()).append(' ').append(command.arguments()).append('\n');
			text.append("      ").append(command.summary()).append('\n');
		}
		text.append("Exit codes: 0 the plan has no errors, 1 it has errors, 2 bad usage or input that cannot be read;\n"
				+ "diff exits 0 whether or not anything changed.\n");
		return text.toString();
	}

	// The plan language is set up once per process: tests run many commands.
	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
