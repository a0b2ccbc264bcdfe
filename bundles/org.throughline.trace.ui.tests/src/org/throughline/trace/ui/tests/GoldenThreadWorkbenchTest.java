package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.throughline.trace.ui.dashboard.CoverageDashboardView;
import org.throughline.trace.ui.matrix.MatrixEditor;
import org.throughline.trace.ui.matrix.MatrixEditorInput;
import org.throughline.trace.ui.tree.TraceView;
import org.throughline.ui.tests.WorkbenchTest;
import org.throughline.views.matrix.MatrixContent.RowLine;
import org.throughline.views.model.PlanModel;

/**
 * The monitoring walkthrough's golden thread in the workbench: the Trace view follows a commitment down to the
 * action that delivers it, the matrix shows each commitment's status and rating for the quarter reported now, and
 * the Coverage dashboard shows delivery by directorate.
 */
class GoldenThreadWorkbenchTest {

	private static final String PROJECT = "golden-thread";

	private PlanModel model;

	@BeforeEach
	void importTheWalkthrough() throws Exception {
		model = ExampleProjects.inFocus(PROJECT, "monitoring-walkthrough");
	}

	@AfterEach
	void removeIt() throws Exception {
		Ui.page().closeAllEditors(false);
		ExampleProjects.delete(PROJECT);
	}

	@WorkbenchTest
	void theTraceViewFollowsACommitmentDownToItsAction() throws Exception {
		TraceView view = Ui.show(TraceView.ID, TraceView.class);
		view.show(model.ref(model.element("walkthrough.plan.Walkthrough.D4").orElseThrow()), false);
		Ui.dispatch();
		TreeItem delivered = Ui.item(view.tree().getItems(), "\u2190 Delivered by actions (1)");
		Ui.expand(delivered);
		TreeItem action = delivered.getItems()[0];
		assertTrue(action.getText().startsWith("StabilityReview"), action.getText());
		Ui.expand(action);
		assertEquals(List.of("owned by FosteringTeam \u2013 Fostering service",
				"2011/12 Q4: Some risk to delivery. Illustrative: reviews on time since January."),
				Ui.texts(action.getItems()));
		Ui.screenshot("golden-thread-trace", view);
	}

	@WorkbenchTest
	void theMatrixHasStatusAndRatingColumns() throws Exception {
		Ui.page().openEditor(new MatrixEditorInput(PROJECT), MatrixEditor.ID);
		MatrixEditor matrix = (MatrixEditor) Ui.page().getActiveEditor();
		Ui.dispatch();
		List<String> headers = matrix.content().columns().stream().map(c -> c.header()).toList();
		int status = headers.indexOf("status");
		int rating = headers.indexOf("rating");
		assertTrue(status > 0 && rating > 0, headers.toString());
		assertEquals(List.of("On track", "Some risk to delivery", "Off track"), matrix.content().lines().stream()
				.map(line -> matrix.content().columns().get(status).cell().apply(((RowLine) line).row())).toList());
		assertEquals(List.of("green", "amber", "red"), matrix.content().lines().stream()
				.map(line -> matrix.content().columns().get(rating).cell().apply(((RowLine) line).row())).toList());
		Ui.screenshot("golden-thread-matrix", matrix);
	}

	@WorkbenchTest
	void theDashboardShowsDeliveryByDirectorate() throws Exception {
		CoverageDashboardView view = Ui.show(CoverageDashboardView.ID, CoverageDashboardView.class);
		ExampleProjects.settle();
		Table delivery = view.figureTables().stream()
				.filter(t -> t.getItemCount() > 0 && t.getColumn(0).getText().equals("Directorate")
						&& t.getColumnCount() == 6 && t.getColumn(2).getText().equals("Green"))
				.findFirst().orElseThrow(() -> new AssertionError("no delivery table"));
		TableItem fhsc = null;
		for (TableItem item : delivery.getItems()) {
			if (item.getText(0).equals("Families, Health and Social Care")) {
				fhsc = item;
			}
		}
		assertTrue(fhsc != null, "no row for Families, Health and Social Care");
		assertEquals(List.of("1", "0", "1", "0", "0"),
				List.of(fhsc.getText(1), fhsc.getText(2), fhsc.getText(3), fhsc.getText(4), fhsc.getText(5)));
		// the delivery table stands below the coverage tables: scrolled to, as a person would
		Table shown = delivery;
		Ui.screenshot("golden-thread-dashboard", view, () -> {
			if (shown.getParent().getParent() instanceof ScrolledComposite scroller) {
				scroller.setOrigin(0, Math.max(0, shown.getLocation().y - 40));
				Ui.dispatch();
			}
		});
	}
}
