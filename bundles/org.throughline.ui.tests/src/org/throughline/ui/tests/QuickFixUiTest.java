package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.images.PlanImages;
import org.throughline.ui.quickfix.PlanQuickAssistProcessor;
import org.throughline.ui.quickfix.QuickFixProposal;

/** Each quick fix from the editor (Ctrl+1), as the text before and after it. */
class QuickFixUiTest {

	private static int projects;
	private IProject project;
	private IFile plan;

	@BeforeEach
	void createProject() throws Exception {
		project = Fixtures.kentProject("quickfix" + ++projects);
		plan = project.getFile("bold-steps.plan");
	}

	@AfterEach
	void closeEditors() throws Exception {
		Fixtures.closeEditors();
		project.delete(true, null);
	}

	/** Replaces {@code before} with {@code after}, waits for the marker of {@code code}, and lists the fixes there. */
	private List<ICompletionProposal> fixesAfterChanging(PlanEditor editor, String before, String after, String code)
			throws Exception {
		int at = Fixtures.offsetOf(editor, before);
		editor.document().replace(at, before.length(), after);
		Ui.waitUntil("a marker " + code, () -> {
			try {
				return Fixtures.problems(plan).stream().anyMatch(p -> p.startsWith(code));
			} catch (Exception e) {
				// read while the builder replaces the markers: asked again until the wait ends
				return false;
			}
		});
		Fixtures.waitUntilChecked(editor);
		editor.selectAndReveal(at + 1, 0);
		Ui.pump();
		IQuickAssistInvocationContext context = new TextInvocationContext(editor.viewer(), at + 1, 0);
		ICompletionProposal[] proposals = new PlanQuickAssistProcessor(editor).computeQuickAssistProposals(context);
		return proposals == null ? List.of() : Arrays.asList(proposals);
	}

	/** The fixes for the marker of {@code code} on the line of {@code snippet}, as Ctrl+1 there offers them. */
	private List<ICompletionProposal> fixesAt(PlanEditor editor, String snippet) {
		int at = Fixtures.offsetOf(editor, snippet);
		editor.selectAndReveal(at, 0);
		Ui.pump();
		ICompletionProposal[] proposals = new PlanQuickAssistProcessor(editor)
				.computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), at, 0));
		return proposals == null ? List.of() : Arrays.asList(proposals);
	}

	private static ICompletionProposal labelled(List<ICompletionProposal> fixes, String label) {
		return fixes.stream().filter(f -> f.getDisplayString().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix \u2018" + label + "\u2019 among "
						+ fixes.stream().map(ICompletionProposal::getDisplayString).toList()));
	}

	@WorkbenchTest
	void aMisspeltOwnerIsChangedToTheOwnerMeant() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		List<ICompletionProposal> fixes = fixesAfterChanging(editor, "owner lead Enterprise", "owner lead Enterprize",
				Diagnostic.LINKING_DIAGNOSTIC);

		// the popup, as a person sees it
		((ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.QUICK_ASSIST);
		Ui.waitUntil("the quick fix popup", () -> Fixtures.popup() != null);
		Ui.settle();
		Screenshots.save(editor.getSite().getShell(), "quick-fix");
		Fixtures.popup().close();

		// a fix that replaces a name shows the icon of a change, one that writes an owner in the icon of an addition
		QuickFixProposal change = (QuickFixProposal) labelled(fixes, "Change to \u2018Enterprise\u2019");
		assertEquals(PlanFix.Kind.CHANGE, change.fix().kind());
		assertNotNull(change.getImage());
		assertNotSame(PlanImages.fix(PlanFix.in(change.fix().edits().keySet().iterator().next(), "add")
				.edit(new TextEdit(0, 0, "x")).build()), change.getImage());
		labelled(fixes, "Change to \u2018Enterprise\u2019").apply(editor.document());
		assertTrue(editor.document().get().contains("\t\towner lead Enterprise\n\t\tmeasured by Apprentices"));
		Ui.waitUntil("the marker to go", () -> {
			try {
				return Fixtures.problems(plan, Diagnostic.LINKING_DIAGNOSTIC).isEmpty();
			} catch (Exception e) {
				// read while the builder replaces the markers: asked again until the wait ends
				return false;
			}
		});
	}

	@WorkbenchTest
	void anUnownedCommitmentIsGivenTheOwnerItsAimSuggests() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		assertEquals(1, Fixtures.problems(plan, IssueCodes.COMMITMENT_WITHOUT_OWNER).size());
		List<ICompletionProposal> fixes = fixesAt(editor, "R2 \"Establish");

		((ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.QUICK_ASSIST);
		Ui.waitUntil("the quick fix popup", () -> Fixtures.popup() != null);
		Screenshots.save(editor.getSite().getShell(), "quick-fix-owner");
		Fixtures.popup().close();

		QuickFixProposal owner = (QuickFixProposal) labelled(fixes, "Make \u2018CustomerAndCommunities\u2019 the lead owner");
		assertEquals(PlanFix.Kind.ADD, owner.fix().kind());
		assertSame(PlanImages.fix(owner.fix()), owner.getImage());
		owner.apply(editor.document());
		assertTrue(editor.document().get().contains("\t\tstatement \"We will establish a 'right to bid' process for individuals,"
				+ " community groups and staff.\"\n\t\towner lead CustomerAndCommunities\n\t}\n"), editor.document().get());
		Ui.waitUntil("the unowned-commitment marker to go", () -> {
			try {
				return Fixtures.problems(plan, IssueCodes.COMMITMENT_WITHOUT_OWNER).isEmpty();
			} catch (Exception e) {
				// read while the builder replaces the markers: asked again until the wait ends
				return false;
			}
		});
		assertTrue(editor.isDirty(), "the fix is an edit in the editor, to be saved or undone by the person");
		Fixtures.waitUntilChecked(editor);
		// every fold still starts on the line of its block, not on a blank line beside it
		ProjectionAnnotationModel folds = ((ProjectionViewer) editor.viewer()).getProjectionAnnotationModel();
		for (Iterator<Annotation> it = folds.getAnnotationIterator(); it.hasNext();) {
			Position fold = folds.getPosition(it.next());
			IRegion line = editor.document().getLineInformationOfOffset(fold.getOffset());
			assertFalse(editor.document().get(line.getOffset(), line.getLength()).isBlank(),
					"a fold starts on blank line " + (editor.document().getLineOfOffset(fold.getOffset()) + 1));
		}
	}

	@WorkbenchTest
	void aResponseWithoutReplyGetsOneAndTheCaretWaitsForTheAnswer() throws Exception {
		IFile consultation = project.getFile("consultation.plan");
		PlanEditor editor = Fixtures.open(consultation);
		assertEquals(1, Fixtures.problems(consultation, IssueCodes.RESPONSE_WITHOUT_REPLY).size());
		ICompletionProposal reply = labelled(fixesAt(editor, "PoscBid from"), "Add a reply");
		reply.apply(editor.document());
		assertTrue(editor.document().get().contains(
				"\t\tsummary \"Asks how the right to bid will be run.\"\n\t\treply noted \"\"\n\t}"), editor.document().get());
		// the popup puts the caret where the proposal says: between the quotes, where the answer goes
		assertEquals(editor.document().get().indexOf("reply noted \"\"") + "reply noted \"".length(),
				reply.getSelection(editor.document()).x);
	}

	@WorkbenchTest
	void aMissingIndicatorIsCreatedInTheIndicatorsFile() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		String before = Fixtures.text(project.getFile("indicators.plan"));
		List<ICompletionProposal> fixes = fixesAfterChanging(editor, "measured by Apprentices",
				"measured by NEETYoungPeople", Diagnostic.LINKING_DIAGNOSTIC);
		labelled(fixes, "Create indicator \u2018NEETYoungPeople\u2019").apply(editor.document());
		Ui.pump();
		assertEquals(before + """

				indicator NEETYoungPeople "NEET young people" {
				}
				""", Fixtures.text(project.getFile("indicators.plan")), "the indicators file was changed and saved");
		assertTrue(editor.document().get().contains("measured by NEETYoungPeople\n"));
		editor.doSave(null);
		Ui.waitForBuilds();
		Fixtures.waitUntilChecked(editor);
		assertEquals(List.of(), Fixtures.errors(plan));
	}

	@WorkbenchTest
	void aReversedPeriodIsTurnedRound() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		List<ICompletionProposal> fixes = fixesAfterChanging(editor, "period 2011/12 to 2014/15",
				"period 2014/15 to 2011/12", IssueCodes.PERIOD_REVERSED);
		ICompletionProposal swap = labelled(fixes, "Swap the start and end of the period");
		swap.apply(editor.document());
		assertTrue(editor.document().get().contains("\tperiod 2011/12 to 2014/15\n"));
	}
}
