package org.throughline.ui.editing;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.throughline.dsl.ide.formatting.PlanTextFormatter;
import org.throughline.dsl.text.TextEdit;
import org.throughline.projects.PlanLanguage;
import org.throughline.ui.editor.EditorSnapshots;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.reconciling.PlanEditorModel;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * Ctrl+Shift+F: lays out the selection, or the whole file, with the language's formatter; one undo step. A file
 * with syntax errors is left alone, since the formatter would lay out what it misread.
 */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor) {
			format(editor);
		}
		return null;
	}

	/** Formats the editor's selection, or all of it; returns false when the file could not be formatted. */
	public static boolean format(PlanEditor editor) {
		PlanSnapshot snapshot = EditorSnapshots.current(editor);
		IDocument document = editor.document();
		if (snapshot == null || document == null) {
			return false;
		}
		Boolean syntaxErrors = EditorSnapshots.read(snapshot, s -> s.resource().getParseResult().hasSyntaxErrors());
		if (syntaxErrors == null) {
			return false;
		}
		if (syntaxErrors) {
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage("Correct the syntax errors first: the file cannot be formatted while it has them");
			return false;
		}
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		List<ITextRegion> regions = selection.getLength() > 0
				? List.of(new TextRegion(selection.getOffset(), selection.getLength())) : List.of();
		PlanTextFormatter formatter = PlanLanguage.get(PlanTextFormatter.class);
		String formatted = EditorSnapshots.whileBusy(() -> {
			List<TextEdit> edits = snapshot.read(s -> formatter.format(s.resource(), regions));
			return edits == null ? null : TextEdit.apply(snapshot.text(), edits);
		});
		if (formatted == null || PlanEditorModel.stamp(document) != snapshot.stamp()) {
			// typed while the formatter worked: its edits no longer fit the text
			return false;
		}
		TextEdit change = TextEdit.difference(snapshot.text(), formatted);
		if (change.length() == 0 && change.text().isEmpty()) {
			return true;
		}
		try {
			document.replace(change.offset(), change.length(), change.text());
		} catch (BadLocationException e) {
			return false;
		}
		return true;
	}
}
