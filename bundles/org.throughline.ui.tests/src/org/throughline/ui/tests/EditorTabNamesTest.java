package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.throughline.ui.editor.PlanEditor;

/**
 * Two versions of a plan open side by side, in two projects, show files of the same name: each tab names its
 * project too, until only one is left open.
 */
class EditorTabNamesTest {

	private IProject first;
	private IProject second;

	@AfterEach
	void remove() throws Exception {
		Fixtures.closeEditors();
		for (IProject project : new IProject[] { first, second }) {
			if (project != null) {
				project.delete(true, null);
			}
		}
	}

	@WorkbenchTest
	void twoOpenFilesOfOneNameEachNameTheirProject() throws Exception {
		first = Fixtures.kentProject("tabs-proposed");
		second = Fixtures.kentProject("tabs-amended");
		PlanEditor one = Fixtures.open(first.getFile("bold-steps.plan"));
		Ui.waitUntil("the only bold-steps.plan to be named by its file", () -> one.getPartName().equals("bold-steps.plan"));
		PlanEditor two = Fixtures.open(second.getFile("bold-steps.plan"));
		Ui.waitUntil("both tabs to name their projects",
				() -> one.getPartName().equals("bold-steps.plan (tabs-proposed)")
						&& two.getPartName().equals("bold-steps.plan (tabs-amended)"),
				() -> one.getPartName() + " and " + two.getPartName());
		Screenshots.save(Fixtures.page().getWorkbenchWindow().getShell(), "editor-tabs-name-their-project");
		Fixtures.open(first.getFile("organisation.plan"));
		Fixtures.page().closeEditor(two, false);
		Ui.waitUntil("the tab left to be named by its file again", () -> one.getPartName().equals("bold-steps.plan"),
				one::getPartName);
		assertEquals("organisation.plan", Fixtures.page().getActiveEditor().getTitle());
	}
}
