package org.throughline.ui.refactoring;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.throughline.dsl.ide.references.PlanReferences;
import org.throughline.dsl.ide.rename.PlanRename;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.labels.Labels;
import org.throughline.projects.PlanLanguage;
import org.throughline.projects.loading.PlanProjectLoader;

/**
 * Renames a plan element in every file of its project: its declaration, every reference however qualified, the
 * references to what it contains, and imports of its namespace. The preview shows each file's changes.
 */
public class PlanRenameRefactoring extends Refactoring {

	private final PlanWorkspace workspace;
	private final EObject element;
	private final PlanRename rename = PlanLanguage.get(PlanRename.class);
	private String newName;
	private PlanRename.Result result;

	/** @param element an element of {@code workspace}, loaded with the texts shown in the editors now */
	public PlanRenameRefactoring(PlanWorkspace workspace, EObject element) {
		this.workspace = workspace;
		this.element = element;
		this.newName = PlanRename.currentName(element);
	}

	@Override
	public String getName() {
		return "Rename " + Labels.kind(element) + " " + Labels.name(element);
	}

	public String currentName() {
		return PlanRename.currentName(element);
	}

	public String newName() {
		return newName;
	}

	public void setNewName(String newName) {
		this.newName = newName;
		result = null;
	}

	/** Why the name cannot be used, or null. */
	public String checkName(String name) {
		return rename.checkName(element, name);
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) throws OperationCanceledException {
		if (!PlanRename.isRenameable(element) || PlanProjectLoader.fileOf(element.eResource()) == null) {
			return RefactoringStatus.createFatalErrorStatus("Only a named element of a workspace file can be renamed");
		}
		return new RefactoringStatus();
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) throws OperationCanceledException {
		result = rename.rename(element, newName, workspace.resources(), PlanReferences.of(workspace.resourceSet()));
		RefactoringStatus status = new RefactoringStatus();
		result.errors().forEach(status::addFatalError);
		result.warnings().forEach(status::addWarning);
		for (URI uri : result.edits().keySet()) {
			if (PlanProjectLoader.fileOf(uri) == null) {
				status.addFatalError(uri.lastSegment() + " is not in the workspace and cannot be changed");
			}
		}
		return status;
	}

	@Override
	public Change createChange(IProgressMonitor monitor) throws OperationCanceledException {
		if (result == null) {
			checkFinalConditions(monitor);
		}
		CompositeChange change = new CompositeChange(getName() + " to " + newName);
		for (Map.Entry<URI, List<TextEdit>> entry : result.edits().entrySet()) {
			IFile file = PlanProjectLoader.fileOf(entry.getKey());
			TextFileChange fileChange = new TextFileChange(file.getName(), file);
			fileChange.setSaveMode(TextFileChange.KEEP_SAVE_STATE);
			MultiTextEdit edits = new MultiTextEdit();
			entry.getValue().stream().sorted((a, b) -> Integer.compare(a.offset(), b.offset()))
					.forEach(edit -> edits.addChild(new ReplaceEdit(edit.offset(), edit.length(), edit.text())));
			fileChange.setEdit(edits);
			fileChange.setTextType("plan");
			change.add(fileChange);
		}
		return change;
	}
}
