package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.trace.ui.dashboard.CoverageDashboardView;
import org.throughline.trace.ui.tree.TraceView;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.outline.PlanOutlinePage;
import org.throughline.ui.tests.Fixtures;
import org.throughline.ui.tests.WorkbenchTest;
import org.throughline.views.model.PlanModel;

/**
 * The Riverside example (illustrative), a plan without directorates, in the workbench: its file opens with no
 * finding and its Outline lists the areas, an area traces to its commitments, and the Coverage dashboard counts by
 * area, lead and accountable owner.
 */
class CouncilPlanWorkbenchTest {

	private static final String PROJECT = "riverside";

	private PlanModel model;

	@BeforeEach
	void importTheExample() throws Exception {
		model = ExampleProjects.inFocus(PROJECT, "riverside-council-plan");
	}

	@AfterEach
	void removeIt() throws Exception {
		Ui.page().closeAllEditors(false);
		ExampleProjects.delete(PROJECT);
	}

	@WorkbenchTest
	void thePlanOpensWithNoFindingAndItsOutlineListsTheAreas() throws Exception {
		IFile plan = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile("plan.plan");
		PlanEditor editor = Fixtures.open(plan);
		Fixtures.waitUntilChecked(editor);
		assertEquals(List.of(), Fixtures.problems(plan));
		PlanOutlinePage outline = (PlanOutlinePage) editor
				.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
		Ui.waitUntil("the outline to show the plan", () -> outline.viewer().getInput() instanceof List<?> roots
				&& !roots.isEmpty());
		List<String> underThePlan = ((OutlineNode) ((List<?>) outline.viewer().getInput()).get(0)).children().stream()
				.map(node -> node.kind() + " " + node.name()).toList();
		assertTrue(underThePlan.containsAll(List.of("aim Homes", "aim Economy", "area Eastwick", "area Saltings",
				"commitment A2_1")), underThePlan.toString());
	}

	@WorkbenchTest
	void anAreaIsTracedToItsCommitments() throws Exception {
		TraceView view = Ui.show(TraceView.ID, TraceView.class);
		view.show(model.ref(model.element("riverside.plan.CouncilPlan.Eastwick").orElseThrow()), false);
		Ui.dispatch();
		assertTrue(view.headingText().startsWith("area Eastwick"), view.headingText());
		Ui.item(view.tree().getItems(), "\u2190 Commitments for it (2)");
		Ui.screenshot("trace-view-area", view);
	}

	@WorkbenchTest
	void theDashboardCountsByAreaLeadAndAccountableOwner() throws Exception {
		// as a user would: the project picked in the Project Explorer (whose selection, sent again whenever its projects
		// change, puts its project in focus), then the dashboard, which shows the project in focus
		CommonNavigator explorer = Ui.show(IPageLayout.ID_PROJECT_EXPLORER, CommonNavigator.class);
		Ui.page().activate(explorer);
		explorer.selectReveal(new StructuredSelection(ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT)));
		CoverageDashboardView view = Ui.show(CoverageDashboardView.ID, CoverageDashboardView.class);
		ExampleProjects.models().focus(PROJECT);
		ExampleProjects.settle();
		Ui.waitUntil("the dashboard to show " + PROJECT, () -> PROJECT.equals(view.getContentDescription()),
				view::getContentDescription);
		List<String> firstColumns = view.figureTables().stream().map(t -> t.getColumn(0).getText()).toList();
		assertTrue(firstColumns.containsAll(List.of("Aim", "Area", "Lead", "Accountable")), firstColumns.toString());
		assertTrue(!firstColumns.contains("Directorate"), firstColumns.toString());
		Table areas = view.figureTables().stream().filter(t -> t.getColumn(0).getText().equals("Area")).findFirst()
				.orElseThrow();
		TableItem eastwick = null;
		for (TableItem item : areas.getItems()) {
			if (item.getText(0).equals("Eastwick")) {
				eastwick = item;
			}
		}
		assertTrue(eastwick != null, "no row for Eastwick");
		assertEquals("2", eastwick.getText(1));
		Table shown = areas;
		Ui.screenshot("coverage-dashboard-by-area", view, () -> {
			if (shown.getParent().getParent() instanceof ScrolledComposite scroller) {
				scroller.setOrigin(0, Math.max(0, shown.getLocation().y - 40));
				Ui.dispatch();
			}
		});
	}
}
