package org.throughline.trace.ui.parts;

import org.eclipse.swt.widgets.Control;
import org.throughline.views.model.PlanModel;
import org.throughline.views.model.PlanModelListener;

/**
 * Passes the plan model service's notices, which come on a background thread, to a part on the display thread,
 * and drops them once the part's control is disposed.
 */
public final class ModelListenerOnDisplay implements PlanModelListener {

	private final Control control;
	private final PlanModelListener part;

	public ModelListenerOnDisplay(Control control, PlanModelListener part) {
		this.control = control;
		this.part = part;
	}

	@Override
	public void modelChanged(String project, PlanModel model) {
		onDisplay(() -> part.modelChanged(project, model));
	}

	@Override
	public void focusChanged(String project) {
		onDisplay(() -> part.focusChanged(project));
	}

	private void onDisplay(Runnable runnable) {
		if (control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				runnable.run();
			}
		});
	}
}
