package org.throughline.ui.navigation;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.ui.editor.EditorSnapshots;
import org.throughline.ui.editor.PlanEditor;

/** F3: opens what the name at the caret refers to, or the document at the lines a citation there cites. */
public class OpenDeclarationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor)) {
			return null;
		}
		int caret = EditorSnapshots.caret(editor);
		List<IHyperlink> links = EditorSnapshots.read(editor, s -> PlanHyperlinkDetector.linksAt(s, caret));
		if (links != null && !links.isEmpty()) {
			links.get(0).open();
		} else {
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setMessage("The caret is not on a reference to another element or on a citation");
		}
		return null;
	}
}
