package org.throughline.trace.ui.graph;

import org.throughline.ui.HelpContexts;
import org.throughline.views.graph.Neighbourhood;
import org.throughline.views.graph.GraphLayout;
import org.throughline.views.graph.LaidOutGraph;
import org.throughline.views.graph.GraphSvg;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.throughline.model.labels.Labels;
import org.throughline.views.graph.Neighbourhood.Node;
import org.throughline.views.labels.ElementLabels;
import org.throughline.views.links.TraceLinks;
import org.throughline.views.model.ElementRef;
import org.throughline.trace.ui.parts.BackHistory;
import org.throughline.views.model.PlanModel;
import org.throughline.trace.ui.navigation.ElementPicker;
import org.throughline.trace.ui.navigation.SelectedElements;
import org.throughline.trace.ui.navigation.SourceNavigator;
import org.throughline.trace.ui.parts.PlanModelViewPart;
import org.throughline.cli.CommandFailure;
import org.throughline.cli.output.SafeOutput;
import org.throughline.trace.ui.export.ExportDialog;

/**
 * The neighbourhood of the selected element as a graph: what links to it on the left, what it links to on the
 * right, laid out by ELK and painted with SWT. A click on a box makes its element the centre (and selects it,
 * so the trace view follows); a double-click opens its source. Zoom with the tool bar or Ctrl and the wheel;
 * export what is shown as SVG.
 */
public class TraceGraphView extends PlanModelViewPart {

	public static final String ID = "org.throughline.trace.ui.graphView";

	private Label heading;
	private GraphCanvas canvas;
	private ElementRef centre;
	private final BackHistory history = new BackHistory("Draw the element drawn before",
			earlier -> show(earlier, false));
	private IAction followAction;
	private final SelectionOfClicked selection = new SelectionOfClicked();

	@Override
	protected String helpContextId() {
		return HelpContexts.TRACE_GRAPH_VIEW;
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).margins(2, 2).applyTo(area);
		heading = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		canvas = new GraphCanvas(area, this::navigate, this::openSource);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
		getSite().setSelectionProvider(selection);
		createActions();
		return area;
	}

	private void createActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		IAction pick = new Action("Draw an Element\u2026") {
			@Override
			public void run() {
				models().focusedModel().flatMap(model -> ElementPicker.pick(getSite().getShell(), model)
						.map(model::ref)).ifPresent(ref -> show(ref, true));
			}
		};
		pick.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ELEMENT));
		IAction zoomIn = new Action("+") {
			@Override
			public void run() {
				canvas.setZoom(canvas.zoom() * 1.25);
			}
		};
		zoomIn.setToolTipText("Zoom in (Ctrl and the mouse wheel)");
		IAction zoomOut = new Action("\u2212") {
			@Override
			public void run() {
				canvas.setZoom(canvas.zoom() / 1.25);
			}
		};
		zoomOut.setToolTipText("Zoom out");
		IAction fit = new Action("Fit") {
			@Override
			public void run() {
				canvas.fit();
			}
		};
		fit.setToolTipText("Zoom to show the whole graph");
		IAction export = new Action("Export SVG\u2026") {
			@Override
			public void run() {
				exportWithDialog();
			}
		};
		followAction = new Action("Follow the Selection", IAction.AS_CHECK_BOX) {
		};
		followAction.setChecked(true);
		followAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		followAction.setToolTipText("Draw whatever is selected in other views and editors");
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(history.action());
		toolbar.add(pick);
		toolbar.add(zoomOut);
		toolbar.add(zoomIn);
		toolbar.add(fit);
		toolbar.add(export);
		toolbar.add(followAction);
	}

	@Override
	protected void ready() {
		render();
	}

	// ------------------------------------------------------------------ what is drawn

	/** Draws the neighbourhood of an element; {@code remember} keeps the one drawn before for Back. */
	public void show(ElementRef ref, boolean remember) {
		if (remember) {
			history.leaving(centre, ref);
		}
		centre = ref;
		render();
	}

	/** The graph as laid out now; empty when nothing is drawn. */
	public Optional<LaidOutGraph> graph() {
		return Optional.ofNullable(canvas.graph());
	}

	/** The element whose box is drawn at a point of the view's canvas, as a click there would pick. */
	public Optional<EObject> elementAt(int x, int y) {
		return canvas.nodeAt(x, y).map(Node::element);
	}

	/** The canvas, for tests that click it or read its pixels. */
	public Control canvas() {
		return canvas;
	}

	/** Zooms so that the whole graph fits the view, never above 100%. */
	public void fit() {
		canvas.fit();
	}

	public double zoom() {
		return canvas.zoom();
	}

	public void setZoom(double zoom) {
		canvas.setZoom(zoom);
	}

	@Override
	protected void modelChanged(String project, PlanModel model) {
		if (centre == null || centre.project().equals(project)) {
			render();
		}
	}

	@Override
	protected boolean followsSelection() {
		return true;
	}

	@Override
	protected void selected(SelectedElements.Selected selected) {
		if (!followAction.isChecked()) {
			return;
		}
		ElementRef ref = selected.model().ref(selected.element());
		if (!ref.equals(centre)) {
			show(ref, true);
		}
	}

	private Optional<PlanModel> currentModel() {
		return centre == null ? Optional.empty() : models().model(centre.project());
	}

	private void render() {
		Optional<PlanModel> model = currentModel();
		Optional<EObject> element = model.flatMap(m -> centre.resolve(m));
		if (element.isEmpty()) {
			canvas.show(null);
			heading.setText(centre != null && model.isPresent() ? centre.qualifiedName() + " is no longer in the plan."
					: "Select an element in the editor or another view, or pick one with the tool bar.");
			setContentDescription("");
		} else {
			Neighbourhood neighbourhood = Neighbourhood.of(model.get(), element.get());
			LaidOutGraph laidOut = canvas.measure(measure -> GraphLayout.layout(neighbourhood, measure));
			canvas.show(laidOut);
			heading.setText(Labels.kind(element.get()) + " " + ElementLabels.shorten(
					ElementLabels.text(element.get()), 160) + ": " + (neighbourhood.nodes().size() - 1)
					+ " linked elements. Click a box to centre it; double-click to open its source.");
			setContentDescription(model.get().project() + ": " + model.get().index().qualifiedName(element.get()));
		}
		heading.getParent().layout(true);
	}

	// ------------------------------------------------------------------ clicks

	private void navigate(Node node) {
		if (node.element() == null || node == canvas.graph().graph().centre()) {
			return;
		}
		currentModel().ifPresent(model -> {
			selection.select(node.element());
			if (TraceLinks.traceable(node.element())) {
				show(model.ref(node.element()), true);
			}
		});
	}

	private void openSource(Node node) {
		if (node.element() == null) {
			return;
		}
		currentModel().ifPresent(model -> {
			try {
				SourceNavigator.open(getSite().getPage(), model, node.element());
			} catch (PartInitException e) {
				heading.setText("The file cannot be opened: " + e.getMessage());
			}
		});
	}

	// ------------------------------------------------------------------ export

	private void exportWithDialog() {
		if (canvas.graph() == null || centre == null) {
			return;
		}
		ExportDialog.run(getSite(), "Export the Graph as SVG", "svg",
				Labels.name(canvas.graph().graph().centre().element()) + ".svg", centre.project(),
				this::exportSvg);
	}

	/**
	 * Writes the graph drawn now as SVG, to a file written as the command line writes its outputs: whole or not at
	 * all.
	 *
	 * @return what it wrote, in words
	 */
	public String exportSvg(Path file) throws CommandFailure {
		LaidOutGraph shown = canvas.graph();
		if (shown == null) {
			throw new CommandFailure("no graph is drawn");
		}
		SafeOutput.writeFile(file, out -> {
			BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			try {
				canvas.measure(measure -> {
					try {
						GraphSvg.write(shown, measure, writer);
						return null;
					} catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				});
			} catch (java.io.UncheckedIOException e) {
				throw e.getCause();
			}
			writer.flush();
		});
		int nodes = shown.graph().nodes().size();
		return "the graph of " + nodes + (nodes == 1 ? " element" : " elements");
	}

	/** The element last clicked in the graph, as the view's selection. */
	private final class SelectionOfClicked implements ISelectionProvider {

		private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
		private ISelection current = StructuredSelection.EMPTY;

		void select(EObject element) {
			setSelection(new StructuredSelection(element));
		}

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		@Override
		public ISelection getSelection() {
			return current;
		}

		@Override
		public void setSelection(ISelection selection) {
			current = selection;
			SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
			for (ISelectionChangedListener listener : listeners) {
				listener.selectionChanged(event);
			}
		}
	}
}
