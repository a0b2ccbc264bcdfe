package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.throughline.projects.loading.PlanProjectLoader;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.throughline.views.model.PlanModel;
import org.throughline.trace.ui.tree.TraceView;
import org.throughline.ui.tests.WorkbenchTest;

/** The trace view on the Bold Steps example: what a commitment, an action and a response link to. */
class TraceViewTest {

	private static final String EDITED = "kent-trace-edits";

	private PlanModel model;
	private TraceView view;

	@BeforeEach
	void showTheView() throws Exception {
		Ui.page().closeAllEditors(false);
		model = ExampleProjects.kent();
		view = Ui.show(TraceView.ID, TraceView.class);
	}

	// each test that edits the example edits a fresh copy of it, however often the tests run
	@AfterEach
	void closeEditors() throws Exception {
		Ui.page().closeAllEditors(false);
		ExampleProjects.delete(EDITED);
	}

	private void trace(PlanModel in, String qualifiedName) {
		EObject element = in.element(qualifiedName).orElseThrow(() -> new AssertionError("no " + qualifiedName));
		view.show(in.ref(element), false);
		Ui.dispatch();
	}

	@WorkbenchTest
	void s2IsMeasuredByKccApprenticesAndAppearsInItsThemeAndChapter() throws Exception {
		trace(model, "kent.boldsteps.BoldSteps.S2");
		Tree tree = view.tree();
		assertTrue(view.headingText().startsWith("commitment S2 \u2013 Employ at least another 350 apprentices"),
				view.headingText());
		TreeItem measured = Ui.item(tree.getItems(), "\u2192 Measured by (1)");
		assertEquals(List.of("KccApprentices \u2013 Apprentices directly employed by KCC through the Kent Success "
				+ "Apprenticeship Scheme in four years"), Ui.texts(measured.getItems()));
		TreeItem appears = Ui.item(tree.getItems(), "\u2192 Appears in (2)");
		assertEquals("theme: EmploymentSkills \u2013 Bold Steps for Employment and Skills", appears.getItems()[0].getText());
		assertTrue(appears.getItems()[1].getText().startsWith("section: UnlockingTalent"),
				appears.getItems()[1].getText());
		assertEquals(List.of("Economy \u2013 To help the Kent economy to grow"),
				Ui.texts(Ui.item(tree.getItems(), "\u2192 Aims (1)").getItems()));
		TreeItem missing = Ui.item(tree.getItems(), "Missing");
		assertTrue(Ui.texts(missing.getItems()).contains("No owner: No unit, post, person or portfolio owns it."),
				Ui.texts(missing.getItems()).toString());
		Ui.screenshot("trace-view-S2", view);
	}

	@WorkbenchTest
	void backReturnsToTheElementTracedBefore() throws Exception {
		trace(model, "kent.boldsteps.BoldSteps.S2");
		view.show(model.ref(model.element("kent.boldsteps.BoldSteps.V1").orElseThrow()), true);
		Ui.dispatch();
		IAction back = backAction();
		assertTrue(back.isEnabled());
		back.run();
		Ui.dispatch();
		assertEquals(model.element("kent.boldsteps.BoldSteps.S2"), view.tracedElement());
		// going back does not remember V1, so Back never leads to it again
		while (back.isEnabled()) {
			back.run();
			Ui.dispatch();
			assertFalse(model.element("kent.boldsteps.BoldSteps.V1").equals(view.tracedElement()));
		}
	}

	private IAction backAction() {
		for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
			if (item instanceof ActionContributionItem action && "Back".equals(action.getAction().getText())) {
				return action.getAction();
			}
		}
		throw new AssertionError("the trace view has no Back button");
	}

	@WorkbenchTest
	void v1AddressesAllTwentyThreeOfstedActions() throws Exception {
		trace(model, "kent.boldsteps.BoldSteps.V1");
		TreeItem actions = Ui.item(view.tree().getItems(), "\u2190 Inspection actions it addresses (23)");
		assertEquals(23, actions.getItemCount());
		assertTrue(actions.getItems()[0].getText().startsWith("SgImmCaseload \u2013 Review the current childcare caseload"),
				actions.getItems()[0].getText());
		Ui.screenshot("trace-view-V1", view);
	}

	@WorkbenchTest
	void aResponseShowsWhatItConcernsAndTheReplyThatChangedIt() throws Exception {
		trace(model, "kent.consultation.boldsteps.BoldStepsMemberComments.PoscFreeSchools");
		TreeItem[] groups = view.tree().getItems();
		TreeItem concerns = Ui.item(groups, "\u2192 Concerns (1)");
		assertTrue(concerns.getItems()[0].getText().startsWith("C3_5 \u2013 "), concerns.getItems()[0].getText());
		TreeItem reply = Ui.item(groups, "\u2192 Reply (1)").getItems()[0];
		assertTrue(reply.getText().startsWith("reply, changed (2010-11-29): The explicit commitment"), reply.getText());
		Ui.expand(reply);
		assertTrue(reply.getItems()[0].getText().startsWith("changed C3_5 \u2013 "), reply.getItems()[0].getText());
	}

	@WorkbenchTest
	void anOwnerShowsTheAimsItDelivers() throws Exception {
		trace(model, "kent.organisation.KCC.Enterprise");
		TreeItem aims = Ui.item(view.tree().getItems(), "\u2190 Aims it delivers (1)");
		assertEquals("Economy \u2013 To help the Kent economy to grow", aims.getItems()[0].getText());
	}

	@WorkbenchTest
	void doubleClickOpensTheSourceAtTheLinkedElement() throws Exception {
		trace(model, "kent.boldsteps.BoldSteps.S2");
		TreeItem indicator = Ui.item(view.tree().getItems(), "\u2192 Measured by").getItems()[0];
		view.tree().setSelection(indicator);
		view.tree().notifyListeners(SWT.DefaultSelection, new Event());
		Ui.dispatch();

		IEditorPart editor = Ui.page().getActiveEditor();
		assertEquals("indicators.plan", editor.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) ((ITextEditor) editor).getSelectionProvider().getSelection();
		assertEquals(27, selection.getStartLine() + 1);
		assertEquals("KccApprentices", selection.getText());
	}

	@WorkbenchTest
	void theViewFollowsTheCaretInAPlanFile() throws Exception {
		view.show(model.ref(model.element("kent.boldsteps.BoldSteps.S2").orElseThrow()), false);
		IFile file = PlanProjectLoader.fileOf(model.files().get(0));
		assertEquals("bold-steps.plan", file.getName());
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file, "org.eclipse.ui.DefaultTextEditor", true);
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		int v1 = text.indexOf("commitment V1 ");
		editor.selectAndReveal(v1 + 3, 0);
		Ui.waitUntil("the trace view traces V1", () -> view.headingText().startsWith("commitment V1"));
		Ui.screenshot("trace-view-following-editor");
	}

	@WorkbenchTest
	void theViewFollowsAnEditToTheTracedElement() throws Exception {
		PlanModel edited = ExampleProjects.kent(EDITED);
		trace(edited, "kent.boldsteps.BoldSteps.S2");
		Ui.item(view.tree().getItems(), "\u2192 Measured by (1)");

		ExampleProjects.edit(EDITED, "bold-steps.plan", text -> text.replace("\t\tmeasured by KccApprentices\n", ""));
		ExampleProjects.awaitModel(EDITED);

		assertTrue(view.headingText().startsWith("commitment S2"), view.headingText());
		assertFalse(Ui.texts(view.tree().getItems()).stream().anyMatch(t -> t.contains("Measured by")),
				Ui.texts(view.tree().getItems()).toString());
		assertTrue(Ui.texts(view.tree().getItems()).contains("\u2192 Appears in (2)"));
	}
}
