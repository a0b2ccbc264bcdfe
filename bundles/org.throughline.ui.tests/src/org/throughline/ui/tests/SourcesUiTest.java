package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorExtension;
import org.junit.jupiter.api.AfterEach;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.examples.ExampleProject;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.hover.PlanTextHover;
import org.throughline.ui.navigation.ElementHyperlink;
import org.throughline.ui.navigation.PlanHyperlinkDetector;
import org.throughline.ui.navigation.SourceLinesHyperlink;
import org.throughline.ui.sources.SourceDocumentInput;
import org.throughline.ui.wizards.PlanFromDocumentWizard;
import org.throughline.ui.wizards.PlanProjects;

/**
 * A plan's sources in the workbench: a citation's hover shows its lines, Ctrl+click opens the document read-only
 * with those lines selected, and File > New > Plan from Document drafts a plan whose citations find their document.
 */
class SourcesUiTest {

	private static final String AGENDA = "003_d7e229d437202fed.txt";
	private static final String CITATION = "source Agenda lines 2593 to 2595";
	private static final List<String> CITATION_CODES = List.of(IssueCodes.SOURCE_FILE_MISSING,
			IssueCodes.CITATION_OUT_OF_RANGE, IssueCodes.QUOTE_NOT_AT_SOURCE, IssueCodes.STATEMENT_WITHOUT_SOURCE);

	private static int projects;

	/** A folder outside the workspace, for a paper a person downloaded; removed after the test. */
	private Path outside;

	@AfterEach
	void cleanUp() throws Exception {
		Fixtures.closeEditors();
		if (outside != null) {
			try (var files = Files.list(outside)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(outside);
		}
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.getName().startsWith("sources")) {
				project.delete(true, null);
			}
		}
	}

	private static IProject boldSteps() throws Exception {
		assumeFalse(ExampleProject.BOLD_STEPS_FOR_KENT.planFileNames().isEmpty(),
				"the Bold Steps for Kent example is not in this build");
		IProject project = PlanProjects.createBoldStepsExample("sources" + ++projects, null).getProject();
		Ui.waitForBuilds();
		return project;
	}

	/** Lines {@code first} to {@code last} (from 1) of a document, as its text gives them. */
	private static String lines(IFile document, int first, int last) throws Exception {
		List<String> all = Arrays.asList(Fixtures.text(document).split("\r\n|\r|\n", -1));
		return String.join("\n", all.subList(first - 1, last));
	}

	@WorkbenchTest
	void ctrlClickOnACitationOpensTheDocumentReadOnlyWithTheCitedLinesSelected() throws Exception {
		IProject project = boldSteps();
		IFile agenda = project.getFile("sources/" + AGENDA);
		byte[] before = Files.readAllBytes(agenda.getLocation().toPath());
		PlanEditor editor = Fixtures.open(project.getFile("bold-steps.plan"));
		int citation = Fixtures.offsetOf(editor, CITATION) + "source ".length();

		// on the line numbers: the document at the lines, and nothing else
		int numbers = citation + "Agenda lines 25".length();
		IHyperlink[] links = Fixtures.linksAt(editor, numbers, true);
		assertEquals(1, links.length, Arrays.toString(links));
		SourceLinesHyperlink link = assertInstanceOf(SourceLinesHyperlink.class, links[0]);
		assertEquals(new Region(citation, "Agenda lines 2593 to 2595".length()), link.getHyperlinkRegion());
		assertEquals("Open Agenda at lines 2593 to 2595 (read-only)", link.getHyperlinkText());

		// on the document's name: its declaration first, then its text at the lines
		IHyperlink[] both = Fixtures.linksAt(editor, citation + 2, true);
		assertEquals(2, both.length, Arrays.toString(both));
		assertInstanceOf(ElementHyperlink.class, both[0]);
		assertEquals(new Region(citation, "Agenda".length()), both[0].getHyperlinkRegion());
		assertInstanceOf(SourceLinesHyperlink.class, both[1]);

		link.open();
		Ui.pump();
		IEditorPart active = Fixtures.page().getActiveEditor();
		ITextEditor document = assertInstanceOf(ITextEditor.class, active);
		SourceDocumentInput input = assertInstanceOf(SourceDocumentInput.class, document.getEditorInput());
		assertEquals(agenda.getLocation().toPath(), input.file());
		ITextSelection selection = (ITextSelection) document.getSelectionProvider().getSelection();
		assertEquals(lines(agenda, 2593, 2595), selection.getText());
		assertEquals(2592, selection.getStartLine());
		assertEquals(2594, selection.getEndLine());
		StyledText widget = (StyledText) document.getAdapter(org.eclipse.swt.widgets.Control.class);
		Ui.settle();
		// the range is shown, not only selected: its first line is in view (long lines wrap, so it may go on below)
		int y = widget.getLinePixel(2592);
		assertTrue(y >= 0 && y < widget.getClientArea().height, "line 2593 at y " + y + " of "
				+ widget.getClientArea().height);
		assertTrue(widget.getWordWrap(), "the papers' long lines wrap");
		Screenshots.save(document.getSite().getShell(), "source-document-read-only");

		// read-only for real: the editor refuses typing, and the council's paper is as it was
		assertFalse(document.isEditable());
		assertTrue(((ITextEditorExtension) document).isEditorInputReadOnly());
		Ui.type(widget, "changed");
		Ui.pump();
		assertFalse(document.isDirty());
		assertEquals(lines(agenda, 2593, 2595),
				((ITextSelection) document.getSelectionProvider().getSelection()).getText());
		assertArrayEquals(before, Files.readAllBytes(agenda.getLocation().toPath()));

		// F3 on a citation's lines opens them too, in the same editor
		Fixtures.page().activate(editor);
		editor.selectAndReveal(Fixtures.offsetOf(editor, "source Agenda line 2597\n") + "source Agenda line 25".length(), 0);
		Ui.pump();
		editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class)
				.executeCommand("org.throughline.ui.openDeclaration", null);
		Ui.pump();
		assertTrue(Fixtures.page().getActiveEditor() == document, "the document's editor is reused");
		assertEquals(lines(agenda, 2597, 2597),
				((ITextSelection) document.getSelectionProvider().getSelection()).getText());
	}

	@WorkbenchTest
	void aCitationOfADocumentWhoseFileIsNotFoundIsNoLink() throws Exception {
		IProject project = boldSteps();
		IFile missing = project.getFile("missing.plan");
		String text = """
				module missing

				document Missing "A paper not in the project" {
					file "nowhere.txt"
				}

				plan Missing "Missing" {
					theme T1 "A theme" { source Missing line 3 }
				}
				""";
		missing.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);
		Ui.waitForBuilds();
		PlanEditor editor = Fixtures.open(missing);
		int at = Fixtures.offsetOf(editor, "Missing line 3") + "Missing line ".length();
		assertNull(new PlanHyperlinkDetector(editor).detectHyperlinks(editor.viewer(), new Region(at, 0), true));
		assertFalse(Fixtures.problems(missing, IssueCodes.SOURCE_FILE_MISSING).isEmpty(),
				"the check reports the missing file instead");
	}

	@WorkbenchTest
	void theHoverOnACitationShowsTheCitedLines() throws Exception {
		IProject project = boldSteps();
		IFile agenda = project.getFile("sources/" + AGENDA);
		PlanEditor editor = Fixtures.open(project.getFile("bold-steps.plan"));
		int citation = Fixtures.offsetOf(editor, CITATION) + "source ".length();
		PlanTextHover hover = new PlanTextHover(editor, editor.viewer());
		IRegion region = hover.getHoverRegion(editor.viewer(), citation + "Agenda lines 259".length());
		assertEquals(new Region(citation, "Agenda lines 2593 to 2595".length()), region);
		String info = hover.getHoverInfo(editor.viewer(), region);
		assertNotNull(info);
		assertTrue(info.startsWith("<b>Agenda lines 2593 to 2595</b>"), info);
		String[] cited = lines(agenda, 2593, 2595).split("\n");
		for (int i = 0; i < cited.length; i++) {
			String shown = (2593 + i) + ": " + cited[i];
			assertTrue(info.contains(org.throughline.ui.hover.Html.escape(shown)), shown + " in " + info);
		}
		assertFalse(info.contains("2592: "), info);
		assertFalse(info.contains("2596: "), info);
	}

	@WorkbenchTest
	void planFromDocumentDraftsTheAgendaPackIntoAPlanWhoseCitationsHold() throws Exception {
		// the agenda pack from outside the workspace, as a person's downloaded paper is
		outside = Files.createTempDirectory("throughline-papers");
		Path pack = outside.resolve(AGENDA);
		try (InputStream in = ExampleProject.BOLD_STEPS_FOR_KENT.open("sources/" + AGENDA)) {
			Files.copy(in, pack);
		}
		IProject project = PlanProjects.createEmpty("sources-draft", null, null).getProject();
		Ui.waitForBuilds();

		// File > New lists it in the Throughline perspective, and the registry makes it
		assertTrue(Arrays.asList(Fixtures.page().getNewWizardShortcuts()).contains(PlanFromDocumentWizard.ID));
		assertEquals("Plan from Document",
				PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(PlanFromDocumentWizard.ID).getLabel());

		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PlanFromDocumentWizard wizard = new PlanFromDocumentWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.choices().fill(pack, "Agenda", "sources-draft/drafts", "agenda.plan");
		Ui.pump();
		assertEquals("sources-draft/drafts is not an open project or folder of the workspace",
				wizard.choices().getErrorMessage());
		project.getFolder("drafts").create(true, true, null);
		wizard.choices().fill(pack, "Agenda", "sources-draft/drafts", "agenda.plan");
		Ui.pump();
		assertNull(wizard.choices().getErrorMessage());
		assertFalse(wizard.canFinish(), "the draft is written once its candidates have been shown");
		Screenshots.save(dialog.getShell(), "plan-from-document-choices");
		dialog.showPage(wizard.preview());
		Ui.pump();

		Matcher said = Pattern.compile("(\\d+) candidate commitments under (\\d+) headings found in " + AGENDA + "\\..*")
				.matcher(wizard.preview().foundText());
		assertTrue(said.matches(), wizard.preview().foundText());
		int candidates = Integer.parseInt(said.group(1));
		assertEquals(candidates, wizard.preview().candidateCount());
		assertTrue(candidates >= 45, "candidates: " + candidates);
		Screenshots.save(dialog.getShell(), "plan-from-document-wizard");
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		dialog.close();

		// the paper is copied into the project's sources, byte for byte, and the draft cites it there
		IFile copy = project.getFile("sources/" + AGENDA);
		assertTrue(copy.exists());
		assertArrayEquals(Files.readAllBytes(pack), Files.readAllBytes(copy.getLocation().toPath()));
		IFile plan = project.getFile("drafts/agenda.plan");
		String draft = Fixtures.text(plan);
		assertTrue(draft.contains("\tfile \"../sources/" + AGENDA + "\"\n"), draft.substring(0, 400));
		assertEquals(candidates, count(draft, "\n\tcommitment "));

		PlanEditor editor = assertInstanceOf(PlanEditor.class, Fixtures.page().getActiveEditor());
		assertEquals(plan, editor.getEditorInput().getAdapter(IFile.class));
		Fixtures.waitUntilChecked(editor);
		Ui.waitForBuilds();
		assertEquals(List.of(), Fixtures.errors(plan));
		assertEquals(List.of(), citationProblems(plan));
		Screenshots.save(editor.getSite().getShell(), "plan-from-document-opened");
	}

	@WorkbenchTest
	void aDocumentInTheWorkspaceIsCitedWhereItIsAndNotCopied() throws Exception {
		IProject example = boldSteps();
		IFile agenda = example.getFile("sources/" + AGENDA);
		IProject project = PlanProjects.createEmpty("sources-elsewhere", null, null).getProject();
		Ui.waitForBuilds();
		PlanFromDocumentWizard wizard = new PlanFromDocumentWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(agenda));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		// the selected paper is taken, and the draft goes to its project unless told otherwise
		assertEquals(agenda.getLocation().toPath(), wizard.choices().document());
		assertEquals(example, wizard.choices().folder());
		assertEquals("Document003D7e229d437202fed", wizard.choices().name());
		wizard.choices().fill(agenda.getLocation().toPath(), "Pack", project.getName(), "pack.plan");
		dialog.showPage(wizard.preview());
		Ui.pump();
		assertTrue(wizard.performFinish());
		dialog.close();

		assertFalse(project.getFolder("sources").exists(), "nothing is copied");
		IFile plan = project.getFile("pack.plan");
		assertTrue(Fixtures.text(plan).contains("\tfile \"../" + example.getName() + "/sources/" + AGENDA + "\"\n"));
		Fixtures.waitUntilChecked((PlanEditor) Fixtures.page().getActiveEditor());
		Ui.waitForBuilds();
		assertEquals(List.of(), Fixtures.errors(plan));
		assertEquals(List.of(), citationProblems(plan));
	}

	private static List<String> citationProblems(IFile plan) throws Exception {
		List<String> found = new ArrayList<>();
		for (String code : CITATION_CODES) {
			found.addAll(Fixtures.problems(plan, code));
		}
		return found;
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}
}
