package org.throughline.ui.refactoring;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.projects.live.LivePlans;
import org.throughline.ui.editor.EditorSnapshots;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.hover.PlanTextHover;

/** Alt+Shift+R: renames the element at the caret in every file of the project, with a preview. */
public class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor)) {
			return null;
		}
		Shell shell = editor.getSite().getShell();
		PlanRenameRefactoring refactoring = prepare(editor);
		if (refactoring == null) {
			MessageDialog.openInformation(shell, "Rename", "Put the caret on the name of an element, or on a reference to one.");
			return null;
		}
		try {
			new RefactoringWizardOpenOperation(new RenameWizard(refactoring)).run(shell, refactoring.getName());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return null;
	}

	/**
	 * A rename of the element at the caret, in the project's live model, which holds exactly the texts the editors
	 * show, so that the edits fit the files they change; null when there is nothing to rename at the caret.
	 */
	public static PlanRenameRefactoring prepare(PlanEditor editor) {
		IFile file = editor.model() == null ? null : editor.model().file();
		int caret = EditorSnapshots.caret(editor);
		// the element's place, taken while the editor's project is held still
		URI element = EditorSnapshots.read(editor, s -> {
			EObject named = PlanTextHover.elementAt(s, caret);
			return named == null || named.eResource() == null ? null : EcoreUtil.getURI(named);
		});
		if (element == null || file == null) {
			return null;
		}
		return EditorSnapshots.whileBusy(() -> {
			try {
				return new PlanRenameRefactoring(LivePlans.of(file.getProject()), element);
			} catch (IOException e) {
				// the project's folder cannot be listed: nothing can be renamed; the Error Log says why
				ILog.of(RenameHandler.class).warn("The project " + file.getProject().getName()
						+ " could not be loaded for a rename", e);
				return null;
			}
		});
	}
}
