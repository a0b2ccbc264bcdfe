package org.throughline.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;

/**
 * The names on the plan editors' tabs: a file's name, and its project's too where another open editor shows a file
 * of the same name in another project (two versions of a plan open side by side), so that the tabs can be told apart.
 */
final class EditorTabNames {

	private EditorTabNames() {
	}

	/**
	 * Names every plan editor of the page again once the editor being opened or closed is in the page or gone from
	 * it, which it is only after the current event.
	 */
	static void updateSoon(IWorkbenchPage page) {
		if (page != null && page.getWorkbenchWindow().getShell() != null && !page.getWorkbenchWindow().getShell().isDisposed()) {
			page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> update(page));
		}
	}

	/** Names every plan editor of the page again, as the files they show are open now. */
	static void update(IWorkbenchPage page) {
		if (page == null) {
			return;
		}
		Map<String, List<PlanEditor>> byName = new HashMap<>();
		for (IEditorReference reference : page.getEditorReferences()) {
			// an editor not yet restored keeps the name it was saved with until it is shown
			IEditorPart part = reference.getEditor(false);
			if (part instanceof PlanEditor editor && !editor.isDisposed() && editor.file() != null) {
				byName.computeIfAbsent(editor.file().getName(), n -> new ArrayList<>()).add(editor);
			}
		}
		for (List<PlanEditor> editors : byName.values()) {
			boolean shared = editors.stream().map(e -> e.file().getProject()).distinct().count() > 1;
			for (PlanEditor editor : editors) {
				IFile file = editor.file();
				editor.showName(shared ? file.getName() + " (" + file.getProject().getName() + ")" : file.getName());
			}
		}
	}
}
