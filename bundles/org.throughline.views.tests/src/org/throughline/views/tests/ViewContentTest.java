package org.throughline.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.examples.ExampleProject;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Commitment;
import org.throughline.trace.holes.Hole;
import org.throughline.trace.tests.fixtures.PlanFixtures;
import org.throughline.views.dashboard.CoverageFigures;
import org.throughline.views.dashboard.FigureTable;
import org.throughline.views.graph.GraphLayout;
import org.throughline.views.graph.LaidOutGraph;
import org.throughline.views.graph.LaidOutGraph.Box;
import org.throughline.views.graph.Neighbourhood;
import org.throughline.views.graph.TextMeasure;
import org.throughline.views.matrix.MatrixAxis;
import org.throughline.views.matrix.MatrixGrouping;
import org.throughline.views.matrix.MatrixLayout;
import org.throughline.views.matrix.RowFilter;
import org.throughline.views.model.PlanModel;
import org.throughline.views.restructure.RestructureRow;
import org.throughline.views.restructure.RestructureRows;

/**
 * What the views show of the Bold Steps example, worked out without a display: the graph around a commitment and
 * its layout, the matrix's rows, the dashboard's figures and the restructure's rows. The workbench views draw these.
 */
class ViewContentTest {

	@TempDir
	static Path temp;

	private static PlanModel model;

	/** Text as wide as seven pixels a character, lines of 16 and 12 pixels: a stand-in for a font. */
	private static final TextMeasure FIXED = new TextMeasure() {
		@Override
		public int width(String text, boolean caption) {
			return text.length() * (caption ? 6 : 7);
		}

		@Override
		public int lineHeight() {
			return 16;
		}

		@Override
		public int captionHeight() {
			return 12;
		}

		@Override
		public int fontPixels() {
			return 12;
		}

		@Override
		public int captionPixels() {
			return 10;
		}
	};

	@BeforeAll
	static void copyTheExample() throws Exception {
		Path plans = temp.resolve("bold-steps");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(plans);
		model = PlanModel.copyOf("bold-steps-for-kent", 1,
				PlanFixtures.injector().getInstance(PlanWorkspace.class).load(plans));
	}

	@Test
	void theGraphOfS2ShowsItsIndicatorAndLaysOutWithoutOverlaps() {
		EObject s2 = model.element("kent.boldsteps.BoldSteps.S2").orElseThrow();
		Neighbourhood graph = Neighbourhood.of(model, s2);
		assertEquals(s2, graph.centre().element());
		EObject apprentices = model.element("kent.indicators.KccApprentices").orElseThrow();
		assertTrue(graph.nodes().stream().anyMatch(node -> node.element() == apprentices), "S2's indicator is drawn");
		LaidOutGraph laidOut = GraphLayout.layout(graph, FIXED);
		assertEquals(graph.nodes().size(), laidOut.boxes().size());
		List<Box> boxes = new ArrayList<>(laidOut.boxes().values());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				assertFalse(overlap(boxes.get(i), boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
			}
		}
	}

	@Test
	void theMatrixHasARowPerCommitmentAndItsGapFiltersKeepTheRowsWithHoles() {
		var columns = MatrixLayout.columns(model, MatrixAxis.TRACE);
		assertEquals(101, MatrixLayout.layout(model, columns, RowFilter.ALL, MatrixGrouping.NONE,
				MatrixLayout.Sort.NONE).lines().size());
		RowFilter noMeasure = RowFilter.all().stream().filter(f -> f.hole() == Hole.NO_MEASURE).findFirst().orElseThrow();
		// three commitments of the example are measured by an indicator
		assertEquals(98, MatrixLayout.layout(model, columns, noMeasure, MatrixGrouping.NONE, MatrixLayout.Sort.NONE)
				.lines().size());
	}

	@Test
	void eachDashboardFigureListsTheElementsItCounts() {
		List<FigureTable> tables = CoverageFigures.of(model);
		FigureTable overall = tables.get(0);
		FigureTable.Row measured = overall.rows().stream().filter(row -> row.label().equals("Measured")).findFirst()
				.orElseThrow();
		assertEquals("3", measured.figures().get(0).text());
		assertEquals(3, measured.figures().get(0).elements().size());
		assertTrue(measured.figures().get(0).elements().stream().allMatch(Commitment.class::isInstance));
	}

	@Test
	void theRestructureRowsSayWhatEachMoveDoes() {
		List<RestructureRow> rows = RestructureRows.of(model).stream().flatMap(ViewContentTest::all).toList();
		RestructureRow split = rows.stream().filter(row -> row.cell(0).startsWith("CfeSplit")).findFirst().orElseThrow();
		assertEquals("split", split.cell(1));
		assertEquals("CFE", split.cell(2));
		// the example names no owner of any commitment, so no commitment is affected by the move
		assertEquals("", split.cell(4));
		assertEquals("CfeSplit", Labels.name(split.element()));
		assertTrue(split.children().stream().noneMatch(child -> "commitment".equals(child.cell(1))));
	}

	private static Stream<RestructureRow> all(RestructureRow row) {
		return Stream.concat(Stream.of(row), row.children().stream().flatMap(ViewContentTest::all));
	}

	private static boolean overlap(Box a, Box b) {
		return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
				&& b.y() < a.y() + a.height();
	}
}
