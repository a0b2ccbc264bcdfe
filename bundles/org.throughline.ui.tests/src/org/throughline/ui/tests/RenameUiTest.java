package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.PerformRefactoringOperation;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.refactoring.PlanRenameRefactoring;
import org.throughline.ui.refactoring.RenameHandler;

/** Renaming a unit from a reference to it changes every file of the project, open or not, and nothing breaks. */
class RenameUiTest {

	private static int projects;
	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Fixtures.kentProject("rename" + ++projects);
	}

	@AfterEach
	void closeEditors() throws Exception {
		Fixtures.closeEditors();
		project.delete(true, null);
	}

	@WorkbenchTest
	void aUnitIsRenamedInEveryFile() throws Exception {
		PlanEditor editor = Fixtures.open(project.getFile("bold-steps.plan"));
		Fixtures.caretAfter(editor, "owner lead Enter");
		PlanRenameRefactoring rename = RenameHandler.prepare(editor);
		assertNotNull(rename);
		assertEquals("Rename directorate Enterprise", rename.getName());
		assertEquals("Enterprise", rename.currentName());
		assertEquals("\u2018owner\u2019 is a word of the plan language; write ^owner to use it as a name",
				rename.checkName("owner"));
		rename.setNewName("GrowthEnvironmentTransport");

		assertFalse(rename.checkFinalConditions(new NullProgressMonitor()).hasError());
		Change change = rename.createChange(new NullProgressMonitor());
		assertEquals(Set.of("organisation.plan", "indicators.plan", "bold-steps.plan"),
				Stream.of(((CompositeChange) change).getChildren()).map(Change::getName).collect(Collectors.toSet()));

		PerformRefactoringOperation perform = new PerformRefactoringOperation(rename, CheckConditionsOperation.ALL_CONDITIONS);
		ResourcesPlugin.getWorkspace().run(perform, new NullProgressMonitor());
		RefactoringStatus status = perform.getConditionStatus();
		assertFalse(status != null && status.hasError(), String.valueOf(status));

		assertTrue(editor.document().get().contains("delivered by GrowthEnvironmentTransport\n"));
		assertTrue(editor.document().get().contains("owner lead GrowthEnvironmentTransport\n"));
		assertTrue(Fixtures.text(project.getFile("organisation.plan")).contains("unit GrowthEnvironmentTransport \"Enterprise and Environment\""),
				"a file no editor shows is changed on disk");
		assertTrue(Fixtures.text(project.getFile("indicators.plan")).contains("owner GrowthEnvironmentTransport\n"));

		editor.doSave(null);
		Ui.waitForBuilds();
		for (String file : List.of("organisation.plan", "indicators.plan", "bold-steps.plan", "consultation.plan")) {
			assertEquals(List.of(), Fixtures.errors(project.getFile(file)), file);
		}
	}
}
