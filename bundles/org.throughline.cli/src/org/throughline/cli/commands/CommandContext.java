package org.throughline.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.throughline.cli.CommandFailure;
import org.throughline.cli.args.Arguments;
import org.throughline.cli.args.UsageException;
import org.throughline.cli.load.LoadedPlan;
import org.throughline.dsl.workspace.PlanDiagnostic.Severity;
import org.throughline.model.values.CalendarDate;

import com.google.inject.Injector;

/** What a command runs with: where its output and messages go, and the plan language. */
public final class CommandContext {

	private final PrintStream out;
	private final PrintStream err;
	private final Supplier<Injector> injector;

	public CommandContext(PrintStream out, PrintStream err, Supplier<Injector> injector) {
		this.out = out;
		this.err = err;
		this.injector = injector;
	}

	/** Standard output: the command's result. */
	public PrintStream out() {
		return out;
	}

	/** Standard error: messages about the run. */
	public PrintStream err() {
		return err;
	}

	/** The plan language's services, for commands that edit plan text. */
	public Injector language() {
		return injector.get();
	}

	/** Loads a plan folder. */
	public LoadedPlan load(String folder) throws CommandFailure {
		return LoadedPlan.load(injector.get(), Path.of(folder));
	}

	/** Loads a plan folder with {@code asAt} (when not null) as the as-at date of every plan in it. */
	public LoadedPlan load(String folder, CalendarDate asAt) throws CommandFailure {
		return LoadedPlan.load(injector.get(), Path.of(folder), asAt);
	}

	/**
	 * The {@code --as-at DATE} option; null when it is not given.
	 *
	 * @throws UsageException when it is not a date
	 */
	public static CalendarDate asAtOption(Arguments arguments) throws UsageException {
		String text = arguments.value("--as-at", null);
		if (text == null) {
			return null;
		}
		try {
			return CalendarDate.valueOf(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--as-at: " + e.getMessage());
		}
	}

	/**
	 * Loads a plan folder, or the folder as the git revision {@code revision} holds it when that is not null.
	 */
	public LoadedPlan load(String folder, String revision) throws CommandFailure {
		return revision == null ? load(folder) : LoadedPlan.loadRevision(injector.get(), Path.of(folder), revision);
	}

	/**
	 * For commands that write something from the plan: refuses when files could not be read (their output would
	 * silently lack them), and lists the plan's errors on standard error.
	 *
	 * @throws CommandFailure naming how many files could not be read, after listing them
	 */
	public void requireReadable(LoadedPlan plan, String what) throws CommandFailure {
		if (!plan.unreadable().isEmpty()) {
			plan.unreadable().forEach(d -> err.println(plan.format(d)));
			throw new CommandFailure(plan.unreadable().size() + (plan.unreadable().size() == 1 ? " file" : " files")
					+ " could not be read; no " + what + " was written");
		}
		plan.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
				.forEach(d -> err.println(plan.format(d)));
	}

	/** The exit code for a plan that was read: 1 when it has errors, else 0. */
	public int exitCode(LoadedPlan plan, String what) {
		if (plan.hasErrors()) {
			err.println("throughline: the plan has " + plan.count(Severity.ERROR) + " error"
					+ (plan.count(Severity.ERROR) == 1 ? "" : "s") + "; the " + what + " was written all the same");
			return Command.PLAN_ERRORS;
		}
		return Command.OK;
	}
}
