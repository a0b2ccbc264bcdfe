package org.throughline.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.throughline.cli.CommandFailure;
import org.throughline.cli.args.Arguments;
import org.throughline.cli.args.UsageException;
import org.throughline.cli.imports.ImportProblem;
import org.throughline.cli.imports.MonitoringImport;
import org.throughline.cli.imports.PlanImport;
import org.throughline.cli.imports.ResponsesImport;
import org.throughline.cli.imports.Spreadsheet;
import org.throughline.cli.imports.SpreadsheetReader;
import org.throughline.cli.imports.UnifiedDiff;
import org.throughline.cli.imports.UnreadableSpreadsheet;
import org.throughline.cli.load.LoadedPlan;
import org.throughline.cli.output.Json;
import org.throughline.cli.output.SafeOutput;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.trace.matrix.MatrixColumn;
import org.throughline.trace.matrix.MatrixCsv;
import org.throughline.trace.matrix.MatrixXlsx;

/**
 * {@code import DIR FILE [--dry-run] [--format text|json]}: rows of a spreadsheet brought into the plan's text. The
 * kind of rows is known from the header; every row is checked first, and the .plan files are changed only when none
 * has a problem, each replaced whole once its new text is complete.
 */
public final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String arguments() {
		return "DIR FILE.(csv|xlsx) [--dry-run] [--format text|json] | --template matrix -o FILE.(csv|xlsx)";
	}

	@Override
	public String summary() {
		return "bring a spreadsheet into the .plan files: the matrix's owners and measures, consultation responses,"
				+ " actuals or progress updates (--dry-run: print the change as a unified diff)";
	}

	@Override
	public int run(List<String> words, CommandContext context) throws UsageException, CommandFailure {
		Arguments arguments = Arguments.parse(words, Set.of("--format", "--template", "-o"), Set.of("--dry-run"));
		if (arguments.value("--template", null) != null) {
			return template(arguments);
		}
		List<String> positional = arguments.positional();
		if (positional.size() != 2) {
			throw new UsageException("give the plan folder DIR and the spreadsheet FILE");
		}
		String format = arguments.choice("--format", "text", List.of("text", "json"));
		boolean dryRun = arguments.has("--dry-run");
		Path file = Path.of(positional.get(1));
		Spreadsheet sheet;
		try {
			sheet = SpreadsheetReader.read(file);
		} catch (UnreadableSpreadsheet e) {
			throw new CommandFailure(e.getMessage(), e);
		}
		LoadedPlan plan = context.load(positional.get(0));
		if (!plan.unreadable().isEmpty()) {
			plan.unreadable().forEach(d -> context.err().println(plan.format(d)));
			throw new CommandFailure("files of the plan could not be read; nothing was imported");
		}
		PlanWorkspace workspace = plan.workspace();
		PlanImport result = PlanImport.of(context.language(), workspace, plan.index(), sheet);
		if (!result.problems().isEmpty()) {
			return refuse(sheet, result.kind(), result.problems(), format, context);
		}
		Map<String, String> texts = result.before();
		Map<String, String> after = result.after();
		for (String name : after.keySet()) {
			checkUnchangedOnDisk(workspace.root().resolve(name), texts.get(name));
		}
		if (!dryRun) {
			// the files an import changes are replaced together, all or none
			Map<Path, byte[]> files = new LinkedHashMap<>();
			after.forEach((name, text) -> files.put(workspace.root().resolve(name), text.getBytes(StandardCharsets.UTF_8)));
			SafeOutput.writeFiles(files);
		}
		report(sheet, result, texts, after, dryRun, format, context);
		return Command.OK;
	}

	/** The kinds of spreadsheet import reads, with their columns, for a user to fill in. */
	private static final Map<String, List<String>> TEMPLATES = Map.of(
			"matrix", List.of(MatrixColumn.values()).stream().map(MatrixColumn::header).toList(),
			"responses", List.of(ResponsesImport.Column.values()).stream().map(ResponsesImport.Column::header).toList(),
			"actuals", List.of(MonitoringImport.Actuals.values()).stream().map(MonitoringImport.Actuals::header).toList(),
			"progress", List.of(MonitoringImport.Progress.values()).stream().map(MonitoringImport.Progress::header)
					.toList());

	/** An empty file of a kind, its header only, for a spreadsheet user to fill in. */
	private static int template(Arguments arguments) throws UsageException, CommandFailure {
		String kind = arguments.choice("--template", null, List.of("matrix", "responses", "actuals", "progress"));
		String output = arguments.value("-o", null);
		if (output == null || !arguments.positional().isEmpty()) {
			throw new UsageException("--template KIND takes -o FILE.csv or -o FILE.xlsx and nothing else");
		}
		String lower = output.toLowerCase(java.util.Locale.ROOT);
		if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
			throw new UsageException("-o FILE must end in .csv or .xlsx");
		}
		List<String> header = TEMPLATES.get(kind);
		SafeOutput.writeFile(Path.of(output), out -> {
			if (lower.endsWith(".csv")) {
				java.io.Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
				MatrixCsv.writeTable(header, List.of(), writer);
				writer.flush();
			} else {
				MatrixXlsx.writeTable(kind.equals("matrix") ? MatrixXlsx.SHEET : kind, header, List.of(), out);
			}
		});
		return Command.OK;
	}

	// the file must still be what was read: an editor may have saved it since
	private static void checkUnchangedOnDisk(Path file, String read) throws CommandFailure {
		try {
			if (!Files.readString(file, StandardCharsets.UTF_8).equals(read)) {
				throw new CommandFailure(file + " changed while the import read it; nothing was imported");
			}
		} catch (IOException e) {
			throw new CommandFailure("cannot read " + file + ": " + SafeOutput.reason(e), e);
		}
	}

	private static int refuse(Spreadsheet sheet, String kind, List<ImportProblem> problems, String format,
			CommandContext context) {
		long rows = problems.stream().map(ImportProblem::row).distinct().count();
		String summary = rows + (rows == 1 ? " row" : " rows") + " of " + sheet.name()
				+ " cannot be imported; nothing was changed";
		if (format.equals("json")) {
			context.out().println("{\"file\":" + Json.string(sheet.name()) + ",\"kind\":\"" + kind + "\",\"problems\":["
					+ problems.stream().map(p -> "{\"row\":" + p.row() + ",\"column\":" + p.column() + ",\"message\":"
							+ Json.string(p.message()) + "}").collect(Collectors.joining(","))
					+ "],\"files\":[]}");
		} else {
			problems.forEach(p -> context.err().println(p.format()));
		}
		context.err().println("throughline: " + summary);
		return Command.FAILURE;
	}

	private static void report(Spreadsheet sheet, PlanImport result, Map<String, String> before,
			Map<String, String> after, boolean dryRun, String format, CommandContext context) {
		List<String> fileSummaries = new ArrayList<>();
		StringBuilder json = new StringBuilder();
		for (Map.Entry<String, String> changed : after.entrySet()) {
			int[] counts = UnifiedDiff.counts(before.get(changed.getKey()), changed.getValue());
			String diff = UnifiedDiff.of(changed.getKey(), before.get(changed.getKey()), changed.getValue());
			fileSummaries.add(changed.getKey() + " (+" + counts[0] + " -" + counts[1] + ")");
			if (format.equals("text") && dryRun) {
				context.out().print(diff);
			}
			json.append(json.length() == 0 ? "" : ",").append("{\"file\":").append(Json.string(changed.getKey()))
					.append(",\"added\":").append(counts[0]).append(",\"removed\":").append(counts[1])
					.append(",\"diff\":").append(Json.string(diff)).append('}');
		}
		if (format.equals("json")) {
			context.out().println("{\"file\":" + Json.string(sheet.name()) + ",\"kind\":\"" + result.kind() + "\",\"rows\":"
					+ result.rows() + ",\"changedRows\":" + result.rowsChanged() + ",\"dryRun\":" + dryRun
					+ ",\"problems\":[],\"files\":[" + json + "]}");
			return;
		}
		String rows = result.rowsChanged() + " of " + result.rows() + (result.rows() == 1 ? " row" : " rows");
		String read = result.rows() + (result.rows() == 1 ? " row" : " rows") + " read";
		String line = after.isEmpty() ? sheet.name() + ": no row changes the plan (" + read + ")"
				: (dryRun ? "Would import " : "Imported ") + sheet.name() + ": " + rows + " changed "
						+ String.join(", ", fileSummaries) + (dryRun ? "; nothing was written (--dry-run)" : "");
		(dryRun ? context.err() : context.out()).println(line);
	}
}
