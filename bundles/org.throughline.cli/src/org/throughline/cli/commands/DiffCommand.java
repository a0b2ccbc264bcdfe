package org.throughline.cli.commands;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.throughline.cli.CommandFailure;
import org.throughline.cli.args.Arguments;
import org.throughline.cli.args.UsageException;
import org.throughline.cli.load.LoadedPlan;
import org.throughline.cli.output.DiffReport;
import org.throughline.cli.output.SafeOutput;
import org.throughline.html.ChangesReport;
import org.throughline.trace.diff.PlanDiff;

/**
 * {@code diff OLD NEW}, or {@code diff DIR --git REV[..REV]}: what changed between two versions of a plan folder,
 * each a folder or a git revision of one. Exits 0 whether or not anything changed: a comparison is a report, not
 * a check.
 */
public final class DiffCommand implements Command {

	@Override
	public String name() {
		return "diff";
	}

	@Override
	public String arguments() {
		return "OLD NEW | DIR --git REV[..REV] [--format text|json|html] [-o OUT]";
	}

	@Override
	public String summary() {
		return "list what was added, removed, renamed and changed between two versions of a plan (folders or git revisions)";
	}

	@Override
	public int run(List<String> words, CommandContext context) throws UsageException, CommandFailure {
		Arguments arguments = Arguments.parse(words, Set.of("--git", "--format", "-o"), Set.of());
		String format = arguments.choice("--format", "text", List.of("text", "json", "html"));
		Versions versions = versions(arguments);
		LoadedPlan older = versions.older(context);
		LoadedPlan newer = versions.newer(context);
		for (LoadedPlan plan : List.of(older, newer)) {
			context.requireReadable(plan, "comparison");
		}
		PlanDiff diff = PlanDiff.between(older.index(), newer.index());
		String output = arguments.value("-o", null);
		if (output == null) {
			write(diff, format, versions, context.out());
		} else {
			SafeOutput.writeFile(Path.of(output), out -> {
				PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
				write(diff, format, versions, print);
				print.flush();
			});
		}
		return OK;
	}

	private static void write(PlanDiff diff, String format, Versions versions, PrintStream out) {
		switch (format) {
			case "json" -> DiffReport.json(diff, versions.oldLabel(), versions.newLabel(), out);
			case "html" -> out.print(ChangesReport.page(diff, versions.oldLabel(), versions.newLabel()));
			default -> DiffReport.text(diff, versions.oldLabel(), versions.newLabel(), out);
		}
	}

	private static Versions versions(Arguments arguments) throws UsageException {
		List<String> positional = arguments.positional();
		String git = arguments.value("--git", null);
		if (git == null) {
			if (positional.size() != 2) {
				throw new UsageException("expected the folders OLD and NEW, got "
						+ (positional.isEmpty() ? "none" : String.join(" ", positional)));
			}
			return new Versions(positional.get(0), null, positional.get(1), null);
		}
		if (positional.size() != 1) {
			throw new UsageException("with --git, give the one plan folder DIR, got "
					+ (positional.isEmpty() ? "none" : String.join(" ", positional)));
		}
		String folder = positional.get(0);
		int range = git.indexOf("..");
		if (range < 0) {
			if (git.isBlank()) {
				throw new UsageException("--git needs a revision");
			}
			return new Versions(folder, git, folder, null);
		}
		String from = git.substring(0, range);
		String to = git.substring(range + 2);
		if (from.isBlank() || to.isBlank() || to.startsWith(".")) {
			throw new UsageException("--git takes REV or REV..REV, not " + git);
		}
		return new Versions(folder, from, folder, to);
	}

	/** The two versions compared: each a folder, or a git revision of one (then {@code revision} is set). */
	private record Versions(String oldFolder, String oldRevision, String newFolder, String newRevision) {

		LoadedPlan older(CommandContext context) throws CommandFailure {
			return context.load(oldFolder, oldRevision);
		}

		LoadedPlan newer(CommandContext context) throws CommandFailure {
			return context.load(newFolder, newRevision);
		}

		String oldLabel() {
			return oldRevision != null ? oldRevision : oldFolder;
		}

		String newLabel() {
			return newRevision != null ? newRevision : newFolder;
		}
	}
}
