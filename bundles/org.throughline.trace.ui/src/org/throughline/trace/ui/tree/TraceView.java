package org.throughline.trace.ui.tree;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.throughline.ui.HelpContexts;
import org.throughline.model.labels.Labels;
import org.throughline.views.labels.ElementLabels;
import org.throughline.views.links.Link;
import org.throughline.views.links.TraceLinks;
import org.throughline.views.model.ElementRef;
import org.throughline.trace.ui.parts.BackHistory;
import org.throughline.views.model.PlanModel;
import org.throughline.trace.ui.navigation.ElementPicker;
import org.throughline.trace.ui.navigation.SelectedElements;
import org.throughline.trace.ui.navigation.SourceNavigator;
import org.throughline.trace.ui.parts.PlanModelViewPart;
import org.throughline.views.tree.TraceNode.GroupNode;
import org.throughline.views.tree.TraceNode.LinkNode;

/**
 * The trace of one element: what it links to and what links to it, as a tree. It follows the selection in any
 * other part (an element, or the caret in a .plan file), or traces an element picked from a list; it follows
 * file changes by tracing the same element, found again by name, in each new model. Double-click opens the
 * source; "Trace This" makes a linked element the traced one.
 */
public class TraceView extends PlanModelViewPart {

	public static final String ID = "org.throughline.trace.ui.traceView";

	private Label heading;
	private TreeViewer viewer;
	private ElementRef traced;
	private final BackHistory history = new BackHistory("Trace the element traced before",
			earlier -> show(earlier, false));
	private IAction followAction;

	@Override
	protected String helpContextId() {
		return HelpContexts.TRACE_VIEW;
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(0, 4).applyTo(area);
		heading = new Label(area, SWT.WRAP);
		heading.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
		viewer = new TreeViewer(area, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new TraceContentProvider());
		viewer.setLabelProvider(new TraceLabelProvider());
		viewer.setUseHashlookup(false);
		viewer.setAutoExpandLevel(2);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addDoubleClickListener(event -> open(event.getSelection()));
		getSite().setSelectionProvider(viewer);
		createActions();
		return area;
	}

	private void createActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		IAction pick = new Action("Trace an Element\u2026") {
			@Override
			public void run() {
				models().focusedModel().flatMap(model -> ElementPicker.pick(getSite().getShell(), model)
						.map(element -> model.ref(element))).ifPresent(ref -> show(ref, true));
			}
		};
		pick.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ELEMENT));
		followAction = new Action("Follow the Selection", IAction.AS_CHECK_BOX) {
		};
		followAction.setChecked(true);
		followAction.setToolTipText("Trace whatever is selected in other views and editors");
		followAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(history.action());
		toolbar.add(pick);
		toolbar.add(followAction);

		IAction traceThis = new Action("Trace This") {
			@Override
			public void run() {
				selectedLink().filter(link -> TraceLinks.traceable(link.element()))
						.ifPresent(link -> currentModel().ifPresent(model -> show(model.ref(link.element()), true)));
			}
		};
		IAction openSource = new Action("Open Source") {
			@Override
			public void run() {
				open(viewer.getSelection());
			}
		};
		MenuManager menu = new MenuManager();
		menu.add(traceThis);
		menu.add(openSource);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	@Override
	protected void ready() {
		render();
	}

	// ------------------------------------------------------------------ what is traced

	/** Traces the element; {@code remember} keeps the one traced before for Back. */
	public void show(ElementRef ref, boolean remember) {
		if (remember) {
			history.leaving(traced, ref);
		}
		traced = ref;
		render();
	}

	/** The element traced now, in the current model of its project. */
	public Optional<EObject> tracedElement() {
		return currentModel().flatMap(model -> traced.resolve(model));
	}

	/** The tree, for tests that read what it shows. */
	public Tree tree() {
		return viewer.getTree();
	}

	/** The heading above the tree. */
	public String headingText() {
		return heading.getText();
	}

	private Optional<PlanModel> currentModel() {
		return traced == null ? Optional.empty() : models().model(traced.project());
	}

	@Override
	protected void modelChanged(String project, PlanModel model) {
		if (traced == null || traced.project().equals(project)) {
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
		if (!ref.equals(traced)) {
			show(ref, true);
		}
	}

	private void render() {
		Optional<PlanModel> model = currentModel();
		Optional<EObject> element = model.flatMap(m -> traced.resolve(m));
		if (element.isEmpty()) {
			viewer.setInput(null);
			heading.setText(traced != null && model.isPresent() ? traced.qualifiedName() + " is no longer in the plan."
					: models().models().isEmpty() ? "No plan in the workspace yet." 
					: "Select a commitment, owner, response or indicator in the editor or another view, or pick one with the toolbar.");
			setContentDescription("");
		} else {
			EObject shown = element.get();
			heading.setText(Labels.kind(shown) + " " + ElementLabels.shorten(ElementLabels.text(shown), 200));
			setContentDescription(model.get().project() + ": " + model.get().index().qualifiedName(shown));
			List<GroupNode> groups = TraceLinks.of(model.get(), shown).stream()
					.map(g -> new GroupNode(model.get(), g)).toList();
			viewer.setInput(new TraceContentProvider.Input(groups));
			if (groups.isEmpty()) {
				heading.setText(heading.getText() + "\nNothing links to it, and it links to nothing.");
			}
		}
		heading.getParent().layout(true);
	}

	// ------------------------------------------------------------------ opening

	private Optional<Link> selectedLink() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof LinkNode node ? Optional.of(node.link()) : Optional.empty();
	}

	private void open(ISelection selection) {
		Object first = ((IStructuredSelection) selection).getFirstElement();
		if (first instanceof GroupNode) {
			viewer.setExpandedState(first, !viewer.getExpandedState(first));
			return;
		}
		if (first instanceof LinkNode node && node.link().at() != null) {
			try {
				SourceNavigator.open(getSite().getPage(), node.model(), node.link().at());
			} catch (PartInitException e) {
				heading.setText("The file cannot be opened: " + e.getMessage());
			}
		}
	}
}
