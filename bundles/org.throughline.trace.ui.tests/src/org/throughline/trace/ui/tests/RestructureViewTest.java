package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.throughline.trace.restructure.RestructureImpact;
import org.throughline.views.model.Analyses;
import org.throughline.views.model.PlanModel;
import org.throughline.trace.ui.restructure.RestructureView;
import org.throughline.ui.tests.WorkbenchTest;

/** The restructure view on the Bold Steps example: old units to new, what each move affects, who ends. */
class RestructureViewTest {

	private static final String EDITED = "kent-restructure-edits";

	// each test that edits the example edits a fresh copy of it, however often the tests run
	@AfterEach
	void removeProject() throws Exception {
		ExampleProjects.models().focus(ExampleProjects.KENT);
		ExampleProjects.delete(EDITED);
	}

	// The focus follows the user's selections, which activating a view can replay: put it in place afterwards.
	private static RestructureView show(String project) throws Exception {
		RestructureView view = Ui.show(RestructureView.ID, RestructureView.class);
		ExampleProjects.settle();
		ExampleProjects.models().focus(project);
		ExampleProjects.settle();
		return view;
	}

	private static List<String> cells(TreeItem item) {
		List<String> cells = new ArrayList<>();
		for (int column = 0; column < item.getParent().getColumnCount(); column++) {
			cells.add(item.getText(column));
		}
		return cells;
	}

	@WorkbenchTest
	void eachMoveGoesFromOldUnitsToNew() throws Exception {
		ExampleProjects.kent();
		RestructureView view = show(ExampleProjects.KENT);
		TreeItem change = Ui.item(view.tree().getItems(), "Change to keep succeeding");
		assertEquals(List.of("Change to keep succeeding", "effective 2011-04-04", "45 moves, 6 superseded", "",
				"0 commitments affected", ""), cells(change));
		TreeItem split = Ui.item(change.getItems(), "CfeSplit");
		assertEquals(List.of("split", "CFE", "ELS, FHSC"), cells(split).subList(1, 4));
		TreeItem superseded = Ui.item(change.getItems(), "TransitionDirectorPost");
		assertEquals("create (superseded by TransitionDirectorDowngraded)", superseded.getText(1));
		Ui.screenshot("restructure-view", view);
	}

	@WorkbenchTest
	void theOwnersNoLongerInForceAreListed() throws Exception {
		PlanModel model = ExampleProjects.kent();
		RestructureView view = show(ExampleProjects.KENT);
		RestructureImpact impact = Analyses.restructures(model).get(0);
		TreeItem ended = Ui.item(Ui.item(view.tree().getItems(), "Change to keep succeeding").getItems(),
				"No longer in force");
		Ui.expand(ended);
		assertEquals(impact.endedOwners().size(), ended.getItemCount());
		assertEquals(impact.endedOwners().size() + " owners", ended.getText(1));
		List<String> names = Arrays.stream(ended.getItems()).map(i -> i.getText(0).split(" ")[0]).toList();
		for (String directorate : List.of("CFE", "KASS", "Communities", "EHW", "CED")) {
			assertTrue(names.contains(directorate), directorate + " is not listed as ended: " + names);
		}
		TreeItem cfe = Ui.item(ended.getItems(), "CFE ");
		assertEquals("directorate, until 2011-04-03", cfe.getText(1));
	}

	@WorkbenchTest
	void aMoveListsTheCommitmentsItAffects() throws Exception {
		ExampleProjects.kent(EDITED);
		ExampleProjects.edit(EDITED, "bold-steps.plan", text -> text.replace("\t\tmeasured by KccApprentices\n",
				"\t\tmeasured by KccApprentices\n\t\towner lead CFE\n"));
		ExampleProjects.awaitModel(EDITED);
		RestructureView view = show(EDITED);
		assertTrue(view.getContentDescription().startsWith(EDITED), view.getContentDescription());

		TreeItem change = Ui.item(view.tree().getItems(), "Change to keep succeeding");
		assertEquals("1 commitment affected", change.getText(4));
		TreeItem split = Ui.item(change.getItems(), "CfeSplit");
		assertEquals("1 commitment", split.getText(4));
		Ui.expand(split);
		assertEquals(List.of("S2 \u2013 Employ at least another 350 apprentices through the Kent Success Apprenticeship "
				+ "scheme", "commitment", "lead: CFE"), cells(split.getItems()[0]).subList(0, 3));
		TreeItem ended = Ui.item(change.getItems(), "No longer in force");
		Ui.expand(ended);
		TreeItem cfe = Ui.item(ended.getItems(), "CFE ");
		assertEquals("1 still owned", cfe.getText(4));
		assertEquals("1 still owns something", ended.getText(4));
		Ui.screenshot("restructure-view-affected", view);
	}
}
