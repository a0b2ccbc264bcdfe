package org.throughline.ui.reconciling;

import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * Re-checks the plan file a moment after the person stops typing, on the reconciler's own thread, and again when
 * another file of the project changes.
 */
public class PlanReconciler extends MonoReconciler {

	/** How long typing must pause before the file is checked again, in milliseconds. */
	public static final int DELAY = 300;

	/** @param model the model of the editor's current input; it changes when the editor shows another file */
	public PlanReconciler(Supplier<PlanEditorModel> model) {
		super(new Strategy(model), false);
		setDelay(DELAY);
	}

	/**
	 * Checks the file again although the document did not change: another file of the project did (the model has
	 * been told so, and serves no snapshot as current until then).
	 */
	public void recheck() {
		forceReconciling();
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
		private final Supplier<PlanEditorModel> model;
		private IProgressMonitor monitor;

		Strategy(Supplier<PlanEditorModel> model) {
			this.model = model;
		}

		@Override
		public void setDocument(IDocument document) {
			// the model holds the document
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void initialReconcile() {
			run();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			run();
		}

		@Override
		public void reconcile(IRegion partition) {
			run();
		}

		private void run() {
			PlanEditorModel current = model.get();
			if (current != null) {
				current.reconcile(() -> monitor != null && monitor.isCanceled());
			}
		}
	}
}
