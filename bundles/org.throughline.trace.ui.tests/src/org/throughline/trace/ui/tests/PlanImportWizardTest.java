package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.trace.ui.imports.PlanImportRefactoring;
import org.throughline.trace.ui.imports.PlanImportWizard;
import org.throughline.ui.tests.Fixtures;
import org.throughline.ui.tests.Screenshots;
import org.throughline.ui.tests.WorkbenchTest;

/**
 * File > Import > Throughline > Plan Data from CSV or Excel: a spreadsheet that gives S2 of the Bold Steps example
 * its lead owner is previewed, applied as one change of bold-steps.plan, and taken back whole by Undo; a bad row
 * is listed with its row and column and changes nothing.
 */
class PlanImportWizardTest {

	private static final String PROJECT = "kent-import";
	private static final String S2_LEAD = "commitment,lead\r\nkent.boldsteps.BoldSteps.S2,kent.organisation.KCC.Enterprise\r\n";

	@TempDir
	Path temp;

	@AfterEach
	void remove() throws Exception {
		Ui.page().closeAllEditors(false);
		ExampleProjects.delete(PROJECT);
	}

	private static IProject project() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
	}

	@WorkbenchTest
	void theImportIsPreviewedAppliedAsOneChangeAndUndoneWhole() throws Exception {
		ExampleProjects.kent(PROJECT);
		IFile plan = project().getFile("bold-steps.plan");
		String before = Fixtures.text(plan);
		Path csv = temp.resolve("owners.csv");
		Files.writeString(csv, S2_LEAD, StandardCharsets.UTF_8);
		assertNotNull(PlatformUI.getWorkbench().getImportWizardRegistry()
				.findWizard("org.throughline.trace.ui.importPlanData"), "the wizard is on File > Import");

		PlanImportWizard wizard = new PlanImportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project()));
		WizardDialog dialog = new WizardDialog(Ui.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.page().choose(project(), csv);
			assertTrue(wizard.canFinish(), "a project and a spreadsheet are all it needs: " + wizard.page().getErrorMessage());
			Ui.dispatch();
			Screenshots.save(dialog.getShell(), "import-plan-data");

			// Finish opens the preview; it is looked at, then accepted
			List<String> previewed = new ArrayList<>();
			whenPreviewShows(dialog.getShell(), preview -> {
				previewed.add(preview.getText());
				// a session without a window manager leaves the dialog at its smallest
				preview.setBounds(60, 40, 1200, 760);
				preview.layout(true, true);
				try {
					Screenshots.saveAsShown(preview, "import-plan-data-preview");
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
				press(preview, "OK");
			});
			assertTrue(wizard.performFinish(), "the preview was accepted");
			assertEquals(1, previewed.size(), "the preview was shown once");
		} finally {
			dialog.close();
		}

		String after = Fixtures.text(plan);
		List<String> added = new ArrayList<>(after.lines().toList());
		before.lines().forEach(added::remove);
		assertEquals(before.lines().count() + 1, after.lines().count(), "one line added");
		assertEquals(1, added.size());
		assertTrue(added.get(0).strip().startsWith("owner lead ") && added.get(0).contains("Enterprise"), added.get(0));

		// one undo takes the whole import back
		assertEquals("Import owners.csv into " + PROJECT, RefactoringCore.getUndoManager().peekUndoName());
		RefactoringCore.getUndoManager().performUndo(null, new NullProgressMonitor());
		assertEquals(before, Fixtures.text(plan));
	}

	@WorkbenchTest
	void aBadRowIsListedWithItsPlaceAndNothingChanges() throws Exception {
		ExampleProjects.kent(PROJECT);
		IFile plan = project().getFile("bold-steps.plan");
		String before = Fixtures.text(plan);
		Path csv = temp.resolve("owners.csv");
		Files.writeString(csv, S2_LEAD.replace("BoldSteps.S2", "BoldSteps.S22"), StandardCharsets.UTF_8);
		PlanImportRefactoring refactoring = new PlanImportRefactoring(project(), csv);
		RefactoringStatus status = refactoring.checkFinalConditions(new NullProgressMonitor());
		assertTrue(status.hasFatalError());
		String message = status.getEntryWithHighestSeverity().getMessage();
		assertTrue(message.startsWith(csv + ":2:1: no commitment 'kent.boldsteps.BoldSteps.S22'; did you mean"), message);
		assertTrue(message.contains("S22"), message);
		assertEquals(0, ((CompositeChange) refactoring
				.createChange(new NullProgressMonitor())).getChildren().length);
		assertEquals(before, Fixtures.text(plan));
	}

	/** Runs {@code action} on the preview dialog once it shows, polled from the dialog's own event loop. */
	private static void whenPreviewShows(Shell wizard, Consumer<Shell> action) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell preview = Arrays.stream(display.getShells())
					.filter(s -> s != wizard && s != Ui.window().getShell() && s.isVisible())
					.filter(s -> find(s, "OK") != null && find(s, "OK").isEnabled()).findFirst().orElse(null);
			if (preview == null) {
				display.timerExec(50, poll[0]);
			} else {
				action.accept(preview);
			}
		};
		display.timerExec(50, poll[0]);
	}

	private static void press(Shell shell, String label) {
		Button button = find(shell, label);
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Button find(Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && button.getText().replace("&", "").equals(label)) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = find(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
