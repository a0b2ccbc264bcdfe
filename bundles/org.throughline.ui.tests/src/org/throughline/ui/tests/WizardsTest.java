package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.examples.ExampleProject;
import org.throughline.projects.markers.PlanMarkers;
import org.throughline.projects.nature.PlanNature;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.welcome.WelcomeDialog;
import org.throughline.ui.wizards.BoldStepsExampleWizard;
import org.throughline.ui.wizards.NewPlanFileWizard;
import org.throughline.ui.wizards.NewPlanProjectWizard;

/** New plan projects, the Bold Steps for Kent example, and the welcome that offers it on first start. */
class WizardsTest {

	@AfterEach
	void cleanUp() throws Exception {
		Fixtures.closeEditors();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.getName().startsWith("wizard")) {
				project.delete(true, null);
			}
		}
	}

	@WorkbenchTest
	void theNewPlanProjectWizardMakesACheckedProjectWithAFirstPlan() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		NewPlanProjectWizard wizard = new NewPlanProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Fixtures.firstText(dialog.getShell()).setText("wizard Plan 2025");
		Ui.pump();
		Screenshots.save(dialog.getShell(), "new-plan-project-wizard");
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		dialog.close();

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard Plan 2025");
		assertTrue(project.hasNature(PlanNature.ID));
		IFile plan = project.getFile("plan.plan");
		String text = Fixtures.text(plan);
		assertTrue(text.startsWith("module wizardplan2025\n"), text);
		assertTrue(text.contains("\nplan Plan \"wizard Plan 2025\" {\n\tstatus scale OutcomeStatus\n}\n"), text);
		assertEquals(4, text.split("\n\tlevel ", -1).length - 1, "a four-level status scale by default: " + text);
		assertTrue(Fixtures.page().getActiveEditor() instanceof PlanEditor, "the new plan is open");
		Ui.waitForBuilds();
		assertEquals(List.of(), Fixtures.problems(plan));
	}

	@WorkbenchTest
	void theNewPlanFileWizardMakesAModuleInTheSelectedProjectAndNeverWritesOverOne() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-files");
		project.create(null);
		project.open(null);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		NewPlanFileWizard wizard = new NewPlanFileWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.pump();
		Screenshots.save(dialog.getShell(), "new-plan-file-wizard");
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		dialog.close();

		IFile plan = project.getFile("plan.plan");
		assertEquals(plan, wizard.created());
		assertEquals("module wizardfiles.plan\n", Fixtures.text(plan));
		assertTrue(project.hasNature(PlanNature.ID), "the project is made a plan project, so that the file is checked");
		assertTrue(Fixtures.page().getActiveEditor() instanceof PlanEditor, "the new file is open");
		Ui.waitForBuilds();
		assertEquals(List.of(), Fixtures.problems(plan));

		NewPlanFileWizard again = new NewPlanFileWizard();
		again.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog second = new WizardDialog(shell, again);
		second.setBlockOnOpen(false);
		second.open();
		Ui.pump();
		assertFalse(again.canFinish(), "the wizard offers to write over plan.plan");
		second.close();
	}

	@WorkbenchTest
	void theExampleWizardCreatesBoldStepsForKent() throws Exception {
		assumeFalse(ExampleProject.BOLD_STEPS_FOR_KENT.planFileNames().isEmpty(),
				"the Bold Steps for Kent example is not in this build");
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		BoldStepsExampleWizard wizard = new BoldStepsExampleWizard();
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Fixtures.firstText(dialog.getShell()).setText("wizard-kent");
		Ui.pump();
		Screenshots.save(dialog.getShell(), "example-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-kent");
		assertTrue(project.hasNature(PlanNature.ID));
		for (String file : ExampleProject.BOLD_STEPS_FOR_KENT.planFileNames()) {
			assertTrue(project.getFile(file).exists(), file);
		}
		PlanEditor editor = (PlanEditor) Fixtures.page().getActiveEditor();
		assertEquals("bold-steps.plan", editor.getEditorInput().getName());
		Fixtures.waitUntilChecked(editor);
		Ui.waitForBuilds();
		IMarker[] markers = project.findMarkers(PlanMarkers.TYPE, false, IResource.DEPTH_INFINITE);
		for (IMarker marker : markers) {
			assertNotEquals(IssueCodes.SYNTAX, marker.getAttribute(PlanMarkers.CODE, ""),
					"the example parses: " + marker.getAttribute(IMarker.MESSAGE, ""));
		}
		Screenshots.save(editor.getSite().getShell(), "example-opened");
	}

	@WorkbenchTest
	void theWelcomeOffersTheExample() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		WelcomeDialog welcome = new WelcomeDialog(shell);
		welcome.setBlockOnOpen(false);
		welcome.open();
		Ui.pump();
		Screenshots.save(welcome.getShell(), "welcome");
		// GTK puts the default button last
		assertEquals(Set.of("Open the Bold Steps for Kent example", "New empty plan project", "Not now"),
				Set.copyOf(buttons(welcome.getShell())));
		welcome.close();
	}

	private static List<String> buttons(Composite parent) {
		List<String> labels = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button) {
				labels.add(button.getText().replace("&", ""));
			} else if (child instanceof Composite composite) {
				labels.addAll(buttons(composite));
			}
		}
		return labels;
	}
}
