package org.throughline.trace.ui.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.ReplaceEdit;
import org.throughline.cli.CommandFailure;
import org.throughline.cli.imports.ImportProblem;
import org.throughline.cli.imports.PlanImport;
import org.throughline.cli.imports.Spreadsheet;
import org.throughline.cli.imports.SpreadsheetReader;
import org.throughline.cli.imports.UnreadableSpreadsheet;
import org.throughline.dsl.text.TextEdit;
import org.throughline.projects.PlanLanguage;
import org.throughline.projects.live.LivePlans;
import org.throughline.projects.loading.PlanProjectLoader;
import org.throughline.trace.TraceIndex;

/**
 * A spreadsheet imported into a plan project as one change of its files, as {@code throughline import} would make
 * it, but read against the project's live model (the editors' unsaved texts included) and applied through the
 * files' buffers, so that the preview shows each file's change and Edit > Undo takes the whole import back.
 */
public class PlanImportRefactoring extends Refactoring {

	private final IProject project;
	private final Path spreadsheet;
	private final Map<IFile, String[]> texts = new LinkedHashMap<>();
	private PlanImport result;

	public PlanImportRefactoring(IProject project, Path spreadsheet) {
		this.project = project;
		this.spreadsheet = spreadsheet;
	}

	@Override
	public String getName() {
		return "Import " + spreadsheet.getFileName() + " into " + project.getName();
	}

	/** What the import found: its rows and changed rows; null before the conditions were checked. */
	public PlanImport result() {
		return result;
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) {
		return new RefactoringStatus();
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) {
		RefactoringStatus status = new RefactoringStatus();
		texts.clear();
		result = null;
		Spreadsheet sheet;
		try {
			sheet = SpreadsheetReader.read(spreadsheet);
		} catch (UnreadableSpreadsheet e) {
			status.addFatalError(e.getMessage());
			return status;
		}
		try {
			result = LivePlans.of(project).read(workspace -> {
				try {
					PlanImport found = PlanImport.of(PlanLanguage.injector(), workspace,
							TraceIndex.of(workspace.modules()), sheet);
					found.after().forEach((name, after) -> {
						IFile file = PlanProjectLoader.fileOf(URI.createFileURI(PlanImport.file(workspace, name).toString()));
						if (file == null) {
							status.addFatalError(name + " is not in the workspace and cannot be changed");
						} else {
							texts.put(file, new String[] { found.before().get(name), after });
						}
					});
					return found;
				} catch (CommandFailure e) {
					status.addFatalError(e.getMessage());
					return null;
				}
			});
		} catch (IOException e) {
			status.addFatalError(project.getName() + " cannot be read: " + e.getMessage());
			return status;
		}
		if (result == null) {
			return status;
		}
		// every bad row, as the command line lists them; nothing is changed while there is one
		for (ImportProblem problem : result.problems()) {
			status.addFatalError(problem.format());
		}
		if (!status.hasFatalError() && texts.isEmpty()) {
			status.addInfo("Every row of " + spreadsheet.getFileName() + " says what the plan says already: nothing"
					+ " to change");
		}
		return status;
	}

	@Override
	public Change createChange(IProgressMonitor monitor) {
		CompositeChange change = new CompositeChange(getName());
		for (Map.Entry<IFile, String[]> entry : texts.entrySet()) {
			IFile file = entry.getKey();
			// the smallest edit that turns the text into the imported one, so the preview shows only what changed
			TextEdit edit = TextEdit.difference(entry.getValue()[0], entry.getValue()[1]);
			TextFileChange fileChange = new TextFileChange(file.getName(), file);
			fileChange.setSaveMode(TextFileChange.KEEP_SAVE_STATE);
			fileChange.setEdit(new ReplaceEdit(edit.offset(), edit.length(), edit.text()));
			fileChange.setTextType("plan");
			change.add(fileChange);
		}
		return change;
	}
}
