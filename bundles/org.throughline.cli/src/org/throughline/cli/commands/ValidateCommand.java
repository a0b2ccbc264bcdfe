package org.throughline.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.throughline.cli.CommandFailure;
import org.throughline.cli.args.Arguments;
import org.throughline.cli.args.UsageException;
import org.throughline.cli.load.LoadedPlan;
import org.throughline.cli.output.Json;
import org.throughline.cli.output.Sarif;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanDiagnostic.Severity;

/**
 * {@code validate DIR}: every syntax, linking and validation finding, one per line as
 * {@code file:line:column: severity code: message}, then a count; or all of it as JSON.
 */
public final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String arguments() {
		return "DIR [--format text|json|sarif] [--as-at DATE]";
	}

	@Override
	public String summary() {
		return "check every .plan file below DIR and list what is wrong";
	}

	@Override
	public int run(List<String> words, CommandContext context) throws UsageException, CommandFailure {
		Arguments arguments = Arguments.parse(words, Set.of("--format", "--as-at"), Set.of());
		String folder = arguments.single("plan folder DIR");
		String format = arguments.choice("--format", "text", List.of("text", "json", "sarif"));
		LoadedPlan plan = context.load(folder, CommandContext.asAtOption(arguments));
		PrintStream out = context.out();
		if (format.equals("json")) {
			writeJson(plan, folder, out);
		} else if (format.equals("sarif")) {
			Sarif.write(plan.diagnostics(), plan.diagnostics().stream()
					.map(d -> Sarif.uri(Path.of(folder).resolve(plan.relativeFile(d)))).toList(), out);
		} else {
			plan.diagnostics().forEach(d -> out.println(plan.format(d)));
			out.println(plan.fileCount() + (plan.fileCount() == 1 ? " file, " : " files, ")
					+ count(plan, Severity.ERROR, "error") + ", " + count(plan, Severity.WARNING, "warning"));
		}
		if (!plan.unreadable().isEmpty()) {
			return FAILURE;
		}
		return plan.hasErrors() ? PLAN_ERRORS : OK;
	}

	private static String count(LoadedPlan plan, Severity severity, String noun) {
		long n = plan.count(severity);
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	private static void writeJson(LoadedPlan plan, String folder, PrintStream out) {
		out.println("{");
		out.println("  \"folder\": " + Json.string(folder) + ",");
		out.println("  \"files\": " + plan.fileCount() + ",");
		out.println("  \"errors\": " + plan.count(Severity.ERROR) + ",");
		out.println("  \"warnings\": " + plan.count(Severity.WARNING) + ",");
		out.println("  \"infos\": " + plan.count(Severity.INFO) + ",");
		out.print("  \"diagnostics\": [");
		List<PlanDiagnostic> diagnostics = plan.diagnostics();
		for (int i = 0; i < diagnostics.size(); i++) {
			PlanDiagnostic d = diagnostics.get(i);
			out.print((i == 0 ? "\n" : ",\n") + "    {\"file\": " + Json.string(plan.relativeFile(d)) + ", \"line\": "
					+ d.line() + ", \"column\": " + d.column() + ", \"severity\": " + Json.string(d.severity().label())
					+ ", \"code\": " + Json.string(d.code()) + ", \"message\": " + Json.string(d.message()) + "}");
		}
		out.println(diagnostics.isEmpty() ? "]" : "\n  ]");
		out.println("}");
	}
}
