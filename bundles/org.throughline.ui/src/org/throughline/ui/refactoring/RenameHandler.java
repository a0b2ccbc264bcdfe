package org.throughline.ui.refactoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.projects.loading.PlanProjectLoader;
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
	 * A rename of the element at the caret, on the project loaded with exactly the texts the editors show now, so
	 * that the edits fit the files they change; null when there is nothing to rename at the caret.
	 */
	public static PlanRenameRefactoring prepare(PlanEditor editor) {
		IFile file = editor.model() == null ? null : editor.model().file();
		int caret = EditorSnapshots.caret(editor);
		// the element's file and place, taken while the editor's project is held still
		URI element = EditorSnapshots.read(editor, s -> {
			EObject named = PlanTextHover.elementAt(s, caret);
			return named == null || named.eResource() == null ? null : EcoreUtil.getURI(named);
		});
		if (element == null || file == null) {
			return null;
		}
		Path elementFile = Path.of(element.trimFragment().toFileString());
		String fragment = element.fragment();
		Map<IFile, String> texts = openTexts(file.getProject());
		return EditorSnapshots.whileBusy(() -> {
			try {
				PlanWorkspace workspace = PlanProjectLoader.load(file.getProject(), texts);
				XtextResource resource = workspace.resource(elementFile).orElse(null);
				EObject same = resource == null ? null : resource.getEObject(fragment);
				return same == null ? null : new PlanRenameRefactoring(workspace, same);
			} catch (IOException e) {
				// the project's folder cannot be listed: nothing can be renamed; the Error Log says why
				ILog.of(RenameHandler.class).warn("The project " + file.getProject().getName()
						+ " could not be loaded for a rename", e);
				return null;
			}
		});
	}

	/** The texts of the project's .plan files that are open in editors, as they are now. */
	private static Map<IFile, String> openTexts(IProject project) {
		Map<IFile, String> texts = new HashMap<>();
		for (IFileBuffer buffer : FileBuffers.getTextFileBufferManager().getFileBuffers()) {
			if (buffer.getLocation() == null || buffer.getLocation().segmentCount() < 2) {
				continue;
			}
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
			if (buffer instanceof ITextFileBuffer text && file.exists() && project.equals(file.getProject())
					&& "plan".equals(file.getFileExtension())) {
				texts.put(file, text.getDocument().get());
			}
		}
		return texts;
	}
}
