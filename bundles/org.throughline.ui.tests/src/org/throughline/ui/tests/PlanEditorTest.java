package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.texteditor.rulers.IColumnSupport;
import org.eclipse.ui.texteditor.rulers.RulerColumnRegistry;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.throughline.dsl.ide.highlighting.PlanStyles;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.labels.Labels;
import org.throughline.projects.markers.PlanMarkers;
import org.throughline.ui.colouring.ColourPreferencePage;
import org.throughline.ui.colouring.PlanColours;
import org.throughline.ui.editing.FormatHandler;
import org.throughline.ui.editing.ToggleCommentHandler;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.hover.PlanTextHover;
import org.throughline.ui.reconciling.PlanEditorModel;
import org.throughline.ui.reconciling.PlanSnapshot;

/** The plan editor on part of Bold Steps for Kent: colours, markers while typing, hover, folds, format, comments. */
class PlanEditorTest {

	private static int projects;
	private IProject project;
	private IFile plan;

	@BeforeEach
	void createProject() throws Exception {
		project = Fixtures.kentProject("editor" + ++projects);
		plan = project.getFile("bold-steps.plan");
	}

	@AfterEach
	void closeEditors() throws Exception {
		Fixtures.closeEditors();
		project.delete(true, null);
	}

	private static void assertStyled(PlanEditor editor, String snippet, int offsetInSnippet, PlanStyles style) {
		StyledText widget = editor.viewer().getTextWidget();
		int offset = Fixtures.offsetOf(editor, snippet) + offsetInSnippet;
		StyleRange range = widget.getStyleRangeAtOffset(offset);
		assertNotNull(range, "no colour at \u2018" + snippet + "\u2019");
		assertEquals(PlanColours.get().attribute(style).getForeground().getRGB(), range.foreground.getRGB(),
				"colour of \u2018" + snippet + "\u2019 should be that of " + style);
		boolean bold = (PlanColours.get().attribute(style).getStyle() & SWT.BOLD) != 0;
		assertEquals(bold, (range.fontStyle & SWT.BOLD) != 0, "boldness of \u2018" + snippet + "\u2019");
	}

	@WorkbenchTest
	void aSnapshotAnswersOnlyForItsOwnTextAndALateRequestDoesNotTakeTheEditorBack() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		PlanEditorModel model = editor.model();
		PlanSnapshot before = model.current();
		int title = Fixtures.offsetOf(editor, "commitment R5 \"") + "commitment R5 \"".length();
		assertEquals("R5", before.read(s -> Labels.name(PlanTextHover.elementAt(s, title - 3))));

		Fixtures.caretAfter(editor, "commitment R5 \"");
		Ui.type(editor.viewer().getTextWidget(), "Soon ");
		Ui.waitUntil("the check of the new text", () -> model.current() != null);
		PlanSnapshot after = model.current();
		assertTrue(after.text().contains("commitment R5 \"Soon "), "the editor checked the typed text");

		// a request for the old text, as a completion that arrives late makes, is not served, and the editor's
		// project stays at the text it shows
		assertNull(model.snapshotFor(before.text(), before.stamp()));
		assertNull(before.read(s -> "served"), "the old snapshot serves nothing once the project moved on");
		assertEquals(after.text(), after.read(s -> s.resource().getParseResult().getRootNode().getText()));
	}


	@WorkbenchTest
	void aPartWaitingForTheCheckIsToldOnceEvenWhenTheCheckEndedBeforeItAsked() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		Fixtures.waitUntilChecked(editor);
		PlanEditorModel model = editor.model();
		// the views ask when the caret moves in text not yet checked; the check may end before they have asked
		List<PlanSnapshot> told = new java.util.concurrent.CopyOnWriteArrayList<>();
		model.whenChecked(told::add);
		assertEquals(List.of(model.current()), told, "the check already made is the one told");

		told.clear();
		Fixtures.caretAfter(editor, "commitment R5 \"");
		Ui.type(editor.viewer().getTextWidget(), "Soon ");
		model.whenChecked(told::add);
		Ui.waitUntil("the part to be told of the check of the typed text", () -> !told.isEmpty());
		// a check of the text begun while it was typed may end first: it is of the typed text all the same
		assertTrue(told.get(0).text().contains("commitment R5 \"So"), "the part is told of the typed text's check");
		Ui.type(editor.viewer().getTextWidget(), "now ");
		Fixtures.waitUntilChecked(editor);
		assertEquals(1, told.size(), "a part that asked once is told once");
	}
	@WorkbenchTest
	void theTextIsColouredByWhatEachWordIs() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		assertEquals(List.of(), Fixtures.errors(plan), "the fixture is a valid plan");
		assertEquals(List.of("commitment-without-owner: The commitment 'R2' has no owner; its aim 'Citizen' is delivered by 'CustomerAndCommunities'"),
				Fixtures.problems(plan, IssueCodes.COMMITMENT_WITHOUT_OWNER), "the unowned commitment is marked");
		assertStyled(editor, "commitment R5", 0, PlanStyles.KEYWORD);
		assertStyled(editor, "commitment R5", "commitment ".length(), PlanStyles.DEFINITION);
		assertStyled(editor, "owner lead CustomerAndCommunities", "owner lead ".length(), PlanStyles.REFERENCE);
		assertStyled(editor, "\"We will expand", 1, PlanStyles.TEXT);
		assertStyled(editor, "published 2010-11-29", "published ".length(), PlanStyles.DATE);
		assertStyled(editor, "period 2011/12", "period ".length(), PlanStyles.DATE);
		assertStyled(editor, "chapter Ch4 4", "chapter Ch4 ".length(), PlanStyles.NUMBER);
		assertStyled(editor, "// Bold Steps", 3, PlanStyles.COMMENT);

		PlanEditor indicators = Fixtures.open(project.getFile("indicators.plan"));
		assertStyled(indicators, "£340m", 1, PlanStyles.MONEY);
		assertStyled(indicators, "26%", 0, PlanStyles.NUMBER);

		Fixtures.page().activate(editor);
		Fixtures.caretAfter(editor, "commitment R5 ");
		Screenshots.save(editor.getSite().getShell(), "editor-colours");
	}

	@WorkbenchTest
	void errorsAndWarningsAreDrawnInTheText() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		// R2 has no owner: a warning, drawn over the colour of the name it is about
		int warning = markerStart(IssueCodes.COMMITMENT_WITHOUT_OWNER);
		Ui.waitUntil("a squiggle under the warning", () -> squiggled(editor, warning),
				() -> "the style there is " + styleAt(editor, warning));
		Fixtures.caretAfter(editor, "process for individuals, community groups and staff.\"");
		Ui.type(editor.viewer().getTextWidget(), "\nowner lead Enterprize");
		Ui.waitUntil("a marker for the unknown owner", () -> problems().stream()
				.anyMatch(p -> p.startsWith(Diagnostic.LINKING_DIAGNOSTIC) && p.contains("Enterprize")));
		// the misspelt name is coloured as a reference, and the squiggle of its error is drawn over the colour
		Ui.waitUntil("a squiggle under the unknown owner", () -> squiggled(editor, Fixtures.offsetOf(editor, "Enterprize")),
				() -> "the style there is " + styleAt(editor, Fixtures.offsetOf(editor, "Enterprize")));
		Screenshots.save(editor.getSite().getShell(), "editor-findings-in-text");
	}

	private static StyleRange styleAt(PlanEditor editor, int offset) {
		return editor.viewer().getTextWidget().getStyleRangeAtOffset(offset);
	}

	private static boolean squiggled(PlanEditor editor, int offset) {
		StyleRange style = styleAt(editor, offset);
		// the platform draws a finding's squiggle as its error underline
		return style != null && style.underline
				&& (style.underlineStyle == SWT.UNDERLINE_SQUIGGLE || style.underlineStyle == SWT.UNDERLINE_ERROR);
	}

	private int markerStart(String code) throws Exception {
		Ui.waitUntil("a marker " + code, () -> problems().stream().anyMatch(p -> p.startsWith(code + ":")));
		for (IMarker marker : plan.findMarkers(PlanMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
			if (code.equals(marker.getAttribute(PlanMarkers.CODE, ""))) {
				return marker.getAttribute(IMarker.CHAR_START, -1);
			}
		}
		throw new AssertionError("no marker " + code);
	}

	@WorkbenchTest
	void theEditorShowsLineNumbers() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		// every finding cites its line, so the lines are numbered from the first start on
		IColumnSupport columns = editor.getAdapter(IColumnSupport.class);
		assertTrue(columns.isColumnVisible(
				RulerColumnRegistry.getDefault().getColumnDescriptor("org.eclipse.ui.editors.columns.linenumbers")),
				"the plan editor shows no line numbers");
	}

	@WorkbenchTest
	void typingAnUnknownOwnerShowsAMarkerAndMendingItRemovesIt() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		Fixtures.caretAfter(editor, "process for individuals, community groups and staff.\"");
		StyledText widget = editor.viewer().getTextWidget();
		Ui.type(widget, "\nowner lead Enterprize");
		Ui.waitUntil("a marker for the unknown owner", () -> problems().stream()
				.anyMatch(p -> p.startsWith(Diagnostic.LINKING_DIAGNOSTIC) && p.contains("Enterprize")));
		Screenshots.save(editor.getSite().getShell(), "editor-marker");

		Ui.backspace(widget, 2);
		Ui.type(widget, "se");
		Ui.waitUntil("the marker to go", () -> problems().stream().noneMatch(p -> p.startsWith(Diagnostic.LINKING_DIAGNOSTIC)));
		assertTrue(editor.document().get().contains("owner lead Enterprise\n"));
	}

	private List<String> problems() {
		try {
			return Fixtures.problems(plan);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	@WorkbenchTest
	void aCommitmentHoverShowsItsTraceAndAnOwnerHoverWhatItOwns() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		PlanTextHover hover = new PlanTextHover(editor, editor.viewer());
		int r5 = Fixtures.offsetOf(editor, "R5 \"Expand");
		IRegion region = hover.getHoverRegion(editor.viewer(), r5 + 1);
		assertEquals(r5, region.getOffset());
		String info = hover.getHoverInfo(editor.viewer(), region);
		assertTrue(info.contains("<b>commitment R5 \u2013 Expand the 'Gateway' programme</b>"), info);
		assertTrue(info.contains("lead: CustomerAndCommunities \u2013 Customer and Communities"), info);
		assertTrue(info.contains("not measurable because The plan sets no figure"), info);
		assertTrue(info.contains("TmbcGateway from Tonbridge and Malling Borough Council (support); reply: noted"), info);
		assertTrue(info.contains("Gateway \u2013 Always through the right door"), info);

		int owner = Fixtures.offsetOf(editor, "owner lead Enterprise") + "owner lead ".length();
		String ownerInfo = hover.getHoverInfo(editor.viewer(), hover.getHoverRegion(editor.viewer(), owner + 2));
		assertTrue(ownerInfo.contains("<b>Owns</b>"), ownerInfo);
		assertTrue(ownerInfo.contains("lead: S2 \u2013 Create apprenticeships"), ownerInfo);
		assertTrue(ownerInfo.contains("Apprentices \u2013 Apprenticeships created by KCC"), ownerInfo);
		assertTrue(ownerInfo.contains("Economy \u2013 To help the Kent economy to grow"), ownerInfo);
	}

	@WorkbenchTest
	void blocksThatSpanLinesFold() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		ProjectionAnnotationModel folds = ((ProjectionViewer) editor.viewer()).getProjectionAnnotationModel();
		Ui.waitUntil("folds", () -> count(folds) > 0);
		// the plan, 3 aims, 2 themes, the chapter, 4 commitments and the leading comment
		assertTrue(count(folds) >= 11, "folds: " + count(folds));
	}

	private static int count(ProjectionAnnotationModel model) {
		int n = 0;
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext(); it.next()) {
			n++;
		}
		return n;
	}

	@WorkbenchTest
	void formatLaysOutAndToggleCommentCommentsOut() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		int start = Fixtures.offsetOf(editor, "\tcommitment V1");
		String messy = "\tcommitment V1 \"Recruit and keep qualified social workers\" { kind deliver   aim Disadvantage owner lead FHSC owner accountable Leader measured by SocialWorkerVacancies }\n";
		String tidy = editor.document().get().substring(start, editor.document().get().indexOf("}\n", start) + 2);
		editor.document().replace(start, tidy.length(), messy);
		Fixtures.waitUntilChecked(editor);
		editor.selectAndReveal(0, 0);
		assertTrue(FormatHandler.format(editor));
		assertTrue(editor.document().get().contains(tidy), editor.document().get());

		Fixtures.caretAfter(editor, "\tstage cabinet");
		ToggleCommentHandler.toggle(editor);
		assertTrue(editor.document().get().contains("//\tstage cabinet\n"), "commented out");
		ToggleCommentHandler.toggle(editor);
		assertTrue(editor.document().get().contains("\n\tstage cabinet\n"), "commented in again");
	}

	@WorkbenchTest
	void aNewLineIsIndentedAsTheFormatterWouldAndABraceMovesBack() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		Fixtures.caretAfter(editor, "commitment R5 \"Expand the 'Gateway' programme\" {");
		Ui.type(editor.viewer().getTextWidget(), "\nowner lead Gmd\n}");
		assertTrue(editor.document().get().contains("programme\" {\n\t\towner lead Gmd\n\t}\n"), editor.document().get());
	}

	@WorkbenchTest
	void thePlanEditorIsTheDefaultEditorOfPlanFiles() {
		assertEquals(PlanEditor.ID, PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("bold-steps.plan").getId());
	}

	@WorkbenchTest
	void aColourChosenInThePreferencesShowsAtOnce() throws Exception {
		PlanEditor editor = Fixtures.open(plan);
		IPreferenceStore store = PlanColours.preferenceStore();
		RGB purple = PlanColours.get().attribute(PlanStyles.KEYWORD).getForeground().getRGB();
		RGB orange = new RGB(230, 120, 0);
		try {
			PreferenceConverter.setValue(store, PlanColours.colourKey(PlanStyles.KEYWORD), orange);
			Ui.waitUntil("the keywords to turn orange", () -> orange.equals(editor.viewer().getTextWidget()
					.getStyleRangeAtOffset(Fixtures.offsetOf(editor, "commitment R5")).foreground.getRGB()));
		} finally {
			store.setToDefault(PlanColours.colourKey(PlanStyles.KEYWORD));
		}
		Ui.waitUntil("the keywords to turn back", () -> purple.equals(editor.viewer().getTextWidget()
				.getStyleRangeAtOffset(Fixtures.offsetOf(editor, "commitment R5")).foreground.getRGB()));
	}

	@WorkbenchTest
	void theColourPreferencePageOffersEveryKindOfText() throws Exception {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(editor().getSite().getShell(),
				ColourPreferencePage.ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.pump();
		Screenshots.save(dialog.getShell(), "colour-preferences");
		List<String> labels = labels(dialog.getShell());
		dialog.close();
		for (PlanStyles style : PlanStyles.values()) {
			assertTrue(labels.contains(style.label()), style.label() + " in " + labels);
		}
	}

	private PlanEditor editor() throws Exception {
		return Fixtures.open(plan);
	}

	private static List<String> labels(Composite parent) {
		List<String> labels = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				labels.add(label.getText());
			} else if (child instanceof Composite composite) {
				labels.addAll(labels(composite));
			}
		}
		return labels;
	}
}
