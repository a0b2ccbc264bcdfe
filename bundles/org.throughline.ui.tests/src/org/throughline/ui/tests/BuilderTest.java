package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.throughline.dsl.settings.ProjectSettings;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.projects.builder.PlanBuilder;
import org.throughline.projects.markers.PlanMarkers;
import org.throughline.projects.nature.PlanNature;
import org.throughline.ui.editor.PlanEditor;

/** The plan builder checks every file of a plan project when one changes, so a rename in one file shows in the others. */
class BuilderTest {

	private static int projects;
	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Fixtures.kentProject("builder" + ++projects);
	}

	@AfterEach
	void closeEditors() throws Exception {
		Fixtures.closeEditors();
		project.delete(true, null);
	}

	private static void write(IFile file, String text) throws Exception {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.KEEP_HISTORY, null);
	}

	private static boolean mentions(List<String> problems, String name) {
		return problems.stream().anyMatch(p -> p.startsWith(Diagnostic.LINKING_DIAGNOSTIC) && p.contains(name));
	}

	@WorkbenchTest
	void aPlanProjectHasTheNatureAndTheBuilder() throws Exception {
		assertTrue(project.hasNature(PlanNature.ID));
		assertTrue(List.of(project.getDescription().getBuildSpec()).stream().map(ICommand::getBuilderName)
				.anyMatch(PlanBuilder.ID::equals));
	}

	@WorkbenchTest
	void renamingAUnitInOneFileMarksTheReferencesInTheOthers() throws Exception {
		IFile organisation = project.getFile("organisation.plan");
		String before = Fixtures.text(organisation);
		write(organisation, before.replace("unit Enterprise ", "unit Growth "));
		Ui.waitForBuilds();
		assertTrue(mentions(Fixtures.problems(project.getFile("bold-steps.plan")), "Enterprise"),
				Fixtures.problems(project.getFile("bold-steps.plan")).toString());
		assertTrue(mentions(Fixtures.problems(project.getFile("indicators.plan")), "Enterprise"));
		assertEquals(List.of(), Fixtures.errors(project.getFile("consultation.plan")));

		write(organisation, before);
		Ui.waitForBuilds();
		assertEquals(List.of(), Fixtures.errors(project.getFile("bold-steps.plan")));
		assertEquals(List.of(), Fixtures.errors(project.getFile("indicators.plan")));
	}

	@WorkbenchTest
	void anOpenEditorFollowsASavedChangeInAnotherFile() throws Exception {
		PlanEditor editor = Fixtures.open(project.getFile("bold-steps.plan"));
		PlanEditor organisation = Fixtures.open(project.getFile("organisation.plan"));
		int at = Fixtures.offsetOf(organisation, "unit FHSC ") + "unit ".length();
		organisation.document().replace(at, "FHSC".length(), "FamiliesHealth");
		Ui.waitUntil("the unsaved rename to show in the other editor", () -> {
			try {
				return mentions(Fixtures.problems(project.getFile("bold-steps.plan")), "FHSC");
			} catch (Exception e) {
				// read while the builder replaces the markers: asked again until the wait ends
				return false;
			}
		});
		// closing without saving puts the file on disk back in charge
		Fixtures.page().closeEditor(organisation, false);
		Ui.waitForBuilds();
		Ui.waitUntil("the markers to go once the unsaved rename is thrown away", () -> {
			try {
				return Fixtures.errors(project.getFile("bold-steps.plan")).isEmpty();
			} catch (Exception e) {
				// read while the builder replaces the markers: asked again until the wait ends
				return false;
			}
		});
		assertEquals(List.of(), Fixtures.errors(project.getFile("organisation.plan")));
		assertTrue(editor.document().get().contains("delivered by ELS, FHSC"));
	}

	@WorkbenchTest
	void aLineOfTheSettingsFileThatCannotBeUnderstoodIsMarkedWhereItIs() throws Exception {
		IFile settings = project.getFile(ProjectSettings.FILE_NAME);
		settings.create(new ByteArrayInputStream("# severities\ncommitment-without-owner = error\nresponse-without-reply = loud\n"
				.getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);
		Ui.waitForBuilds();
		IMarker[] markers = settings.findMarkers(PlanMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length);
		assertEquals(3, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("loud"));
		// the severity the settings give is the markers' severity
		List<Integer> unowned = List.of(project.getFile("bold-steps.plan").findMarkers(PlanMarkers.TYPE, false,
				IResource.DEPTH_ZERO)).stream().filter(m -> IssueCodes.COMMITMENT_WITHOUT_OWNER.equals(m.getAttribute(PlanMarkers.CODE, "")))
				.map(m -> m.getAttribute(IMarker.SEVERITY, -1)).toList();
		assertEquals(List.of(IMarker.SEVERITY_ERROR), unowned);

		write(settings, "commitment-without-owner = error\n");
		Ui.waitForBuilds();
		assertEquals(0, settings.findMarkers(PlanMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
	}
}
