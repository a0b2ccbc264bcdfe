package org.throughline.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.throughline.cli.CommandFailure;
import org.throughline.cli.args.Arguments;
import org.throughline.cli.args.UsageException;
import org.throughline.cli.load.LoadedPlan;
import org.throughline.cli.output.SafeOutput;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.html.Finding;
import org.throughline.html.SiteGenerator;
import org.throughline.html.SiteInput;

/**
 * {@code html DIR -o OUT}: publishes the plan and its traceability as a static site in OUT. OUT is written whole
 * or not at all; an existing OUT is replaced only when it is empty or holds an earlier site.
 */
public final class HtmlCommand implements Command {

	@Override
	public String name() {
		return "html";
	}

	@Override
	public String arguments() {
		return "DIR -o OUT";
	}

	@Override
	public String summary() {
		return "publish the plan and its traceability as a static, accessible web site in the folder OUT";
	}

	@Override
	public int run(List<String> words, CommandContext context) throws UsageException, CommandFailure {
		Arguments arguments = Arguments.parse(words, Set.of("-o"), Set.of());
		String folder = arguments.single("plan folder DIR");
		String output = arguments.value("-o", null);
		if (output == null) {
			throw new UsageException("-o OUT is required");
		}
		LoadedPlan plan = context.load(folder);
		context.requireReadable(plan, "site");
		SafeOutput.writeFolder(Path.of(output), SiteGenerator::holdsSite, "site", target -> publish(plan, target));
		return context.exitCode(plan, "site");
	}

	/**
	 * Writes the plan's site into {@code folder}. The findings are located first; then the files' node models are
	 * let go, since publishing reads only the elements and their links.
	 */
	public static void publish(LoadedPlan plan, Path folder) throws IOException {
		SiteInput input = siteInput(plan);
		plan.workspace().releaseNodeModels();
		SiteGenerator.write(input, folder);
	}

	/** The site's input: the plan's index, and every finding located and tied to the element it concerns. */
	public static SiteInput siteInput(LoadedPlan plan) {
		List<Finding> findings = plan.diagnostics().stream().map(d -> finding(plan, d)).toList();
		return new SiteInput(plan.index(), findings);
	}

	private static Finding finding(LoadedPlan plan, PlanDiagnostic diagnostic) {
		return new Finding(plan.relativeFile(diagnostic) + ":" + diagnostic.line() + ":" + diagnostic.column(),
				diagnostic.severity().label(), diagnostic.code(), diagnostic.message(), plan.subject(diagnostic));
	}
}
