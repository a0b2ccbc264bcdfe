package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.outline.PlanOutlinePage;

/** The Outline view shows the plan's structure, follows the caret, and filters for gaps. */
class OutlineTest {

	private static int projects;
	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Fixtures.kentProject("outline" + ++projects);
		Fixtures.page().showView(IPageLayout.ID_OUTLINE);
	}

	@AfterEach
	void closeEditors() throws Exception {
		Fixtures.closeEditors();
		project.delete(true, null);
	}

	private static List<String> rows(Tree tree) {
		List<String> rows = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			rows(item, "", rows);
		}
		return rows;
	}

	private static void rows(TreeItem item, String indent, List<String> rows) {
		rows.add(indent + item.getText());
		if (item.getExpanded()) {
			for (TreeItem child : item.getItems()) {
				rows(child, indent + "  ", rows);
			}
		}
	}

	@WorkbenchTest
	void theOutlineShowsThePlanAndFiltersItsGaps() throws Exception {
		PlanEditor editor = Fixtures.open(project.getFile("bold-steps.plan"));
		PlanOutlinePage outline = (PlanOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Ui.waitUntil("the outline", () -> outline.getControl() != null && !outline.roots().isEmpty());
		TreeViewer viewer = outline.viewer();
		viewer.expandAll();
		Ui.pump();
		assertEquals(List.of(
				"plan BoldSteps \u2013 Bold Steps for Kent: The Medium Term Plan to 2014/15",
				"  aim Economy \u2013 To help the Kent economy to grow",
				"  aim Citizen \u2013 To put the citizen in control",
				"  aim Disadvantage \u2013 To tackle disadvantage",
				"  theme Residents \u2013 Bold Steps for Residents",
				"  theme EmploymentSkills \u2013 Bold Steps for Employment and Skills",
				"  chapter Ch4 \u2013 Putting the citizen in control",
				"    section Gateway \u2013 Always through the right door",
				"  commitment R2 \u2013 Establish a 'right to bid' process  no owner, no measure",
				"  commitment R5 \u2013 Expand the 'Gateway' programme",
				"  commitment S2 \u2013 Create apprenticeships",
				"  commitment V1 \u2013 Recruit and keep qualified social workers"), rows(viewer.getTree()));

		// linked with the editor: the caret selects the commitment it is in, a click selects the name
		Fixtures.caretAfter(editor, "We will create apprenticeships");
		Ui.waitUntil("the outline to select the commitment at the caret",
				() -> viewer.getSelection() instanceof IStructuredSelection selection
						&& selection.getFirstElement() instanceof OutlineNode node && "S2".equals(node.name()),
				() -> "the outline selects " + viewer.getSelection());
		OutlineNode v1 = outline.roots().get(0).children().get(9);
		viewer.setSelection(new StructuredSelection(v1), true);
		Ui.pump();
		assertEquals("V1", ((ITextSelection) editor.getSelectionProvider().getSelection()).getText());

		outline.setGapsOnly(true);
		Ui.pump();
		assertEquals(List.of(
				"plan BoldSteps \u2013 Bold Steps for Kent: The Medium Term Plan to 2014/15",
				"  commitment R2 \u2013 Establish a 'right to bid' process  no owner, no measure"), rows(viewer.getTree()));
		Screenshots.save(editor.getSite().getShell(), "outline-gaps");

		// typing an owner into R2 closes one gap; the outline follows
		Fixtures.caretAfter(editor, "process for individuals, community groups and staff.\"");
		Ui.type(editor.viewer().getTextWidget(), "\nowner lead Gmd");
		Ui.waitUntil("the outline to show R2's remaining gap", () -> rows(viewer.getTree()).contains(
				"  commitment R2 \u2013 Establish a 'right to bid' process  no measure"));
		outline.setGapsOnly(false);
		Ui.pump();
		assertTrue(rows(viewer.getTree()).size() > 2);
	}

	@WorkbenchTest
	void theOutlinesToolbarShowsPicturesWithTheirNamesAsTooltips() throws Exception {
		PlanEditor editor = Fixtures.open(project.getFile("bold-steps.plan"));
		PlanOutlinePage outline = (PlanOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Ui.waitUntil("the outline", () -> outline.getControl() != null && !outline.roots().isEmpty());
		List<String> buttons = new ArrayList<>();
		for (IContributionItem item : outline.getSite().getActionBars().getToolBarManager().getItems()) {
			if (item instanceof ActionContributionItem button) {
				IAction action = button.getAction();
				assertNotNull(action.getImageDescriptor(), action.getText() + " is shown as text, not as a picture");
				buttons.add(action.getToolTipText());
			}
		}
		assertEquals(3, buttons.size(), buttons.toString());
		assertEquals(Set.of("Show only commitments with no owner or no measure, and what contains them",
				"Link with Editor: select the element at the caret", "Collapse All"), Set.copyOf(buttons));
	}
}
