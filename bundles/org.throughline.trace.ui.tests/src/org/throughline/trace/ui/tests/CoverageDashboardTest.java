package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeEach;
import org.throughline.trace.coverage.Coverage;
import org.throughline.trace.ui.dashboard.CoverageDashboardView;
import org.throughline.trace.coverage.DirectorateCoverage;
import org.throughline.views.dashboard.CoverageFigures;
import org.throughline.views.dashboard.Figure;
import org.throughline.views.dashboard.FigureTable;
import org.throughline.views.model.PlanModel;
import org.throughline.trace.ui.tree.TraceView;
import org.throughline.ui.tests.WorkbenchTest;

/** The coverage dashboard on the Bold Steps example: the numbers of the stats command, and what lies behind them. */
class CoverageDashboardTest {

	private static final Pattern PLAN_LINE = Pattern.compile("(.+?)\\s+(\\d+)(?:\\s+(\\d+%))?");
	private static final Pattern DIRECTORATE_LINE = Pattern.compile(
			"(.+?)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+%)\\s+(\\d+%)\\s+(\\d+%)\\s+(\\d+%)\\s+(\\d+%)\\s+(\\d+%)");

	private PlanModel model;
	private CoverageDashboardView view;

	@BeforeEach
	void showTheDashboard() throws Exception {
		model = ExampleProjects.kent();
		view = Ui.show(CoverageDashboardView.ID, CoverageDashboardView.class);
		ExampleProjects.settle();
		ExampleProjects.models().focus(ExampleProjects.KENT);
		ExampleProjects.settle();
	}

	@WorkbenchTest
	void theDashboardShowsTheNumbersOfTheStatsCommand() throws Exception {
		CommandLineRun stats = CommandLineRun.on(ExampleProjects.KENT, "stats");
		assertEquals(0, stats.code(), stats.err());
		List<String> lines = stats.lines();
		int directorates = lines.indexOf("By directorate: the commitments it owns, and those unowned whose aim it delivers");
		assertTrue(directorates > 0, stats.out());

		List<List<String>> printedOverall = new ArrayList<>();
		for (String line : lines.subList(3, directorates - 1)) {
			Matcher m = PLAN_LINE.matcher(line.strip());
			assertTrue(m.matches(), line);
			printedOverall.add(m.group(3) == null ? List.of(m.group(1), m.group(2), "") : List.of(m.group(1), m.group(2), m.group(3)));
		}
		List<List<String>> printedDirectorates = new ArrayList<>();
		// the directorates' rows end at the key to their headings; the consultations follow
		int key = lines.indexOf(lines.stream().filter(l -> l.startsWith("All: commitments counted.")).findFirst()
				.orElseThrow());
		for (String line : lines.subList(directorates + 2, key)) {
			Matcher m = DIRECTORATE_LINE.matcher(line);
			assertTrue(m.matches(), line);
			List<String> row = new ArrayList<>();
			for (int group = 1; group <= m.groupCount(); group++) {
				row.add(m.group(group));
			}
			printedDirectorates.add(row);
		}

		List<Table> tables = view.figureTables();
		assertEquals(printedOverall, rows(tables.get(0)));
		assertEquals(printedDirectorates, rows(tables.get(1)));
		assertEquals(List.of("Measured", "3", "3%"), rows(tables.get(0)).get(3));
		Ui.screenshot("coverage-dashboard", view);
	}

	private static List<List<String>> rows(Table table) {
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> row = new ArrayList<>();
			for (int column = 0; column < table.getColumnCount(); column++) {
				row.add(item.getText(column).strip());
			}
			rows.add(row);
		}
		return rows;
	}

	@WorkbenchTest
	void everyFigureListsAsManyElementsAsItCounts() throws Exception {
		List<FigureTable> tables = CoverageFigures.of(model);
		assertEquals(List.of(DirectorateCoverage.TABLE_TITLE, "By aim", "Restructure: Change to keep succeeding"),
				tables.subList(1, 4).stream().map(FigureTable::title).toList(),
				"the plan, its directorates, its aims (it names no owner) and the two restructures");
		assertEquals(5, tables.size());
		int commitments = model.index().commitments().size();
		for (FigureTable.Row row : tables.get(0).rows()) {
			Figure count = row.figures().get(0);
			Figure share = row.figures().get(1);
			assertEquals(Integer.parseInt(count.text()), count.elements().size(), row.label());
			if (!share.text().isEmpty()) {
				assertEquals(count.elements(), share.elements(), row.label());
				assertEquals(Coverage.percent(share.elements().size(), commitments) + "%", share.text(), row.label());
			}
		}
		for (FigureTable.Row row : tables.get(1).rows()) {
			int counted = Integer.parseInt(row.figures().get(0).text());
			for (Figure figure : row.figures().subList(0, 3)) {
				assertEquals(Integer.parseInt(figure.text()), figure.elements().size(), figure.caption());
			}
			for (Figure figure : row.figures().subList(3, row.figures().size())) {
				assertEquals(Coverage.percent(figure.elements().size(), counted) + "%", figure.text(), figure.caption());
			}
		}
		for (FigureTable table : tables.subList(2, tables.size())) {
			for (FigureTable.Row row : table.rows()) {
				Figure count = row.figures().get(0);
				assertEquals(Integer.parseInt(count.text()), count.elements().size(), count.caption());
			}
		}
		FigureTable restructure = tables.stream().filter(t -> t.title().contains("Change to keep succeeding"))
				.findFirst().orElseThrow();
		assertEquals("45", restructure.row("Moves").figures().get(0).text());
		// six moves of the restructure name a move that superseded them
		assertEquals("6", restructure.row("  superseded by a later move").figures().get(0).text());
	}

	@WorkbenchTest
	void clickingAFigureListsTheCommitmentsBehindIt() throws Exception {
		Table overall = view.figureTables().get(0);
		TableItem byIndicator = null;
		for (TableItem item : overall.getItems()) {
			if (item.getText(0).equals("  by an indicator")) {
				byIndicator = item;
			}
		}
		Rectangle cell = byIndicator.getBounds(1);
		Event click = new Event();
		click.x = cell.x + cell.width / 2;
		click.y = cell.y + cell.height / 2;
		click.button = 1;
		overall.notifyListeners(SWT.MouseUp, click);
		Ui.dispatch();

		List<String> listed = new ArrayList<>();
		for (TableItem item : view.elementList().getItems()) {
			listed.add(item.getText(0));
		}
		assertEquals(List.of("B3", "S2", "C3_1"), listed);
		assertTrue(view.listCaption().startsWith("by an indicator"), view.listCaption());
		Ui.screenshot("coverage-dashboard-listing", view);
	}

	@WorkbenchTest
	void selectingAListedCommitmentTracesIt() throws Exception {
		TraceView trace = Ui.show(TraceView.ID, TraceView.class);
		view = Ui.show(CoverageDashboardView.ID, CoverageDashboardView.class);
		ExampleProjects.models().focus(ExampleProjects.KENT);
		ExampleProjects.settle();
		FigureTable overall = CoverageFigures.of(model).get(0);
		view.list(overall.row("Consulted on").figures().get(0));
		Table list = view.elementList();
		// the commitments the POSC comments concern: C3_5, C1_7, C5_3, R3 and C5_11, C2_6
		assertEquals(6, list.getItemCount());
		list.setSelection(1);
		list.notifyListeners(SWT.Selection, new Event());
		String name = list.getItem(1).getText(0);
		Ui.waitUntil("the trace view traces " + name, () -> trace.headingText().startsWith("commitment " + name + " "));
		assertEquals(model.element("kent.boldsteps.BoldSteps." + name).orElseThrow(), trace.tracedElement().orElseThrow());
	}
}
