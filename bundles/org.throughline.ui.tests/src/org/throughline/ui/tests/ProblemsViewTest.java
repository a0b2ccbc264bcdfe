package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.throughline.ui.problems.ProblemsColumns;

/** The Problems view gives Throughline's messages the room they need the first time it is shown. */
class ProblemsViewTest {

	private IProject project;

	@AfterEach
	void removeProject() throws Exception {
		if (project != null) {
			project.delete(true, null);
		}
	}

	@WorkbenchTest
	void theDescriptionColumnTakesTheRoomTheOtherColumnsLeave() throws Exception {
		project = Fixtures.kentProject("problems-columns");
		Ui.waitForBuilds();
		IWorkbenchPage page = Fixtures.page();
		IViewPart shown = page.findView(IPageLayout.ID_PROBLEM_VIEW);
		if (shown != null) {
			page.hideView(shown);
		}
		// as in a workspace whose Problems view has never been shown
		InstanceScope.INSTANCE.getNode("org.throughline.ui").putBoolean(ProblemsColumns.SIZED, false);

		IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Ui.waitUntil("the Problems view's columns to be sized",
				() -> InstanceScope.INSTANCE.getNode("org.throughline.ui").getBoolean(ProblemsColumns.SIZED, false));
		Tree tree = ProblemsColumns.treeOf(problems);
		assertNotNull(tree, "the Problems view shows a tree");
		int others = 0;
		for (int i = 1; i < tree.getColumnCount(); i++) {
			others += tree.getColumn(i).getWidth();
			assertTrue(tree.getColumn(i).getWidth() > 0, tree.getColumn(i).getText() + " is hidden");
		}
		assertEquals(Math.max(320, tree.getClientArea().width - others), tree.getColumn(0).getWidth(),
				"the description takes what the other columns, fitted to their text, leave");
		Screenshots.save(problems.getSite().getShell(), "problems-view");
	}
}
