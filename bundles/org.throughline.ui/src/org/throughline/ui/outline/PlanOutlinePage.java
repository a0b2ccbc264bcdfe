package org.throughline.ui.outline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.reconciling.PlanEditorModel;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * The outline of a plan file: plans with their aims, themes, chapters and commitments, organisations as a tree.
 * Linked with the editor both ways; a filter shows only commitments with gaps (no owner, no measure) and what
 * contains them. Only what changed is redrawn, so a long plan stays quick to edit.
 */
public class PlanOutlinePage extends ContentOutlinePage {

	private final PlanEditor editor;
	private List<OutlineNode> roots = List.of();
	private Map<String, OutlineNode> byKey = Map.of();
	private boolean linked = true;
	private boolean gapsOnly;
	private boolean syncing;
	/** The document's modification stamp for the text of the snapshot shown. */
	private long shownStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	private final ISelectionChangedListener caretMoved = this::caretMoved;
	private final ViewerFilter gapFilter = new ViewerFilter() {
		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			return ((OutlineNode) element).hasGaps();
		}
	};

	public PlanOutlinePage(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setComparer(new IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a instanceof OutlineNode x && b instanceof OutlineNode y ? x.key().equals(y.key()) : Objects.equals(a, b);
			}

			@Override
			public int hashCode(Object element) {
				return element instanceof OutlineNode node ? node.key().hashCode() : Objects.hashCode(element);
			}
		});
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((OutlineNode) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new OutlineLabels()));
		viewer.setInput(roots);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(caretMoved);
		}
		PlanEditorModel model = editor.model();
		if (model != null && model.latest() != null) {
			show(model.latest());
		}
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		IToolBarManager toolbar = actionBars.getToolBarManager();
		Action gaps = new Action("Show only gaps", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setGapsOnly(isChecked());
			}
		};
		gaps.setToolTipText("Show only commitments with no owner or no measure, and what contains them");
		// the platform's own pictures, so the toolbar reads as every other view's does
		gaps.setImageDescriptor(shared(ISharedImages.IMG_OBJS_WARN_TSK));
		toolbar.add(gaps);
		Action link = new Action("Link with Editor", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				linked = isChecked();
			}
		};
		link.setChecked(true);
		link.setToolTipText("Link with Editor: select the element at the caret");
		link.setImageDescriptor(shared(ISharedImages.IMG_ELCL_SYNCED));
		toolbar.add(link);
		Action collapse = new Action("Collapse All") {
			@Override
			public void run() {
				getTreeViewer().collapseAll();
			}
		};
		collapse.setToolTipText("Collapse All");
		collapse.setImageDescriptor(shared(ISharedImages.IMG_ELCL_COLLAPSEALL));
		toolbar.add(collapse);
	}

	private static ImageDescriptor shared(String image) {
		return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image);
	}

	/** Shows only commitments with gaps, and what contains them; or everything again. */
	public void setGapsOnly(boolean only) {
		gapsOnly = only;
		TreeViewer viewer = getTreeViewer();
		if (viewer == null) {
			return;
		}
		if (only) {
			viewer.addFilter(gapFilter);
			viewer.expandAll();
		} else {
			viewer.removeFilter(gapFilter);
		}
	}

	public boolean isGapsOnly() {
		return gapsOnly;
	}

	/** Shows a snapshot's outline; call on the UI thread. Only the rows that changed are touched. */
	public void show(PlanSnapshot snapshot) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		shownStamp = snapshot.stamp();
		List<OutlineNode> newRoots = snapshot.outline();
		Map<String, OutlineNode> newByKey = new HashMap<>();
		index(newRoots, newByKey);
		boolean first = roots.isEmpty();
		List<OutlineNode> oldRoots = roots;
		roots = newRoots;
		byKey = newByKey;
		if (first || !keys(oldRoots).equals(keys(newRoots))) {
			Object[] expanded = viewer.getExpandedElements();
			viewer.setInput(newRoots);
			viewer.setExpandedElements(first ? smallRoots(newRoots) : expanded);
		} else if (gapsOnly) {
			// the filter decides anew which rows to show; rows it hides cost nothing
			viewer.setInput(newRoots);
			viewer.expandAll();
		} else {
			for (int i = 0; i < newRoots.size(); i++) {
				update(viewer, oldRoots.get(i), newRoots.get(i));
			}
		}
		// the caret may have moved, or the text under it changed, while this was being checked
		selectAtCaret();
	}

	/** Roots to open at first: those of a size a person would scroll through. */
	private static Object[] smallRoots(List<OutlineNode> roots) {
		return roots.stream().filter(root -> root.children().size() <= 500).toArray();
	}

	/**
	 * Brings the rows of one element from {@code before} to {@code after}: rows removed and inserted one by one, labels
	 * updated, so that a plan of thousands of commitments is never redrawn as a whole while it is typed in.
	 */
	private static void update(TreeViewer viewer, OutlineNode before, OutlineNode after) {
		boolean sameChildren = sameKeys(before.children(), after.children());
		if (!sameChildren || !before.labelText().equals(after.labelText())) {
			// gives the row the new node, so that its children are asked of the new node from now on
			viewer.update(after, null);
		}
		if (sameChildren) {
			for (int i = 0; i < after.children().size(); i++) {
				update(viewer, before.children().get(i), after.children().get(i));
			}
			return;
		}
		List<String> oldKeys = keys(before.children());
		List<String> newKeys = keys(after.children());
		Set<String> kept = new HashSet<>(newKeys);
		List<OutlineNode> removed = before.children().stream().filter(n -> !kept.contains(n.key())).toList();
		if (!removed.isEmpty()) {
			viewer.remove(removed.toArray());
		}
		Set<String> had = new HashSet<>(oldKeys);
		List<String> stayed = oldKeys.stream().filter(kept::contains).toList();
		if (!stayed.equals(newKeys.stream().filter(had::contains).toList())) {
			// elements moved among their siblings: show the element afresh
			viewer.refresh(after, true);
			return;
		}
		Map<String, OutlineNode> oldByKey = new HashMap<>();
		before.children().forEach(n -> oldByKey.put(n.key(), n));
		for (int i = 0; i < newKeys.size(); i++) {
			OutlineNode child = after.children().get(i);
			OutlineNode old = oldByKey.get(child.key());
			if (old == null) {
				viewer.insert(after, child, i);
			} else {
				update(viewer, old, child);
			}
		}
	}

	private static void index(List<OutlineNode> nodes, Map<String, OutlineNode> byKey) {
		for (OutlineNode node : nodes) {
			byKey.put(node.key(), node);
			index(node.children(), byKey);
		}
	}

	private static boolean sameKeys(List<OutlineNode> before, List<OutlineNode> after) {
		if (before.size() != after.size()) {
			return false;
		}
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).key().equals(after.get(i).key())) {
				return false;
			}
		}
		return true;
	}

	private static List<String> keys(List<OutlineNode> nodes) {
		return nodes.stream().map(OutlineNode::key).toList();
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (syncing || !linked || !(event.getSelection() instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof OutlineNode chosen)) {
			return;
		}
		OutlineNode node = byKey.getOrDefault(chosen.key(), chosen);
		syncing = true;
		try {
			editor.selectAndReveal(node.nameOffset(), node.nameLength());
		} finally {
			syncing = false;
		}
	}

	private void caretMoved(SelectionChangedEvent event) {
		selectAtCaret();
	}

	/**
	 * Selects the row of the element at the editor's caret, when the outline shows the check of the editor's text
	 * as it is: the places of an older check are not those of the text typed since (the next check selects then).
	 */
	private void selectAtCaret() {
		TreeViewer viewer = getTreeViewer();
		if (syncing || !linked || viewer == null || viewer.getControl().isDisposed()
				|| PlanEditorModel.stamp(editor.document()) != shownStamp
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection text)) {
			return;
		}
		OutlineNode innermost = innermostAt(roots, text.getOffset());
		if (innermost == null) {
			return;
		}
		syncing = true;
		try {
			viewer.setSelection(new StructuredSelection(innermost), true);
		} finally {
			syncing = false;
		}
	}

	private static OutlineNode innermostAt(List<OutlineNode> nodes, int offset) {
		for (OutlineNode node : nodes) {
			if (node.contains(offset)) {
				OutlineNode inner = innermostAt(node.children(), offset);
				return inner != null ? inner : node;
			}
		}
		return null;
	}

	/** The tree, for tests and views that follow the outline. */
	public TreeViewer viewer() {
		return getTreeViewer();
	}

	/** The nodes shown at the top level, for tests. */
	public List<OutlineNode> roots() {
		return roots;
	}

	@Override
	public void dispose() {
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(caretMoved);
		}
		super.dispose();
	}
}
