package org.throughline.ui.editing;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.ui.editor.PlanEditor;

/** Ctrl+/: comments the selected lines out with "//", or back in when they all are. */
public class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor) {
			toggle(editor);
		}
		return null;
	}

	public static void toggle(PlanEditor editor) {
		ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
		IDocument document = editor.document();
		if (target == null || document == null) {
			return;
		}
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		int operation = allCommented(document, selection) ? ITextOperationTarget.STRIP_PREFIX : ITextOperationTarget.PREFIX;
		if (target.canDoOperation(operation)) {
			target.doOperation(operation);
		}
	}

	/** Whether every line of the selection that is not blank begins with "//". */
	static boolean allCommented(IDocument document, ITextSelection selection) {
		try {
			int first = document.getLineOfOffset(selection.getOffset());
			int end = selection.getOffset() + selection.getLength();
			int last = document.getLineOfOffset(end);
			if (last > first && selection.getLength() > 0 && document.getLineOffset(last) == end) {
				last--; // a selection that ends at a line's start does not take that line
			}
			boolean any = false;
			for (int line = first; line <= last; line++) {
				IRegion region = document.getLineInformation(line);
				String text = document.get(region.getOffset(), region.getLength()).strip();
				if (text.isEmpty()) {
					continue;
				}
				if (!text.startsWith("//")) {
					return false;
				}
				any = true;
			}
			return any;
		} catch (BadLocationException e) {
			return false;
		}
	}
}
