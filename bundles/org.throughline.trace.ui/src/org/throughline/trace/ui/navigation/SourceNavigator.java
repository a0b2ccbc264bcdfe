package org.throughline.trace.ui.navigation;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.throughline.projects.loading.PlanProjectLoader;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.throughline.views.model.PlanModel;
import org.throughline.views.model.SourceRange;

/** Opens the .plan file an element is written in, at the element. */
public final class SourceNavigator {

	/** The platform's text editor, used while no editor is registered for .plan files. */
	static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

	private SourceNavigator() {
	}

	/**
	 * Opens the element's file in the editor registered for it (a text editor when none is) and selects the
	 * element's name, or its first line when the file has changed since the model was loaded.
	 *
	 * @return the editor, or empty when the element is not written in a workspace file
	 */
	public static Optional<IEditorPart> open(IWorkbenchPage page, PlanModel model, EObject element)
			throws PartInitException {
		Optional<SourceRange> found = model.source(element);
		IFile file = found.map(range -> PlanProjectLoader.fileOf(range.file())).orElse(null);
		if (file == null || !file.exists()) {
			return Optional.empty();
		}
		SourceRange range = found.get();
		IEditorPart editor = IDE.openEditor(page, file, editorFor(file), true);
		ITextEditor text = Adapters.adapt(editor, ITextEditor.class);
		if (text != null) {
			reveal(text, range);
		}
		return Optional.ofNullable(editor);
	}

	private static String editorFor(IFile file) {
		IEditorDescriptor registered = IDE.getDefaultEditor(file);
		return registered != null && registered.isInternal() ? registered.getId() : TEXT_EDITOR;
	}

	private static void reveal(ITextEditor editor, SourceRange range) {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int offset = range.offset();
		int length = range.length();
		if (document != null && offset + length > document.getLength()) {
			try {
				offset = document.getLineOffset(Math.min(range.line(), document.getNumberOfLines()) - 1);
				length = 0;
			} catch (BadLocationException e) {
				offset = 0;
				length = 0;
			}
		}
		editor.selectAndReveal(offset, length);
	}
}
