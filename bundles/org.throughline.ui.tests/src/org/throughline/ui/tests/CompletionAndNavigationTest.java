package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.search.ui.text.Match;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.throughline.ui.contentassist.PlanContentAssistProcessor;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.refactoring.RenameHandler;
import org.throughline.ui.refactoring.RenameWizard;
import org.throughline.ui.search.PlanReferencesQuery;
import org.throughline.ui.search.PlanSearchResult;
import org.throughline.ui.search.PlanSearchResultPage;
import org.throughline.ui.search.ReferenceLine;

/** Completion at a reference, Ctrl+click and F3 to a definition in another file, and find references. */
class CompletionAndNavigationTest {

	private static int projects;
	private IProject project;
	private IFile plan;

	@BeforeEach
	void createProject() throws Exception {
		project = Fixtures.kentProject("navigation" + ++projects);
		plan = project.getFile("bold-steps.plan");
	}

	@AfterEach
	void closeEditors() throws Exception {
		Fixtures.closeEditors();
		project.delete(true, null);
	}

	@WorkbenchTest
	void completionAtAnOwnerProposesTheOwnersWithTheirTitles() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		Fixtures.caretAfter(editor, "process for individuals, community groups and staff.\"");
		Ui.type(editor.viewer().getTextWidget(), "\nowner lead ");
		int caret = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
		ICompletionProposal[] computed = new PlanContentAssistProcessor(editor).computeCompletionProposals(editor.viewer(),
				caret);
		List<String> proposals = Arrays.stream(computed).map(ICompletionProposal::getDisplayString).toList();
		// each proposal shows the icon of its kind: a unit's differs from a post's
		Image unit = proposal(computed, "Enterprise \u2013 Enterprise and Environment").getImage();
		Image post = proposal(computed, "Gmd \u2013 Group Managing Director").getImage();
		assertNotNull(unit);
		assertNotNull(post);
		assertNotSame(unit, post);
		assertSame(unit, proposal(computed, "CustomerAndCommunities \u2013 Customer and Communities").getImage());
		assertTrue(proposals.contains("CustomerAndCommunities \u2013 Customer and Communities"), proposals.toString());
		assertTrue(proposals.contains("Enterprise \u2013 Enterprise and Environment"), proposals.toString());
		assertTrue(proposals.contains("Gmd \u2013 Group Managing Director"), proposals.toString());
		assertTrue(proposals.contains("Leader \u2013 Leader of the Council"), proposals.toString());
		assertTrue(proposals.contains("Enterprise.Highways \u2013 Kent Highway Services"), proposals.toString());

		// the popup, as a person sees it
		editor.viewer().getTextWidget().setFocus();
		((ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Ui.waitUntil("the completion popup with its proposals",
				() -> Fixtures.popup() != null && ((Table) Fixtures.popup().getChildren()[0]).getItemCount() >= 5);
		Screenshots.save(editor.getSite().getShell(), "completion-popup");
		Table table = (Table) Fixtures.popup().getChildren()[0];
		assertTrue(table.getItemCount() >= 5, "proposals in the popup: " + table.getItemCount());
		Ui.key(editor.viewer().getTextWidget(), SWT.CR, '\r');
		Ui.pump();
		assertTrue(editor.document().get().contains("owner lead CustomerAndCommunities"),
				"the first proposal is taken on Enter");
	}

	private static ICompletionProposal proposal(ICompletionProposal[] proposals, String text) {
		return Arrays.stream(proposals).filter(p -> p.getDisplayString().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no proposal " + text));
	}

	@WorkbenchTest
	void ctrlClickOnAReferenceOpensItsDefinitionInTheOtherFile() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		int at = Fixtures.offsetOf(editor, "owner lead Enterprise") + "owner lead ".length();
		IHyperlink[] links = Fixtures.linksAt(editor, at + 3, false);
		assertEquals(new Region(at, "Enterprise".length()), links[0].getHyperlinkRegion());
		assertEquals("Open directorate Enterprise \u2013 Enterprise and Environment", links[0].getHyperlinkText());
		links[0].open();
		Ui.pump();
		IEditorPart active = Fixtures.page().getActiveEditor();
		assertEquals("organisation.plan", active.getEditorInput().getName());
		PlanEditor organisation = (PlanEditor) active;
		ITextSelection selection = (ITextSelection) organisation.getSelectionProvider().getSelection();
		assertEquals("Enterprise", selection.getText());
		assertEquals(Fixtures.offsetOf(organisation, "unit Enterprise ") + "unit ".length(), selection.getOffset());
	}

	@WorkbenchTest
	void f3OpensTheDefinitionOfTheNameAtTheCaret() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		Fixtures.caretAfter(editor, "measured by Appr");
		editor.getSite().getService(IHandlerService.class).executeCommand("org.throughline.ui.openDeclaration", null);
		Ui.pump();
		PlanEditor indicators = (PlanEditor) Fixtures.page().getActiveEditor();
		assertEquals("indicators.plan", indicators.getEditorInput().getName());
		assertEquals("Apprentices", ((ITextSelection) indicators.getSelectionProvider().getSelection()).getText());
	}

	@WorkbenchTest
	void findReferencesListsEveryFileThatNamesTheElement() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		Fixtures.caretAfter(editor, "owner lead Enter");
		PlanReferencesQuery query = PlanReferencesQuery.atCaret(editor);
		assertTrue(query.run(new NullProgressMonitor()).isOK());
		PlanSearchResult result = (PlanSearchResult) query.getSearchResult();
		List<String> lines = Arrays.stream(result.getElements()).map(e -> ((ReferenceLine) e).label()).sorted().toList();
		assertEquals(List.of("bold-steps.plan:15  delivered by Enterprise", "bold-steps.plan:58  owner lead Enterprise",
				"indicators.plan:10  owner Enterprise"), lines);
		Match match = result.getMatches(result.getElements()[0])[0];
		assertEquals("Enterprise".length(), match.getLength());
		assertEquals("References to directorate Enterprise \u2013 Enterprise and Environment \u2013 3 references", result.getLabel());
	}

	@WorkbenchTest
	void ctrlShiftGShowsTheReferencesInTheSearchView() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		Fixtures.caretAfter(editor, "owner lead Enter");
		editor.getSite().getService(IHandlerService.class).executeCommand("org.throughline.ui.findReferences", null);
		Ui.waitUntil("the references in the Search view", () -> {
			ISearchResultViewPart view = NewSearchUI.getSearchResultView();
			return view != null && view.getActivePage() instanceof PlanSearchResultPage page
					&& page.getInput() != null && page.getInput().getMatchCount() == 3;
		}, () -> searchViewState(editor));
		Screenshots.save(editor.getSite().getShell(), "find-references");
	}

	@WorkbenchTest
	void renameAsksForTheNewNameAndRefusesAKeyword() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		Fixtures.caretAfter(editor, "owner lead Enter");
		WizardDialog dialog = new WizardDialog(editor.getSite().getShell(),
				new RenameWizard(RenameHandler.prepare(editor)));
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.pump();
		Text name = findText(dialog.getShell());
		assertEquals("Enterprise", name.getText());
		name.setText("owner");
		Ui.pump();
		assertEquals("\u2018owner\u2019 is a word of the plan language; write ^owner to use it as a name",
				dialog.getCurrentPage().getErrorMessage());
		name.setText("GrowthEnvironmentTransport");
		Ui.pump();
		Screenshots.save(dialog.getShell(), "rename-dialog");
		assertEquals(null, dialog.getCurrentPage().getErrorMessage());
		dialog.close();
	}

	/** What the Search view shows, and what the status line says, for a failure message. */
	private static String searchViewState(PlanEditor editor) {
		ISearchResultViewPart view = NewSearchUI.getSearchResultView();
		String status = "";
		if (editor.getEditorSite().getActionBars().getStatusLineManager() instanceof org.eclipse.jface.action.StatusLineManager line
				&& line.getControl() != null) {
			status = "; the status line says " + java.util.Arrays.toString(((Composite) line.getControl()).getChildren());
		}
		if (view == null) {
			return "no Search view" + status;
		}
		Object page = view.getActivePage();
		String input = page instanceof PlanSearchResultPage plan && plan.getInput() != null
				? plan.getInput().getLabel() + " with " + plan.getInput().getMatchCount() + " matches"
				: "no input";
		return "the Search view's page is " + (page == null ? "none" : page.getClass().getSimpleName()) + ", " + input
				+ "; queries running: " + java.util.Arrays.stream(NewSearchUI.getQueries())
						.filter(NewSearchUI::isQueryRunning).map(q -> q.getLabel()).toList()
				+ status;
	}

	private static Text findText(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				return text;
			}
			if (child instanceof Composite composite) {
				Text found = findText(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
