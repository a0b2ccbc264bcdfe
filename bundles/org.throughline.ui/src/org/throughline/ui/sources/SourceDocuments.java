package org.throughline.ui.sources;

import java.nio.file.Path;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorExtension6;
import org.throughline.dsl.sources.SourceText.LineRange;

/** Opens a plan's source document in the text editor, read-only, with the lines a citation names selected. */
public final class SourceDocuments {

	private SourceDocuments() {
	}

	/**
	 * Opens {@code file} read-only and selects {@code lines} (from 1, both included; those beyond the document's end
	 * are left out), or just opens it when {@code lines} is null. Returns the editor, or null when it cannot open.
	 */
	public static ITextEditor open(Path file, String document, LineRange lines) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part;
		try {
			part = page.openEditor(new SourceDocumentInput(file, document), EditorsUI.DEFAULT_TEXT_EDITOR_ID, true);
		} catch (PartInitException e) {
			return null;
		}
		if (!(part instanceof ITextEditor editor)) {
			return null;
		}
		if (editor instanceof ITextEditorExtension6 wrapping && !wrapping.isWordWrapEnabled()) {
			// the papers' paragraphs are single lines of a thousand characters and more
			wrapping.setWordWrap(true);
		}
		if (lines != null) {
			IDocument text = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			IRegion range = range(text, lines);
			if (range != null) {
				editor.selectAndReveal(range.getOffset(), range.getLength());
			}
		}
		return editor;
	}

	/** Where lines {@code first} to {@code last} stand in {@code text}, without the last one's line break. */
	static IRegion range(IDocument text, LineRange lines) {
		int count = text.getNumberOfLines();
		int first = Math.max(1, lines.first());
		int last = Math.min(count, Math.max(first, lines.last()));
		if (first > count) {
			return null;
		}
		try {
			int start = text.getLineOffset(first - 1);
			IRegion end = text.getLineInformation(last - 1);
			return new org.eclipse.jface.text.Region(start, end.getOffset() + end.getLength() - start);
		} catch (BadLocationException e) {
			return null;
		}
	}
}
