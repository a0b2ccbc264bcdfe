package org.throughline.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.throughline.cli.CommandFailure;
import org.throughline.cli.args.Arguments;
import org.throughline.cli.args.UsageException;
import org.throughline.cli.load.LoadedPlan;
import org.throughline.cli.output.SafeOutput;
import org.throughline.cli.output.TerminalProgress;
import org.throughline.dsl.sources.SourceTexts;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.html.Finding;
import org.throughline.html.History;
import org.throughline.html.SiteGenerator;
import org.throughline.html.SiteInput;
import org.throughline.model.plan.Plan;
import org.throughline.trace.diff.PlanDiff;

/**
 * {@code html DIR -o OUT [--compare-with OLD]}: publishes the plan and its traceability as a static site in OUT,
 * with a page of what changed since OLD (a folder, or a git revision of DIR) when it is given. OUT is written whole
 * or not at all; an existing OUT is replaced only when it is empty or holds an earlier site.
 */
public final class HtmlCommand implements Command {

	@Override
	public String name() {
		return "html";
	}

	@Override
	public String arguments() {
		return "DIR -o OUT [--compare-with OLD] [--as-at DATE]";
	}

	@Override
	public String summary() {
		return "publish the plan and its traceability as a static, accessible web site in the folder OUT"
				+ " (--compare-with: what changed since OLD, a folder or git revision)";
	}

	@Override
	public int run(List<String> words, CommandContext context) throws UsageException, CommandFailure {
		Arguments arguments = Arguments.parse(words, Set.of("-o", "--compare-with", "--as-at"), Set.of());
		String folder = arguments.single("plan folder DIR");
		String output = arguments.value("-o", null);
		if (output == null) {
			throw new UsageException("-o OUT is required");
		}
		String compareWith = arguments.value("--compare-with", null);
		LoadedPlan plan = context.load(folder, CommandContext.asAtOption(arguments));
		context.requireReadable(plan, "site");
		History history = null;
		if (compareWith != null) {
			LoadedPlan earlier = earlierVersion(context, folder, compareWith);
			context.requireReadable(earlier, "site");
			history = new History(PlanDiff.between(earlier.index(), plan.index()), versionName(earlier, compareWith));
		}
		History compared = history;
		long start = System.nanoTime();
		int[] pages = new int[1];
		try (TerminalProgress progress = TerminalProgress.of(context.err(), "Writing the site's files")) {
			SafeOutput.writeFolder(Path.of(output), SiteGenerator::holdsSite, "site",
					target -> pages[0] = publish(plan, compared, target, progress));
		}
		// the one line that depends on the clock is this summary; the files do not
		context.out().printf(Locale.ROOT, "Published %d pages to %s in %.1f s%n", pages[0], output,
				(System.nanoTime() - start) / 1e9);
		return context.exitCode(plan, "site");
	}

	/** An earlier version of the plan folder: another folder when there is one by that name, else a git revision. */
	static LoadedPlan earlierVersion(CommandContext context, String folder, String version) throws CommandFailure {
		return Files.isDirectory(Path.of(version)) ? context.load(version) : context.load(folder, version);
	}

	// The version its plan states ("Consultation draft"), else the folder or revision as given.
	private static String versionName(LoadedPlan earlier, String given) {
		List<String> versions = earlier.index().plans().stream().map(Plan::getVersion)
				.filter(v -> v != null && !v.isBlank()).distinct().toList();
		return versions.size() == 1 ? versions.get(0) : given;
	}

	/**
	 * Writes the plan's site into {@code folder}. The findings are located first; then the files' node models are
	 * let go, since publishing reads only the elements and their links.
	 */
	public static void publish(LoadedPlan plan, Path folder) throws IOException {
		publish(plan, null, folder);
	}

	/** Writes the plan's site into {@code folder}, with the comparison {@code history} when it is not null. */
	public static void publish(LoadedPlan plan, History history, Path folder) throws IOException {
		publish(plan, history, folder, path -> {
		});
	}

	/**
	 * Writes the plan's site into {@code folder} as {@link #publish(LoadedPlan, History, Path)} does, telling
	 * {@code written} of each file written (see {@link SiteGenerator#write(SiteInput, Path, Consumer)}).
	 *
	 * @return how many pages were written
	 */
	public static int publish(LoadedPlan plan, History history, Path folder, Consumer<String> written)
			throws IOException {
		SiteInput input = siteInput(plan, history);
		plan.workspace().releaseNodeModels();
		return SiteGenerator.write(input, folder, written);
	}

	/** The site's input: the plan's index, and every finding located and tied to the element it concerns. */
	public static SiteInput siteInput(LoadedPlan plan) {
		return siteInput(plan, null);
	}

	private static SiteInput siteInput(LoadedPlan plan, History history) {
		List<Finding> findings = plan.diagnostics().stream().map(d -> finding(plan, d)).toList();
		// each document's text is read once for the whole folder, as the citation checks read it
		return new SiteInput(plan.index(), findings, history, document -> SourceTexts.text(document)
				.map(text -> text.lines(1, text.lineCount())).orElse(null));
	}

	private static Finding finding(LoadedPlan plan, PlanDiagnostic diagnostic) {
		return new Finding(plan.relativeFile(diagnostic) + ":" + diagnostic.line() + ":" + diagnostic.column(),
				diagnostic.severity().label(), diagnostic.code(), diagnostic.message(), plan.subject(diagnostic));
	}
}
