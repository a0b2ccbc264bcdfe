package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.trace.ui.publish.PublishSiteJob;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.quickfix.PlanQuickAssistProcessor;
import org.throughline.ui.tests.Fixtures;
import org.throughline.ui.tests.Screenshots;
import org.throughline.ui.tests.WorkbenchTest;
import org.throughline.ui.wizards.BoldStepsExampleWizard;

/**
 * What a new user does on the first day, all in the workbench: creates the Bold Steps for Kent example, fixes one of
 * its findings with a quick fix, publishes the site and opens it. Each step leaves a screenshot
 * ({@code target/screenshots/walkthrough-*.png}) for a person to look at.
 */
class NewUserWalkthroughTest {

	private static final String PROJECT = "walkthrough-kent";

	@TempDir
	Path temp;

	@AfterEach
	void removeProject() throws Exception {
		Fixtures.closeEditors();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, null);
		}
	}

	@WorkbenchTest
	void aNewUserOpensTheExampleFixesAFindingPublishesTheSiteAndOpensIt() throws Exception {
		// 1. File > New > Example: Bold Steps for Kent
		Shell shell = Ui.window().getShell();
		BoldStepsExampleWizard wizard = new BoldStepsExampleWizard();
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Fixtures.firstText(dialog.getShell()).setText(PROJECT);
		Ui.dispatch();
		Screenshots.save(dialog.getShell(), "walkthrough-1-example-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();

		// 2. the example open, its findings in the Problems view
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		IFile plan = project.getFile("bold-steps.plan");
		PlanEditor editor = (PlanEditor) Fixtures.page().getActiveEditor();
		assertEquals("bold-steps.plan", editor.getEditorInput().getName());
		Fixtures.waitUntilChecked(editor);
		org.throughline.ui.tests.Ui.waitForBuilds();
		Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		int unowned = Fixtures.problems(plan, IssueCodes.COMMITMENT_WITHOUT_OWNER).size();
		assertTrue(unowned > 0, "the example has unowned commitments to fix");
		Ui.screenshot("walkthrough-2-example-open");

		// 3. Ctrl+1 on an unowned commitment offers the owner its aim names
		int at = Fixtures.offsetOf(editor, "R2 \"Establish");
		editor.selectAndReveal(at, 0);
		ICompletionProposal[] fixes = new PlanQuickAssistProcessor(editor)
				.computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), at, 0));
		ICompletionProposal owner = Arrays.stream(fixes)
				.filter(f -> f.getDisplayString().equals("Make \u2018CustomerAndCommunities\u2019 the lead owner"))
				.findFirst().orElseThrow(() -> new AssertionError("no owner fix among "
						+ Arrays.stream(fixes).map(ICompletionProposal::getDisplayString).toList()));
		((ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.QUICK_ASSIST);
		Ui.waitUntil("the quick fix popup", () -> Fixtures.popup() != null);
		Screenshots.save(shell, "walkthrough-3-quick-fix");
		Fixtures.popup().close();
		owner.apply(editor.document());
		editor.doSave(null);
		Ui.waitUntil("one unowned commitment fewer", () -> {
			try {
				return Fixtures.problems(plan, IssueCodes.COMMITMENT_WITHOUT_OWNER).size() == unowned - 1;
			} catch (Exception e) {
				// read while the builder replaces the markers: asked again until the wait ends
				return false;
			}
		});
		Ui.screenshot("walkthrough-4-finding-fixed");

		// 4. Throughline > Publish Site, once the folder is chosen (the platform's folder dialog is the system's)
		Path site = temp.resolve("bold-steps-site");
		int[] published = { -1 };
		PublishSiteJob job = new PublishSiteJob(project, site, pages -> published[0] = pages);
		job.schedule();
		Ui.waitUntil("the site to be published", () -> job.getResult() != null);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		assertTrue(published[0] > 200, "pages: " + published[0]);

		// 5. the site, as the browser opens it: the fixed commitment now names its owner
		String r2 = Files.readString(site.resolve("commitments/kent.boldsteps.BoldSteps.R2.html"));
		assertTrue(r2.contains("Customer and Communities</a></th>"), r2);
		assertTrue(Files.readString(site.resolve("index.html")).contains("<h1>"));
		browserScreenshot(site.resolve("commitments/kent.boldsteps.BoldSteps.R2.html"), "walkthrough-5-site");
	}

	/** A picture of a page as a browser shows it, where the machine has a headless Chromium; nothing otherwise. */
	private static void browserScreenshot(Path page, String name) throws Exception {
		Path out = Path.of("target", "screenshots", name + ".png").toAbsolutePath();
		for (String browser : List.of("chromium", "chromium-browser", "google-chrome")) {
			try {
				Process run = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu",
						"--screenshot=" + out, "--window-size=1300,1400", page.toUri().toString())
						.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
				run.waitFor();
				return;
			} catch (java.io.IOException notInstalled) {
				// the next name, or none: the site's files were checked above
			}
		}
	}

}
