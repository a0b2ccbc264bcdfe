package org.throughline.ui.refactoring;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
import org.throughline.model.labels.Labels;
import org.throughline.projects.PlanLanguage;
import org.throughline.projects.live.LivePlan;
import org.throughline.projects.loading.PlanProjectLoader;

/**
 * Renames a plan element in every file of its project: its declaration, every reference however qualified, the
 * references to what it contains, and imports of its namespace. The preview shows each file's changes.
 */
public class PlanRenameRefactoring extends Refactoring {

	private final LivePlan live;
	private final URI element;
	private final String name;
	private final String currentName;
	private final PlanRename rename = PlanLanguage.get(PlanRename.class);
	private String newName;
	private PlanRename.Result result;

	/**
	 * @param element the URI of an element of the project's live model, which holds the texts the editors show;
	 *                read under the model's lock
	 */
	public PlanRenameRefactoring(LivePlan live, URI element) throws IOException {
		this.live = live;
		this.element = element;
		String[] names = read(e -> new String[] { "Rename " + Labels.kind(e) + " " + Labels.name(e),
				PlanRename.currentName(e) });
		this.name = names == null ? "Rename" : names[0];
		this.currentName = names == null ? "" : names[1];
		this.newName = currentName;
	}

	/** What {@code work} reads of the element in the live model; null when the element is there no more. */
	private <T> T read(Function<EObject, T> work) throws IOException {
		return live.read(workspace -> {
			EObject found = workspace.resourceSet().getEObject(element, false);
			return found == null ? null : work.apply(found);
		});
	}

	@Override
	public String getName() {
		return name;
	}

	public String currentName() {
		return currentName;
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
		try {
			String problem = live.read(workspace -> {
				EObject found = workspace.resourceSet().getEObject(element, false);
				return found == null ? GONE : rename.checkName(found, name);
			});
			return problem;
		} catch (IOException e) {
			return e.getMessage();
		}
	}

	private static final String GONE = "The element is no longer in the plan; close this dialog and try again";

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) throws OperationCanceledException {
		try {
			Boolean renameable = read(e -> PlanRename.isRenameable(e) && PlanProjectLoader.fileOf(e.eResource()) != null);
			if (renameable == null || !renameable) {
				return RefactoringStatus.createFatalErrorStatus("Only a named element of a workspace file can be renamed");
			}
		} catch (IOException e) {
			return RefactoringStatus.createFatalErrorStatus(e.getMessage());
		}
		return new RefactoringStatus();
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) throws OperationCanceledException {
		RefactoringStatus status = new RefactoringStatus();
		try {
			result = live.read(workspace -> {
				EObject found = workspace.resourceSet().getEObject(element, false);
				return found == null ? null
						: rename.rename(found, newName, workspace.resources(), PlanReferences.of(workspace.resourceSet()));
			});
		} catch (IOException e) {
			result = null;
			status.addFatalError(e.getMessage());
			return status;
		}
		if (result == null) {
			status.addFatalError(GONE);
			return status;
		}
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
		if (result == null) {
			return change;
		}
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
