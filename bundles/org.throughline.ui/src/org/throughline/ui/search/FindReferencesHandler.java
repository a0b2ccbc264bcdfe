package org.throughline.ui.search;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.ui.editor.PlanEditor;

/** Ctrl+Shift+G: lists every reference to the element at the caret in the Search view. */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor)) {
			return null;
		}
		PlanReferencesQuery query = PlanReferencesQuery.atCaret(editor);
		if (query == null) {
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setMessage("Put the caret on a name to find the references to it");
			return null;
		}
		NewSearchUI.runQueryInBackground(query);
		return null;
	}
}
