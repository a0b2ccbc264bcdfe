package org.throughline.cli.imports;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.parser.IParser;
import org.throughline.cli.CommandFailure;
import org.throughline.dsl.ide.formatting.PlanTextFormatter;
import org.throughline.dsl.ide.quickfix.fixes.Blocks;
import org.throughline.dsl.scoping.PlanIndex;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.trace.TraceIndex;

import com.google.inject.Injector;

/**
 * A spreadsheet brought into a loaded plan: which of its rows cannot be imported and why, or else the new text of
 * each file it changes. Nothing is written: the command line writes the texts, the workbench applies them as one
 * change with a preview.
 *
 * @param kind        the kind of rows, known from the header: "matrix", "responses", "actuals" or "progress"
 * @param problems    every bad row, each with its row and column; when there is one, there are no texts
 * @param rows        the rows read
 * @param rowsChanged the rows that change something
 * @param before      each changed file's text before, by its name relative to the plan folder
 * @param after       each changed file's text after, by the same name, in the order the files were first changed
 */
public record PlanImport(String kind, List<ImportProblem> problems, int rows, int rowsChanged, Map<String, String> before,
		Map<String, String> after) {

	/**
	 * Works out what {@code sheet} changes in {@code workspace}, read as it is now (in the workbench, with the
	 * editors' unsaved texts).
	 *
	 * @throws CommandFailure when the spreadsheet is not of a kind Throughline imports, or a file of the plan has
	 *                        syntax errors (edits are placed by the parsed text, which they make unreliable)
	 */
	public static PlanImport of(Injector language, PlanWorkspace workspace, TraceIndex index, Spreadsheet sheet)
			throws CommandFailure {
		List<String> header = sheet.header();
		String kind = MatrixImport.recognises(header) ? "matrix" : ResponsesImport.recognises(header) ? "responses"
				: MonitoringImport.recognisesActuals(header) ? "actuals"
						: MonitoringImport.recognisesProgress(header) ? "progress" : null;
		if (kind == null) {
			throw new CommandFailure(sheet.name() + ":1:1: the header is not one that Throughline imports: the matrix"
					+ " export's (commitment and an owner or measure column), consultation responses' (consultation,"
					+ " response), actuals' (indicator, value) or progress updates' (commitment, status); see"
					+ " 'throughline import --template KIND'");
		}
		Map<String, String> texts = new LinkedHashMap<>();
		for (XtextResource resource : workspace.resources()) {
			String name = relative(workspace, resource);
			if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
				throw new CommandFailure(name + " has syntax errors (run 'throughline validate'); fix them before"
						+ " importing; nothing was imported");
			}
			texts.put(name, resource.getParseResult().getRootNode().getText());
		}
		PlanIndex names = PlanIndex.of(workspace.resourceSet());
		Blocks blocks = language.getInstance(Blocks.class);
		PlanTextChanges changes = new PlanTextChanges(language.getInstance(PlanTextFormatter.class),
				language.getInstance(IParser.class));
		Function<EObject, String> fileOf = element -> relative(workspace,
				(XtextResource) element.eResource());
		ImportedRows result = switch (kind) {
			case "matrix" -> new MatrixImport(index, names, blocks).run(sheet, changes, fileOf, texts);
			case "responses" -> new ResponsesImport(index, names, blocks).run(sheet, changes, fileOf, texts);
			case "actuals" -> new MonitoringImport(language, index, names).actuals(sheet, changes, fileOf, texts);
			default -> new MonitoringImport(language, index, names).progress(sheet, changes, fileOf, texts);
		};
		if (!result.problems().isEmpty()) {
			return new PlanImport(kind, result.problems(), result.rows(), result.rowsChanged(), Map.of(), Map.of());
		}
		Map<String, String> after = changes.after();
		Map<String, String> before = new LinkedHashMap<>();
		after.keySet().forEach(name -> before.put(name, texts.get(name)));
		return new PlanImport(kind, List.of(), result.rows(), result.rowsChanged(), before, after);
	}

	/** Where a file of the import is, by the name {@link #before} and {@link #after} give it. */
	public static Path file(PlanWorkspace workspace, String name) {
		return workspace.root().resolve(name);
	}

	private static String relative(PlanWorkspace workspace, XtextResource resource) {
		return workspace.root().relativize(PlanWorkspace.fileOf(resource)).toString().replace('\\', '/');
	}
}
