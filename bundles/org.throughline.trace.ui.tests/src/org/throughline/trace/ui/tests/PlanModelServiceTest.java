package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.AfterEach;
import org.throughline.model.plan.Commitment;
import org.throughline.trace.ui.dashboard.CoverageDashboardView;
import org.throughline.views.model.PlanModel;
import org.throughline.ui.tests.WorkbenchTest;

/** The workbench's plan model: the example project loaded with one index, and reloaded when a file changes. */
class PlanModelServiceTest {

	private static final String EDITED = "kent-model-edits";

	// each test that edits the example edits a fresh copy of it, however often the tests run
	@AfterEach
	void removeProject() throws Exception {
		ExampleProjects.delete(EDITED);
	}

	@WorkbenchTest
	void theExampleIsLoadedWithEveryLinkResolved() throws Exception {
		PlanModel model = ExampleProjects.kent();
		assertEquals(8, model.files().size());
		assertEquals(List.of("bold-steps.plan", "consultation-bold-steps.plan", "consultation-structure.plan",
				"indicators.plan", "inspection.plan", "organisation.plan", "restructure.plan", "sources.plan"),
				model.files().stream().map(URI::lastSegment).toList());
		assertEquals(101, model.index().commitments().size());
		Commitment s2 = (Commitment) model.element("kent.boldsteps.BoldSteps.S2").orElseThrow();
		assertEquals("kent.indicators.KccApprentices", model.index().qualifiedName(s2.getIndicators().get(0)));
		assertFalse(s2.getIndicators().get(0).eIsProxy());
	}

	@WorkbenchTest
	void savingAFileReplacesTheModelWithoutARefresh() throws Exception {
		PlanModel before = ExampleProjects.kent(EDITED);
		Commitment s2 = (Commitment) before.element("kent.boldsteps.BoldSteps.S2").orElseThrow();
		assertEquals(1, s2.getIndicators().size());

		ExampleProjects.edit(EDITED, "bold-steps.plan", text -> text.replace("\t\tmeasured by KccApprentices\n", ""));
		PlanModel after = ExampleProjects.awaitModel(EDITED);

		assertNotSame(before, after);
		assertTrue(after.generation() > before.generation());
		Commitment edited = (Commitment) after.element("kent.boldsteps.BoldSteps.S2").orElseThrow();
		assertTrue(edited.getIndicators().isEmpty(), "S2 is still measured after the indicator was removed");
		assertEquals(1, before.index().commitmentsMeasuredBy(s2.getIndicators().get(0)).size(),
				"the earlier model must not change");
	}

	@WorkbenchTest
	void aClosedProjectHasNoModel() throws Exception {
		ExampleProjects.kent(EDITED);
		ResourcesPlugin.getWorkspace().getRoot().getProject(EDITED).close(null);
		ExampleProjects.settle();
		assertTrue(ExampleProjects.models().model(EDITED).isEmpty());
		ResourcesPlugin.getWorkspace().getRoot().getProject(EDITED).open(null);
		assertEquals(101, ExampleProjects.awaitModel(EDITED).index().commitments().size());
	}

	@WorkbenchTest
	void aProjectInFocusThatIsClosedAndOpenedAgainIsShownWhenItIsPutInFocusAgain() throws Exception {
		ExampleProjects.kent();
		ExampleProjects.kent(EDITED);
		CoverageDashboardView dashboard = Ui.show(CoverageDashboardView.ID, CoverageDashboardView.class);
		ExampleProjects.models().focus(EDITED);
		ExampleProjects.settle();
		assertEquals(EDITED, dashboard.getContentDescription());
		// while it is closed the views show another project
		ResourcesPlugin.getWorkspace().getRoot().getProject(EDITED).close(null);
		ExampleProjects.settle();
		assertNotEquals(EDITED, dashboard.getContentDescription());
		ResourcesPlugin.getWorkspace().getRoot().getProject(EDITED).open(null);
		ExampleProjects.awaitModel(EDITED);
		// picking something of it again (here, as a selection does) shows it again
		ExampleProjects.models().focus(EDITED);
		ExampleProjects.settle();
		assertEquals(EDITED, dashboard.getContentDescription());
	}
}
