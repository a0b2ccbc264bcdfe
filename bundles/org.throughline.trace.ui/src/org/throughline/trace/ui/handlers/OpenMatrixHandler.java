package org.throughline.trace.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.trace.ui.TraceUiPlugin;
import org.throughline.trace.ui.matrix.MatrixEditor;
import org.throughline.trace.ui.matrix.MatrixEditorInput;
import org.throughline.views.model.PlanModel;

/** Throughline > Traceability Matrix: opens the matrix of the plan in focus. */
public class OpenMatrixHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		PlanModel model = TraceUiPlugin.planModels().focusedModel().orElse(null);
		if (model == null) {
			MessageDialog.openInformation(window.getShell(), "Traceability Matrix",
					"No project in the workspace holds a .plan file yet, or the plans are still loading.");
			return null;
		}
		try {
			window.getActivePage().openEditor(new MatrixEditorInput(model.project()), MatrixEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("The matrix cannot be opened", e);
		}
		return null;
	}
}
