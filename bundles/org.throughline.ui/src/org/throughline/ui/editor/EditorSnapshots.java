package org.throughline.ui.editor;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.PlatformUI;
import org.throughline.ui.hover.PlanTextHover;
import org.throughline.ui.reconciling.PlanEditorModel;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * What a command in the plan editor works on: a snapshot of exactly the text shown. If the last check is behind the
 * text, the file is checked now off the UI thread, under a busy cursor, so the window stays responsive.
 */
public final class EditorSnapshots {

	private EditorSnapshots() {
	}

	/** The snapshot of the editor's current text; null if the editor has no model or the check was interrupted. */
	public static PlanSnapshot current(PlanEditor editor) {
		PlanEditorModel model = editor.model();
		IDocument document = editor.document();
		if (model == null || document == null) {
			return null;
		}
		PlanSnapshot current = model.current();
		if (current != null) {
			return current;
		}
		String text = document.get();
		long stamp = PlanEditorModel.stamp(document);
		PlanSnapshot[] result = new PlanSnapshot[1];
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask("Checking " + editor.getTitle(), 1);
				result[0] = model.snapshotFor(text, stamp);
			});
		} catch (InvocationTargetException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		return result[0];
	}

	/**
	 * A service's answer on a snapshot, for a command on the UI thread: at once when no check is changing the
	 * project, else off the UI thread, under a busy cursor, once the check is done. Null if interrupted.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T read(PlanSnapshot snapshot, Function<PlanSnapshot, T> service) {
		Object[] result = new Object[1];
		if (snapshot.tryRead(s -> result[0] = service.apply(s))) {
			return (T) result[0];
		}
		try {
			PlatformUI.getWorkbench().getProgressService()
					.busyCursorWhile(monitor -> result[0] = snapshot.read(service));
		} catch (InvocationTargetException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		return (T) result[0];
	}

	/** The caret's offset in the editor. */
	public static int caret(PlanEditor editor) {
		return ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
	}

	/** The element named or referred to at the caret, or null. */
	public static EObject elementAtCaret(PlanEditor editor, PlanSnapshot snapshot) {
		int caret = caret(editor);
		return snapshot == null ? null : read(snapshot, s -> PlanTextHover.elementAt(s, caret));
	}
}
