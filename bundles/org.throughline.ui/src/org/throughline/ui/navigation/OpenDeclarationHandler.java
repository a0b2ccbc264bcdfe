package org.throughline.ui.navigation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.ui.editor.EditorSnapshots;
import org.throughline.ui.editor.PlanEditor;

/** F3: opens what the name at the caret refers to. */
public class OpenDeclarationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor)) {
			return null;
		}
		int caret = EditorSnapshots.caret(editor);
		ElementHyperlink link = EditorSnapshots.read(editor, s -> PlanHyperlinkDetector.linkAt(s, caret));
		if (link != null) {
			link.open();
		} else {
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setMessage("The caret is not on a reference to another element");
		}
		return null;
	}
}
