package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.throughline.trace.ui.dashboard.CoverageDashboardView;
import org.throughline.trace.ui.graph.TraceGraphView;
import org.throughline.trace.ui.matrix.MatrixEditor;
import org.throughline.trace.ui.restructure.RestructureView;
import org.throughline.trace.ui.tree.TraceView;
import org.throughline.ui.PlanningPerspective;
import org.throughline.ui.tests.WorkbenchTest;

/** Every traceability view is in the Throughline perspective and opens from the Throughline menu. */
class WorkbenchIntegrationTest {

	private static final List<String> VIEWS = List.of(TraceView.ID, TraceGraphView.ID, CoverageDashboardView.ID,
			RestructureView.ID);

	@WorkbenchTest
	void theThroughlinePerspectiveHoldsEveryView() throws Exception {
		IWorkbenchPage page = Ui.page();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(PlanningPerspective.ID));
		page.resetPerspective();
		Ui.dispatch();
		for (String view : VIEWS) {
			assertNotNull(page.findViewReference(view), view + " is not in the Throughline perspective");
		}
		assertTrue(List.of(page.getShowViewShortcuts()).containsAll(VIEWS));
		Ui.screenshot("perspective");
	}

	@WorkbenchTest
	void theThroughlineMenuOpensEveryViewAndTheMatrix() throws Exception {
		ExampleProjects.kent();
		ExampleProjects.models().focus(ExampleProjects.KENT);
		Menu menu = throughlineMenu();
		List<String> labels = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			labels.add(item.getText().replace("&", ""));
		}
		List<String> opening = List.of("Traceability Matrix", "Trace", "Trace Graph", "Coverage Dashboard", "Restructure");
		assertEquals(opening, labels.subList(0, opening.size()));
		assertTrue(labels.contains("Compare With Plan Version..."), labels.toString());

		Ui.page().closeAllEditors(false);
		for (String view : VIEWS) {
			Ui.page().hideView(Ui.page().findViewReference(view));
		}
		for (MenuItem item : throughlineMenu().getItems()) {
			if (opening.contains(item.getText().replace("&", ""))) {
				item.notifyListeners(SWT.Selection, new Event());
				Ui.dispatch();
			}
		}
		for (String view : VIEWS) {
			assertNotNull(Ui.page().findView(view), view + " did not open from the menu");
		}
		assertTrue(Ui.page().getActiveEditor() instanceof MatrixEditor, "the matrix did not open from the menu");
	}

	private static Menu throughlineMenu() {
		for (MenuItem item : Ui.window().getShell().getMenuBar().getItems()) {
			if (item.getText().replace("&", "").equals("Throughline")) {
				Menu menu = item.getMenu();
				// the workbench fills a menu when it is about to be shown
				menu.notifyListeners(SWT.Show, new Event());
				Ui.dispatch();
				return menu;
			}
		}
		throw new AssertionError("no Throughline menu in the menu bar");
	}
}
