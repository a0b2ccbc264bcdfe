package org.throughline.trace.ui.navigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.throughline.model.labels.Labels;
import org.throughline.trace.TraceIndex;
import org.throughline.views.labels.ElementLabels;
import org.throughline.views.model.PlanModel;

/** Lets the user pick an element to trace from a filtered list of everything in a plan that has a trace. */
public final class ElementPicker {

	private ElementPicker() {
	}

	/** Every element of the model that has a trace, in the order a reader meets them. */
	public static List<EObject> candidates(PlanModel model) {
		TraceIndex index = model.index();
		List<EObject> all = new ArrayList<>();
		index.plans().forEach(plan -> {
			all.addAll(plan.getAims());
			all.addAll(plan.getThemes());
		});
		all.addAll(index.commitments());
		all.addAll(index.owners());
		all.addAll(index.indicators());
		index.consultations().forEach(c -> all.addAll(c.getResponses()));
		index.inspections().forEach(i -> all.addAll(i.getActions()));
		index.restructures().forEach(r -> all.addAll(r.getMoves()));
		return all;
	}

	/** Opens the list; the element picked, or empty when the user cancels. */
	public static Optional<EObject> pick(Shell shell, PlanModel model) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				EObject e = (EObject) element;
				return ElementLabels.shorten(ElementLabels.text(e), 120) + "  \u2014 " + Labels.kind(e);
			}
		});
		dialog.setTitle("Trace an Element");
		dialog.setMessage("Type a name or words of a title (* and ? match any text):");
		dialog.setElements(candidates(model).toArray());
		dialog.setMultipleSelection(false);
		dialog.setMatchEmptyString(true);
		return dialog.open() == Window.OK && dialog.getFirstResult() instanceof EObject picked ? Optional.of(picked)
				: Optional.empty();
	}
}
