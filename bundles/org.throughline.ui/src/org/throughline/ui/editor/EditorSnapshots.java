package org.throughline.ui.editor;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.PlatformUI;
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
		return whileBusy(() -> model.snapshotFor(text, stamp));
	}

	/**
	 * What {@code work} returns, worked out off the UI thread under a busy cursor while the window stays responsive;
	 * null when it failed or was interrupted. Call on the UI thread.
	 */
	public static <T> T whileBusy(Supplier<T> work) {
		List<T> result = new ArrayList<>(1);
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> result.add(work.get()));
		} catch (InvocationTargetException e) {
			// the work failed: a defect, so it goes to the Error Log; the caller says the file could not be read
			ILog.of(EditorSnapshots.class).error("Work for the plan editor failed", e.getCause());
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		return result.isEmpty() ? null : result.get(0);
	}

	/**
	 * A service's answer on a snapshot, for a command on the UI thread: at once when no check is changing the
	 * project, else off the UI thread, under a busy cursor, once the check is done. Null if interrupted.
	 */
	public static <T> T read(PlanSnapshot snapshot, Function<PlanSnapshot, T> service) {
		List<T> result = new ArrayList<>(1);
		if (snapshot.tryRead(s -> result.add(service.apply(s)), 0)) {
			return result.get(0);
		}
		return whileBusy(() -> snapshot.read(service));
	}

	/**
	 * A service's answer on the editor's current snapshot, as {@link #read(PlanSnapshot, Function)} gives it. When the
	 * project moves on while the service waits (another file changed and the project was loaded again), it asks once
	 * more on the new snapshot. Null when the editor has none or the wait was interrupted.
	 */
	public static <T> T read(PlanEditor editor, Function<PlanSnapshot, T> service) {
		for (int attempt = 0; attempt < 2; attempt++) {
			PlanSnapshot snapshot = current(editor);
			if (snapshot == null) {
				return null;
			}
			boolean[] served = new boolean[1];
			T answer = read(snapshot, s -> {
				served[0] = true;
				return service.apply(s);
			});
			if (served[0]) {
				return answer;
			}
		}
		return null;
	}

	/** The caret's offset in the editor. */
	public static int caret(PlanEditor editor) {
		return ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
	}
}
