package org.throughline.trace.ui.restructure;

import org.throughline.ui.HelpContexts;
import org.throughline.views.restructure.RestructureRows;
import org.throughline.views.restructure.RestructureRow;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PartInitException;
import org.throughline.views.labels.ElementLabels;
import org.throughline.views.model.PlanModel;
import org.throughline.trace.ui.navigation.SourceNavigator;
import org.throughline.trace.ui.parts.PlanModelViewPart;

/**
 * The restructures of the plan in focus: each move from old units to new with the commitments whose owners it
 * moves and the consultation on it, moves that a later one superseded greyed; then the owners no longer in force
 * once it takes effect, with the commitments and indicators they still own. Selecting a row traces it;
 * double-clicking opens its source.
 */
public class RestructureView extends PlanModelViewPart {

	public static final String ID = "org.throughline.trace.ui.restructureView";

	private static final int[] WEIGHTS = { 30, 19, 13, 14, 12, 12 };

	private TreeViewer viewer;
	private PlanModel shown;

	@Override
	protected String helpContextId() {
		return HelpContexts.RESTRUCTURE_VIEW;
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		TreeColumnLayout layout = new TreeColumnLayout();
		area.setLayout(layout);
		viewer = new TreeViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((RestructureRow) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((RestructureRow) element).children().isEmpty();
			}
		});
		Color retired = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		for (int i = 0; i < RestructureRows.COLUMNS.size(); i++) {
			int column = i;
			TreeViewerColumn treeColumn = new TreeViewerColumn(viewer, SWT.LEFT);
			treeColumn.getColumn().setText(RestructureRows.COLUMNS.get(i));
			layout.setColumnData(treeColumn.getColumn(), new ColumnWeightData(WEIGHTS[i], 60));
			treeColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return ElementLabels.shorten(((RestructureRow) element).cell(column), 200);
				}

				@Override
				public String getToolTipText(Object element) {
					String text = ((RestructureRow) element).cell(column);
					return text.length() > 40 ? text : null;
				}

				@Override
				public Color getForeground(Object element) {
					return ((RestructureRow) element).retired() ? retired : null;
				}
			});
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setAutoExpandLevel(2);
		viewer.addDoubleClickListener(event -> openSource());
		getSite().setSelectionProvider(viewer);
		return area;
	}

	@Override
	protected void ready() {
		render();
	}

	@Override
	protected void modelChanged(String project, PlanModel model) {
		render();
	}

	@Override
	protected void focusChanged(String project) {
		render();
	}

	/** The tree, for tests that read what it shows. */
	public Tree tree() {
		return viewer.getTree();
	}

	private void render() {
		Optional<PlanModel> model = models().focusedModel();
		if (model.isPresent() && model.get() == shown) {
			return;
		}
		shown = model.orElse(null);
		if (shown == null) {
			setContentDescription("No plan in the workspace yet.");
			viewer.setInput(List.of());
			return;
		}
		List<RestructureRow> rows = RestructureRows.of(shown);
		setContentDescription(shown.project() + (rows.isEmpty() ? ": no restructure" : ""));
		viewer.setInput(rows);
	}

	private void openSource() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (first instanceof RestructureRow row && row.element() != null && shown != null) {
			try {
				SourceNavigator.open(getSite().getPage(), shown, row.element());
			} catch (PartInitException e) {
				setContentDescription("The file cannot be opened: " + e.getMessage());
			}
		}
	}
}
