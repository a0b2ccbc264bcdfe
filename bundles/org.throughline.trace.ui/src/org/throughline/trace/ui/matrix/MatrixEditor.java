package org.throughline.trace.ui.matrix;

import org.throughline.ui.HelpContexts;
import org.throughline.views.matrix.MatrixAxis;
import org.throughline.views.matrix.RowFilter;
import org.throughline.views.matrix.MatrixGrouping;
import org.throughline.views.matrix.MatrixLayout;
import org.throughline.views.matrix.MatrixColumnSpec;
import org.throughline.views.matrix.MatrixContent;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.SpanningDataLayer;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.throughline.model.plan.Commitment;
import org.throughline.trace.matrix.MatrixCsv;
import org.throughline.trace.matrix.MatrixXlsx;
import org.throughline.trace.matrix.TraceMatrix;
import org.throughline.trace.ui.TraceUiPlugin;
import org.throughline.views.matrix.MatrixContent.GroupLine;
import org.throughline.views.matrix.MatrixContent.Line;
import org.throughline.views.matrix.MatrixContent.RowLine;
import org.throughline.views.model.PlanModel;
import org.throughline.views.model.PlanModelListener;
import org.throughline.trace.ui.model.PlanModelService;
import org.throughline.trace.ui.navigation.SourceNavigator;
import org.throughline.trace.ui.parts.ModelListenerOnDisplay;
import org.throughline.cli.CommandFailure;
import org.throughline.cli.output.SafeOutput;
import org.throughline.trace.ui.export.ExportDialog;

/**
 * The traceability matrix of one project's plan: commitments in rows against the exported trace columns, the
 * organisation units, the indicators or the consultation responses. Rows can be filtered to the gaps, grouped by
 * aim, theme or directorate, and sorted by clicking a column heading; the matrix follows every change of the
 * plan's files. Export writes the rows shown, in the order shown, with the trace bundle's CSV writer: with all
 * rows and no sort it is the command line's {@code export --format csv}, with the gaps its {@code --gaps-only}.
 * NatTable paints only the rows in view, so thousands of rows scroll smoothly.
 */
public class MatrixEditor extends EditorPart {

	public static final String ID = "org.throughline.trace.ui.matrixEditor";

	private static final String GROUP_LABEL = "MATRIX_GROUP";
	private static final String LINKED_LABEL = "MATRIX_LINKED";

	private final PlanModelService models = TraceUiPlugin.planModels();
	private PlanModelListener listener;
	private String project;

	private MatrixAxis axis = MatrixAxis.TRACE;
	private RowFilter filter = RowFilter.ALL;
	private MatrixGrouping grouping = MatrixGrouping.NONE;
	private MatrixLayout.Sort sort = MatrixLayout.Sort.NONE;
	private PlanModel model;
	private MatrixAxis columnsAxis;
	private List<MatrixColumnSpec> columns = List.of();

	private final MatrixBody body = new MatrixBody();
	private static final List<RowFilter> FILTERS = RowFilter.all();

	private Label summary;
	private Combo axisCombo;
	private Combo filterCombo;
	private Combo groupingCombo;
	private NatTable table;
	private DataLayer bodyLayer;
	private SelectionLayer selectionLayer;
	private MatrixSortModel sortModel;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof MatrixEditorInput matrixInput)) {
			throw new PartInitException("The matrix opens on a project's plan, not on " + input.getName());
		}
		setSite(site);
		setInput(input);
		project = matrixInput.project();
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(area, HelpContexts.MATRIX_EDITOR);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(area);
		createToolbar(area);
		createTable(area);
		listener = new ModelListenerOnDisplay(area, (changed, newModel) -> {
			if (changed.equals(project)) {
				relayout();
			}
		});
		models.addListener(listener);
		relayout();
	}

	private void createToolbar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.center = true;
		layout.wrap = true;
		layout.marginLeft = 6;
		layout.spacing = 6;
		bar.setLayout(layout);
		axisCombo = combo(bar, "Columns:");
		for (MatrixAxis each : MatrixAxis.values()) {
			axisCombo.add(each.label());
		}
		axisCombo.addListener(SWT.Selection, e -> showAxis(MatrixAxis.values()[axisCombo.getSelectionIndex()]));
		filterCombo = combo(bar, "Rows:");
		FILTERS.forEach(f -> filterCombo.add(f.label()));
		filterCombo.addListener(SWT.Selection, e -> showRows(FILTERS.get(filterCombo.getSelectionIndex())));
		groupingCombo = combo(bar, "Group by:");
		for (MatrixGrouping each : MatrixGrouping.values()) {
			groupingCombo.add(each.label());
		}
		groupingCombo.addListener(SWT.Selection,
				e -> groupBy(MatrixGrouping.values()[groupingCombo.getSelectionIndex()]));
		Button export = new Button(bar, SWT.PUSH);
		export.setText("Export CSV\u2026");
		export.setToolTipText("Write the rows shown, in the order shown, with the columns of the command line's export");
		export.addListener(SWT.Selection, e -> exportWithDialog());
		Button excel = new Button(bar, SWT.PUSH);
		excel.setText("Export Excel\u2026");
		excel.setToolTipText("Write the rows shown as an Excel workbook, with the same columns as the CSV");
		excel.addListener(SWT.Selection, e -> ExportDialog.run(getSite(), "Export the Traceability Matrix to Excel",
				"xlsx", project + (filter.gaps() ? "-gaps" : "") + ".xlsx", project, this::exportXlsx));
		summary = new Label(bar, SWT.NONE);
	}

	private static Combo combo(Composite bar, String label) {
		new Label(bar, SWT.NONE).setText(label);
		Combo combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setVisibleItemCount(12);
		return combo;
	}

	// The tool bar says what is shown, however it was chosen.
	private void showChoices() {
		axisCombo.select(axis.ordinal());
		filterCombo.select(FILTERS.indexOf(filter));
		groupingCombo.select(grouping.ordinal());
	}

	private void createTable(Composite parent) {
		CollectionFactories.initialise();
		bodyLayer = new SpanningDataLayer(body, 120, 22);
		bodyLayer.setConfigLabelAccumulator((labels, column, row) -> {
			if (row < body.getRowCount()) {
				Line line = body.getRowObject(row);
				if (line instanceof GroupLine) {
					labels.add(GROUP_LABEL);
				} else if (column < columns.size() && columns.get(column).target() != null
						&& !body.getDataValue(column, row).toString().isEmpty()) {
					labels.add(LINKED_LABEL);
				}
			}
		});
		selectionLayer = new SelectionLayer(bodyLayer);
		ViewportLayer viewport = new ViewportLayer(selectionLayer);

		IDataProvider headers = new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				return column < columns.size() ? columns.get(column).header() : "";
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				throw new UnsupportedOperationException();
			}

			@Override
			public int getColumnCount() {
				return body.getColumnCount();
			}

			@Override
			public int getRowCount() {
				return 1;
			}
		};
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DataLayer(headers, 120, 24), viewport, selectionLayer);
		sortModel = new MatrixSortModel(this::sortBy);
		SortHeaderLayer<Line> sortHeader = new SortHeaderLayer<>(columnHeader, sortModel, false);

		IDataProvider rowNames = new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				return body.getRowObject(row) instanceof RowLine line ? line.row().commitment().getName() : "";
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				throw new UnsupportedOperationException();
			}

			@Override
			public int getColumnCount() {
				return 1;
			}

			@Override
			public int getRowCount() {
				return body.getRowCount();
			}
		};
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DataLayer(rowNames, 70, 22), viewport, selectionLayer);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headers, rowNames)), rowHeader,
				sortHeader);
		GridLayer grid = new GridLayer(viewport, sortHeader, rowHeader, corner);

		table = new NatTable(parent, grid, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				Style body = new Style();
				body.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, body, DisplayMode.NORMAL,
						GridRegion.BODY);
				Style group = new Style();
				group.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getBannerFont());
				group.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				group.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, new Color(228, 232, 238));
				group.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, new Color(20, 30, 50));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, group, DisplayMode.NORMAL, GROUP_LABEL);
				// a pale blue marks the cells where a commitment meets the column's unit, indicator or response
				Style linked = new Style();
				linked.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
				linked.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, new Color(226, 238, 252));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, linked, DisplayMode.NORMAL,
						LINKED_LABEL);
			}
		});
		table.configure();
		table.getUiBindingRegistry().registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE),
				(natTable, event) -> openSourceAt(natTable.getRowPositionByY(event.y)));
		new NatTableContentTooltip(table, GridRegion.BODY, GridRegion.COLUMN_HEADER) {
			@Override
			protected String getText(Event event) {
				int column = table.getColumnIndexByPosition(table.getColumnPositionByX(event.x));
				int row = table.getRowPositionByY(event.y);
				if (row == 0 && column >= 0 && column < columns.size()) {
					return columns.get(column).tooltip();
				}
				return super.getText(event);
			}
		};
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		getSite().setSelectionProvider(new RowSelectionProvider<>(selectionLayer, body, false));
	}

	// ------------------------------------------------------------------ what is shown

	/** Shows another set of columns; the sort is cleared, as its column may be gone. */
	public void showAxis(MatrixAxis shown) {
		axis = shown;
		sort = MatrixLayout.Sort.NONE;
		sortModel.reset();
		relayout();
	}

	public void showRows(RowFilter shown) {
		filter = shown;
		relayout();
	}

	public void groupBy(MatrixGrouping shown) {
		grouping = shown;
		relayout();
	}

	/** Sorts by a column, as clicking its heading does; a negative column restores document order. */
	public void sortBy(MatrixLayout.Sort shown) {
		sort = shown;
		relayout();
	}

	/** What the matrix shows now. */
	public MatrixContent content() {
		return body.content();
	}

	/** The NatTable, for tests that read what it paints. */
	public NatTable table() {
		return table;
	}

	/** The line above the matrix that counts its rows. */
	public String summaryText() {
		return summary.getText();
	}

	private void relayout() {
		Optional<PlanModel> current = models.model(project);
		if (current.isEmpty()) {
			body.show(new MatrixContent(List.of(), List.of(), 0, 0));
			summary.setText("The project " + project + " holds no plan.");
		} else {
			if (current.get() != model || columnsAxis != axis) {
				boolean newColumns = columnsAxis != axis;
				model = current.get();
				columns = MatrixLayout.columns(model, axis);
				columnsAxis = axis;
				if (newColumns) {
					setColumnWidths();
				}
			}
			MatrixContent content = MatrixLayout.layout(model, columns, filter, grouping, sort);
			body.show(content);
			int shown = content.commitments().size();
			summary.setText(shown + " of " + content.total() + " commitments shown; " + content.withGaps()
					+ " with gaps");
		}
		selectionLayer.clear(false);
		table.refresh();
		showChoices();
		summary.getParent().layout(true);
		summary.getParent().getParent().layout(true);
	}

	private void setColumnWidths() {
		for (int i = 0; i < columns.size(); i++) {
			MatrixColumnSpec column = columns.get(i);
			int width = column.target() != null ? 90 : switch (column.header()) {
				case "commitment" -> 240;
				case "title" -> 360;
				case "plan" -> 160;
				case "kind" -> 70;
				case "holes" -> 200;
				default -> 150;
			};
			bodyLayer.setColumnWidthByPosition(i, width, false);
		}
	}

	private void openSourceAt(int rowPosition) {
		int row = table.getRowIndexByPosition(rowPosition);
		if (row < 0 || row >= body.getRowCount() || model == null) {
			return;
		}
		if (body.getRowObject(row) instanceof RowLine line) {
			try {
				SourceNavigator.open(getSite().getPage(), model, line.row().commitment());
			} catch (PartInitException e) {
				MessageDialog.openError(getSite().getShell(), "Open Source", e.getMessage());
			}
		}
	}

	// ------------------------------------------------------------------ export

	private void exportWithDialog() {
		ExportDialog.run(getSite(), "Export the Traceability Matrix", "csv",
				project + (filter.gaps() ? "-gaps" : "") + ".csv", project, this::exportCsv);
	}

	/**
	 * Writes the commitments shown, each once and in the order shown, as the command line's export writes them
	 * and to a file written as its outputs are: whole or not at all.
	 *
	 * @return how many commitments it wrote, in words
	 */
	public String exportCsv(Path file) throws CommandFailure {
		return export(file, (rows, out) -> {
			BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			MatrixCsv.write(rows, writer);
			writer.flush();
		});
	}

	/** Writes the commitments shown as {@link #exportCsv} does, as an Excel workbook with the same columns. */
	public String exportXlsx(Path file) throws CommandFailure {
		return export(file, MatrixXlsx::write);
	}

	private interface MatrixWriter {
		void write(TraceMatrix rows, OutputStream out) throws IOException;
	}

	private String export(Path file, MatrixWriter format) throws CommandFailure {
		if (model == null) {
			throw new CommandFailure("the project " + project + " holds no plan");
		}
		List<Commitment> shown = new ArrayList<>(content().commitments());
		TraceMatrix rows = TraceMatrix.of(model.index(), shown);
		SafeOutput.writeFile(file, out -> format.write(rows, out));
		return shown.size() == 1 ? "1 commitment" : shown.size() + " commitments";
	}

	// ------------------------------------------------------------------ editor

	@Override
	public void dispose() {
		if (listener != null) {
			models.removeListener(listener);
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save: the matrix is read from the .plan files
	}

	@Override
	public void doSaveAs() {
		exportWithDialog();
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
