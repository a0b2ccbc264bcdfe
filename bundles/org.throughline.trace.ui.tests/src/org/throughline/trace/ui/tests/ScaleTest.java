package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.throughline.bench.SyntheticWorkspace;
import org.throughline.model.plan.ConsultationTheme;
import org.throughline.model.plan.Owner;
import org.throughline.trace.ui.dashboard.CoverageDashboardView;
import org.throughline.views.graph.LaidOutGraph;
import org.throughline.views.graph.Neighbourhood;
import org.throughline.trace.ui.graph.TraceGraphView;
import org.throughline.views.matrix.MatrixAxis;
import org.throughline.trace.ui.matrix.MatrixEditor;
import org.throughline.trace.ui.matrix.MatrixEditorInput;
import org.throughline.views.matrix.MatrixGrouping;
import org.throughline.views.matrix.MatrixLayout;
import org.throughline.views.matrix.RowFilter;
import org.throughline.trace.coverage.Grouping;
import org.throughline.trace.coverage.PlanSummary;
import org.throughline.views.model.Analyses;
import org.throughline.views.model.PlanModel;
import org.throughline.trace.ui.tree.TraceView;
import org.throughline.ui.tests.WorkbenchTest;

/**
 * The views at thousands of commitments: a synthetic workspace of 3000 commitments, 300 units, 1500 indicators and
 * 6000 responses. Every change of the matrix's view, and every graph, shows what it should at that size; graphs
 * stay small however many elements a node links to. The times are printed for the build log, not bounded: a test
 * that a loaded machine could fail would fail a correct build (the benchmark measures speed).
 */
class ScaleTest {

	private static final String PROJECT = "synthetic-3000";
	private static final int COMMITMENTS = 3000;

	private static PlanModel model;

	@BeforeAll
	static void writeTheWorkspace() throws Exception {
		ExampleProjects.models();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		project.create(null);
		project.open(null);
		SyntheticWorkspace.write(COMMITMENTS, 2026, project.getLocation().toPath());
		long start = System.nanoTime();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		model = ExampleProjects.awaitModel(PROJECT);
		System.out.println("scale: the plan model of " + COMMITMENTS + " commitments loaded in " + millis(start) + " ms");
		ExampleProjects.models().focus(PROJECT);
	}

	/** Each test opens the matrix afresh, with no filter, sort or grouping left from another. */
	@AfterEach
	void closeTheMatrix() {
		Ui.page().closeAllEditors(false);
	}

	@AfterAll
	static void removeTheWorkspace() throws Exception {
		Ui.page().closeAllEditors(false);
		ExampleProjects.models().focus(ExampleProjects.KENT);
		ExampleProjects.delete(PROJECT);
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long timed(String what, Runnable action) {
		long start = System.nanoTime();
		action.run();
		Ui.dispatch();
		long took = millis(start);
		System.out.println("scale: " + what + " took " + took + " ms");
		return took;
	}

	@WorkbenchTest
	void theMatrixFiltersSortsAndGroupsThousandsOfRows() throws Exception {
		assertEquals(COMMITMENTS, model.index().commitments().size());
		Ui.page().openEditor(new MatrixEditorInput(PROJECT), MatrixEditor.ID);
		MatrixEditor matrix = (MatrixEditor) Ui.page().getActiveEditor();
		assertEquals(COMMITMENTS, matrix.content().lines().size());

		int gaps = Analyses.matrix(model).gapsOnly().rows().size();
		timed("filtering to the gaps", () -> matrix.showRows(RowFilter.ANY_GAP));
		assertEquals(gaps, matrix.content().lines().size());
		assertEquals(gaps + 1, matrix.table().getPreferredRowCount());
		timed("sorting by title", () -> matrix.sortBy(new MatrixLayout.Sort(1, true)));
		timed("grouping by directorate", () -> matrix.groupBy(MatrixGrouping.DIRECTORATE));
		timed("switching to the unit columns", () -> matrix.showAxis(MatrixAxis.UNITS));
		timed("switching to the 6000 response columns", () -> matrix.showAxis(MatrixAxis.RESPONSES));
		assertEquals(2 + 2 * COMMITMENTS, matrix.content().columns().size());
		int[] colours = new int[1];
		timed("painting the matrix", () -> colours[0] = Ui.paintedColours(matrix.table()));
		assertTrue(colours[0] > 2, "the matrix paints its cells: " + colours[0] + " colours");
		Ui.screenshot("scale-matrix", matrix);
	}

	@WorkbenchTest
	void theGraphOfAThemeWithThousandsOfResponsesStaysSmall() throws Exception {
		ConsultationTheme theme = model.index().consultations().get(0).getThemes().get(0);
		int responses = model.index().responsesUnder(theme).size();
		assertTrue(responses >= 1000, responses + " responses");
		TraceGraphView view = Ui.show(TraceGraphView.ID, TraceGraphView.class);
		timed("drawing the graph of a theme of " + responses + " responses",
				() -> view.show(model.ref(theme), false));
		LaidOutGraph graph = view.graph().orElseThrow();
		assertEquals(1 + Neighbourhood.MOST_PER_RELATION + 1, graph.graph().nodes().size());
		assertTrue(graph.graph().nodes().stream().anyMatch(n -> n.element() == null
				&& n.text().startsWith((responses - Neighbourhood.MOST_PER_RELATION) + " more")), "the rest are not counted");

		TraceView trace = Ui.show(TraceView.ID, TraceView.class);
		timed("tracing the same theme in the trace view", () -> trace.show(model.ref(theme), false));
		assertEquals(responses, Ui.item(trace.tree().getItems(), "\u2190 Responses").getItemCount());
	}

	@WorkbenchTest
	void theGraphOfTheBusiestOwnerShowsItsCommitments() throws Exception {
		Owner busiest = model.index().owners().stream()
				.max(Comparator.comparingInt(o -> model.index().ownershipsOf(o).size())).orElseThrow();
		int owned = model.index().ownershipsOf(busiest).size();
		TraceGraphView view = Ui.show(TraceGraphView.ID, TraceGraphView.class);
		timed("drawing the graph of an owner of " + owned + " commitments",
				() -> view.show(model.ref(busiest), false));
		assertTrue(view.graph().orElseThrow().graph().nodes().size() > Math.min(owned, Neighbourhood.MOST_PER_RELATION));
	}

	@WorkbenchTest
	void theDashboardSummarisesEveryPlan() throws Exception {
		CoverageDashboardView view = Ui.show(CoverageDashboardView.ID, CoverageDashboardView.class);
		ExampleProjects.settle();
		ExampleProjects.models().focus(PROJECT);
		ExampleProjects.settle();
		assertEquals(PROJECT, view.getContentDescription());
		// each plan's overall table, its directorates' and one for each grouping it has, then each restructure's
		int tables = Analyses.restructures(model).size();
		for (PlanSummary summary : Analyses.summaries(model)) {
			tables += 1 + (summary.byDirectorate().isEmpty() ? 0 : 1);
			for (Grouping grouping : Grouping.values()) {
				tables += summary.byGroup(grouping).isEmpty() ? 0 : 1;
			}
		}
		assertEquals(tables, view.figureTables().size());
	}
}
