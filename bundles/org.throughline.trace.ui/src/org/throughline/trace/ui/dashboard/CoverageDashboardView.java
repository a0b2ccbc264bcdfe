package org.throughline.trace.ui.dashboard;

import org.throughline.ui.HelpContexts;
import org.throughline.views.dashboard.FigureTable;
import org.throughline.views.dashboard.Figure;
import org.throughline.views.dashboard.CoverageFigures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.throughline.model.labels.Labels;
import org.throughline.views.labels.ElementLabels;
import org.throughline.views.model.PlanModel;
import org.throughline.trace.ui.navigation.SourceNavigator;
import org.throughline.trace.ui.parts.PlanModelViewPart;

/**
 * The coverage dashboard of the plan in focus: for each plan, the share of its commitments that are owned,
 * measured, consulted on and answered, overall and by directorate, with the numbers of the {@code stats}
 * command; and what each restructure moves and ends. Clicking a number lists the elements behind it below;
 * selecting one there traces it, double-clicking opens its source.
 */
public class CoverageDashboardView extends PlanModelViewPart {

	public static final String ID = "org.throughline.trace.ui.dashboardView";

	/** Narrower than this, the figures and the list of elements share the width badly: stack them. */
	private static final int SIDE_BY_SIDE_WIDTH = 900;

	private ScrolledComposite scroller;
	private Composite figuresArea;
	private Label caption;
	private TableViewer elements;
	private final List<Table> tables = new ArrayList<>();
	private PlanModel shown;

	@Override
	protected String helpContextId() {
		return HelpContexts.COVERAGE_VIEW;
	}

	@Override
	protected Control createContents(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		figuresArea = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(0, 3).applyTo(figuresArea);
		scroller.setContent(figuresArea);

		Composite listArea = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 4).spacing(0, 3).applyTo(listArea);
		caption = new Label(listArea, SWT.WRAP);
		caption.setText("Click a number to list the elements behind it.");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(caption);
		Composite tableArea = new Composite(listArea, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		elements = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		elements.getTable().setHeaderVisible(true);
		elements.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "Name", 1, e -> Labels.name(e));
		column(columns, "Title", 6, e -> ElementLabels.shorten(ElementLabels.title(e), 200));
		column(columns, "Kind", 1, Labels::kind);
		elements.addDoubleClickListener(event -> openSource());
		getSite().setSelectionProvider(elements);
		sash.setWeights(72, 28);
		// side by side when the view is wide and low; one above the other otherwise
		sash.addListener(SWT.Resize, event -> {
			Point size = sash.getSize();
			int orientation = size.x > Math.max(SIDE_BY_SIDE_WIDTH, size.y * 2) ? SWT.HORIZONTAL : SWT.VERTICAL;
			if (sash.getOrientation() != orientation) {
				sash.setOrientation(orientation);
			}
		});
		return sash;
	}

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<EObject, String> text) {
		TableViewerColumn column = new TableViewerColumn(elements, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((EObject) element);
			}
		});
	}

	@Override
	protected void ready() {
		render();
	}

	@Override
	protected void modelChanged(String project, PlanModel model) {
		if (shown == null || shown.project().equals(project) || model == null) {
			render();
		}
	}

	@Override
	protected void focusChanged(String project) {
		render();
	}

	/** The figure tables as shown, one SWT table per {@link FigureTable} in order, for tests that read them. */
	public List<Table> figureTables() {
		return List.copyOf(tables);
	}

	/** The elements listed below the figures. */
	public Table elementList() {
		return elements.getTable();
	}

	/** The caption above the list: which figure it lists. */
	public String listCaption() {
		return caption.getText();
	}

	/** Lists the elements behind a figure, as clicking it does. */
	public void list(Figure figure) {
		int count = figure.elements().size();
		caption.setText(figure.caption() + " \u2014 " + count + (count == 1 ? " element" : " elements"));
		elements.setInput(figure.elements());
		caption.getParent().layout(true);
	}

	private void render() {
		Optional<PlanModel> model = models().focusedModel();
		if (model.isPresent() && model.get() == shown) {
			return;
		}
		shown = model.orElse(null);
		for (Control child : figuresArea.getChildren()) {
			child.dispose();
		}
		tables.clear();
		if (shown == null) {
			setContentDescription("No plan in the workspace yet.");
		} else {
			setContentDescription(shown.project());
			List<FigureTable> figureTables = CoverageFigures.of(shown);
			if (figureTables.isEmpty()) {
				new Label(figuresArea, SWT.NONE).setText("The project holds no plan and no restructure.");
			}
			for (FigureTable table : figureTables) {
				addTable(table);
			}
		}
		elements.setInput(List.of());
		caption.setText("Click a number to list the elements behind it.");
		figuresArea.layout(true, true);
		scroller.setMinSize(figuresArea.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private void addTable(FigureTable figures) {
		Label title = new Label(figuresArea, SWT.WRAP);
		title.setText(figures.title());
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).indent(0, tables.isEmpty() ? 0 : 10).applyTo(title);

		Table table = new Table(figuresArea, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.NO_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < figures.headers().size(); i++) {
			new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT).setText(figures.headers().get(i));
		}
		Color link = JFaceColors.getHyperlinkText(table.getDisplay());
		for (FigureTable.Row row : figures.rows()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(0, row.label());
			item.setData(row);
			for (int i = 0; i < row.figures().size(); i++) {
				Figure figure = row.figures().get(i);
				item.setText(i + 1, figure.text());
				if (!figure.elements().isEmpty()) {
					item.setForeground(i + 1, link);
				}
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(column.getWidth() + 12);
		}
		table.addListener(SWT.MouseUp, event -> figureAt(table, event).ifPresent(this::list));
		// a row is not something to select here: its numbers are what the user clicks
		table.addListener(SWT.Selection, event -> table.deselectAll());
		table.addListener(SWT.MouseMove, event -> table.setCursor(figureAt(table, event)
				.filter(f -> !f.elements().isEmpty()).isPresent() ? table.getDisplay().getSystemCursor(SWT.CURSOR_HAND)
						: null));
		Point size = table.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		GridDataFactory.swtDefaults().hint(size.x, table.getHeaderHeight() + table.getItemCount() * table.getItemHeight()
				+ table.getBorderWidth() * 2 + 2).applyTo(table);
		tables.add(table);
		if (!figures.note().isEmpty()) {
			Label note = new Label(figuresArea, SWT.WRAP);
			note.setText(figures.note());
			GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(note);
		}
	}

	private static Optional<Figure> figureAt(Table table, Event event) {
		TableItem item = table.getItem(new Point(event.x, event.y));
		if (item == null || !(item.getData() instanceof FigureTable.Row row)) {
			return Optional.empty();
		}
		for (int column = 1; column < table.getColumnCount(); column++) {
			if (item.getBounds(column).contains(event.x, event.y) && column - 1 < row.figures().size()) {
				Figure figure = row.figures().get(column - 1);
				return figure.elements().isEmpty() ? Optional.empty() : Optional.of(figure);
			}
		}
		return Optional.empty();
	}

	private void openSource() {
		Object first = ((IStructuredSelection) elements.getSelection()).getFirstElement();
		if (first instanceof EObject element && shown != null) {
			try {
				SourceNavigator.open(getSite().getPage(), shown, element);
			} catch (PartInitException e) {
				caption.setText("The file cannot be opened: " + e.getMessage());
			}
		}
	}
}
