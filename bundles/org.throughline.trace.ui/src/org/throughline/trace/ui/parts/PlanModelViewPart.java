package org.throughline.trace.ui.parts;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.trace.ui.TraceUiPlugin;
import org.throughline.views.model.PlanModel;
import org.throughline.views.model.PlanModelListener;
import org.throughline.trace.ui.model.PlanModelService;
import org.throughline.trace.ui.navigation.SelectedElements;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.reconciling.PlanEditorModel;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * A view that shows what the workspace's plan models say and follows them: it is told on the display thread
 * when a model is replaced, when another project comes into focus and when the user selects something in
 * another part. Selecting anything of a project puts that project in focus.
 */
public abstract class PlanModelViewPart extends ViewPart {

	private final PlanModelService models = TraceUiPlugin.planModels();
	private PlanModelListener modelListener;
	private final ISelectionListener selectionListener = this::selected;
	private Control control;
	/** The editor model whose next check the view waits for, to trace the caret in it; null when none. */
	private PlanEditorModel awaited;
	/** The editor check whose project's lock the view waits for, to trace the caret in it; null when none. */
	private PlanSnapshot awaitedFree;

	@Override
	public final void createPartControl(Composite parent) {
		control = createContents(parent);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(control, helpContextId());
		modelListener = new ModelListenerOnDisplay(control, new PlanModelListener() {
			@Override
			public void modelChanged(String project, PlanModel model) {
				PlanModelViewPart.this.modelChanged(project, model);
			}

			@Override
			public void focusChanged(String project) {
				PlanModelViewPart.this.focusChanged(project);
			}
		});
		models.addListener(modelListener);
		getSite().getPage().addPostSelectionListener(selectionListener);
		ready();
		// a view opened while something is selected shows it at once, not at the next click
		IWorkbenchPart active = getSite().getPage().getActivePart();
		ISelection current = getSite().getPage().getSelection();
		if (active != null && active != this && current != null) {
			selected(active, current);
		}
	}

	@Override
	public void dispose() {
		if (modelListener != null) {
			models.removeListener(modelListener);
		}
		getSite().getPage().removePostSelectionListener(selectionListener);
		super.dispose();
	}

	/** The workspace's plan models. */
	protected PlanModelService models() {
		return models;
	}

	/** Builds the view's widgets and returns the outermost one. */
	protected abstract Control createContents(Composite parent);

	/** The id of the view's help context (F1), one of {@link org.throughline.ui.HelpContexts}. */
	protected abstract String helpContextId();

	/** Called once the widgets are built and the listeners installed: show what the models hold now. */
	protected abstract void ready();

	/** A project's model was replaced or removed; on the display thread. */
	protected abstract void modelChanged(String project, PlanModel model);

	/** Another project is in focus; on the display thread. */
	protected void focusChanged(String project) {
	}

	/**
	 * The user selected, in another part, something that has a trace of its own; on the display thread, after the
	 * focus has followed it. Only called when the view {@link #followsSelection() follows the selection}.
	 */
	protected void selected(SelectedElements.Selected selected) {
	}

	/** Whether the view shows what is selected in other parts, not only the project it belongs to. */
	protected boolean followsSelection() {
		return false;
	}

	private void selected(IWorkbenchPart part, ISelection selection) {
		if (part == this || control == null || control.isDisposed()) {
			return;
		}
		SelectedElements.project(part, selection).ifPresent(models::focus);
		if (!followsSelection()) {
			return;
		}
		PlanEditor editor = editorBehind(part, selection);
		if (editor != null && editor.model() != null) {
			PlanSnapshot snapshot = editor.model().current();
			if (snapshot == null) {
				// the caret is in text the editor has not checked yet: trace it once the editor has
				traceOnceChecked(part, editor);
				return;
			}
			// the element is found in the editor's check, under the project's lock; while a background check holds
			// it, the UI thread does not wait but traces the selection again once the lock is free
			AtomicReference<Optional<SelectedElements.Selected>> found = new AtomicReference<>(Optional.empty());
			if (!snapshot.tryRead(s -> found.set(SelectedElements.of(part, selection, models)), 0)) {
				traceOnceFree(part, snapshot);
				return;
			}
			found.get().ifPresent(this::selected);
			return;
		}
		SelectedElements.of(part, selection, models).ifPresent(this::selected);
	}

	/** The plan editor whose check a selection is found in: that of a caret, or the active one for an Outline row. */
	private static PlanEditor editorBehind(IWorkbenchPart part, ISelection selection) {
		if (part instanceof PlanEditor editor && selection instanceof ITextSelection) {
			return editor;
		}
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof OutlineNode
				&& part.getSite().getPage().getActiveEditor() instanceof PlanEditor editor) {
			return editor;
		}
		return null;
	}

	/** Traces again what the part selects now, unless the user has moved on to another part meanwhile. */
	private void traceAgain(IWorkbenchPart part) {
		if (control.isDisposed() || getSite().getPage().getActivePart() != part) {
			return;
		}
		ISelectionProvider provider = part.getSite().getSelectionProvider();
		if (provider != null) {
			selected(part, provider.getSelection());
		}
	}

	/** Traces the part's selection again once no background check holds the project, waiting off the UI thread. */
	private void traceOnceFree(IWorkbenchPart part, PlanSnapshot snapshot) {
		if (awaitedFree == snapshot) {
			return;
		}
		awaitedFree = snapshot;
		Display display = control.getDisplay();
		Job job = Job.create("Tracing the selection", monitor -> {
			// waits for the lock and lets it go; nothing is read when the project has moved on meanwhile
			snapshot.read(s -> null);
			if (display.isDisposed()) {
				return;
			}
			display.asyncExec(() -> {
				if (awaitedFree == snapshot) {
					awaitedFree = null;
				}
				traceAgain(part);
			});
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Traces the part's selection again when the editor's model has checked the text it shows. */
	private void traceOnceChecked(IWorkbenchPart part, PlanEditor editor) {
		PlanEditorModel editorModel = editor.model();
		if (awaited == editorModel) {
			return;
		}
		awaited = editorModel;
		Display display = control.getDisplay();
		editorModel.whenChecked(snapshot -> {
			if (display.isDisposed()) {
				return;
			}
			display.asyncExec(() -> {
				if (awaited == editorModel) {
					awaited = null;
				}
				if (editor.model() == editorModel) {
					traceAgain(part);
				}
			});
		});
	}

	@Override
	public void setFocus() {
		if (control != null && !control.isDisposed()) {
			control.setFocus();
		}
	}
}
