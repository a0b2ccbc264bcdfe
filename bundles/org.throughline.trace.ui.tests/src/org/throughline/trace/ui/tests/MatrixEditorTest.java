package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.trace.holes.Hole;
import org.throughline.trace.ui.export.ExportDialog;
import org.throughline.views.matrix.MatrixAxis;
import org.throughline.views.matrix.MatrixContent;
import org.throughline.views.matrix.MatrixContent.GroupLine;
import org.throughline.views.matrix.MatrixContent.RowLine;
import org.throughline.trace.ui.matrix.MatrixEditor;
import org.throughline.trace.ui.matrix.MatrixEditorInput;
import org.throughline.views.matrix.MatrixGrouping;
import org.throughline.views.matrix.MatrixLayout;
import org.throughline.views.matrix.RowFilter;
import org.throughline.views.model.PlanModel;
import org.throughline.ui.tests.WorkbenchTest;

/** The traceability matrix on the Bold Steps example: its gaps, its groups, its sort and its CSV export. */
class MatrixEditorTest {

	private static final String EDITED = "kent-matrix-edits";

	@TempDir
	Path temp;

	private MatrixEditor editor;

	@BeforeEach
	void openTheMatrixFromTheMenuCommand() throws Exception {
		Ui.page().closeAllEditors(false);
		ExampleProjects.kent();
		ExampleProjects.models().focus(ExampleProjects.KENT);
		Ui.window().getService(IHandlerService.class).executeCommand("org.throughline.trace.ui.openMatrix", null);
		Ui.dispatch();
		editor = (MatrixEditor) Ui.page().getActiveEditor();
		assertEquals(new MatrixEditorInput(ExampleProjects.KENT), editor.getEditorInput());
	}

	// each test that edits the example edits a fresh copy of it, however often the tests run
	@AfterEach
	void cleanUp() throws Exception {
		Ui.page().closeAllEditors(false);
		ExampleProjects.delete(EDITED);
	}

	private static RowFilter filter(Hole hole) {
		return RowFilter.all().stream().filter(f -> f.hole() == hole).findFirst().orElseThrow();
	}

	/** The rows NatTable holds below its one heading row, whether scrolled into view or not. */
	private static int tableRows(MatrixEditor matrix) {
		return matrix.table().getPreferredRowCount() - 1;
	}

	@WorkbenchTest
	void theGapsAreTheRowsWithHoles() throws Exception {
		assertEquals(101, editor.content().lines().size());
		assertEquals(101, tableRows(editor));
		editor.showRows(RowFilter.ANY_GAP);
		// no commitment of the example has an owner, so every row has a gap
		assertEquals(101, editor.content().lines().size());
		editor.showRows(filter(Hole.NO_MEASURE));
		// 101 less the three measured by an indicator: the "neither measured nor explained" of the stats command
		assertEquals(98, editor.content().lines().size());
		assertEquals(98, tableRows(editor));
		assertTrue(editor.content().lines().stream().noneMatch(l -> ((RowLine) l).row().commitment().getName().equals("S2")));
		assertEquals("98 of 101 commitments shown; 101 with gaps", editor.summaryText());
		editor.groupBy(MatrixGrouping.DIRECTORATE);
		assertTrue(Ui.paintedColours(editor.table()) > 4, "the matrix paints nothing but its background");
		Ui.screenshot("matrix-gaps-by-directorate", editor);
	}

	@WorkbenchTest
	void theGapRowsFollowAnEditWithoutARefresh() throws Exception {
		PlanModel model = ExampleProjects.kent(EDITED);
		Ui.page().openEditor(new MatrixEditorInput(EDITED), MatrixEditor.ID);
		MatrixEditor edited = (MatrixEditor) Ui.page().getActiveEditor();
		edited.showRows(filter(Hole.NO_OWNER));
		assertEquals(101, edited.content().lines().size());
		assertEquals(101, model.index().commitments().size());

		ExampleProjects.edit(EDITED, "bold-steps.plan", text -> text.replace("\t\tmeasured by KccApprentices\n",
				"\t\tmeasured by KccApprentices\n\t\towner lead Enterprise\n"));
		ExampleProjects.awaitModel(EDITED);

		assertEquals(100, edited.content().lines().size());
		assertEquals(100, tableRows(edited));
	}

	@WorkbenchTest
	void theExportIsTheCommandLinesExport() throws Exception {
		Path workbench = temp.resolve("workbench.csv");
		Path commandLine = temp.resolve("command-line.csv");
		assertEquals("101 commitments", editor.exportCsv(workbench));
		// as readable as any file the user makes there: not the owner-only mode of a temporary file
		Path made = Files.createFile(temp.resolve("made-by-the-user.csv"));
		assertEquals(Files.getPosixFilePermissions(made), Files.getPosixFilePermissions(workbench));
		assertEquals(Optional.of(ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProjects.KENT)
				.getLocation().toFile().toPath()), ExportDialog.startFolder(ExampleProjects.KENT),
				"the export dialog opens in the project's folder the first time, not the installation's");
		CommandLineRun run = CommandLineRun.on(ExampleProjects.KENT, "export", "--format", "csv", "-o",
				commandLine.toString());
		assertEquals(0, run.code(), run.err());
		assertArrayEquals(Files.readAllBytes(commandLine), Files.readAllBytes(workbench));
		assertEquals(102, Files.readAllLines(workbench).size());

		editor.showRows(RowFilter.ANY_GAP);
		Path gaps = temp.resolve("gaps.csv");
		Path commandLineGaps = temp.resolve("command-line-gaps.csv");
		editor.exportCsv(gaps);
		run = CommandLineRun.on(ExampleProjects.KENT, "export", "--format", "csv", "-o", commandLineGaps.toString(),
				"--gaps-only");
		assertEquals(0, run.code(), run.err());
		assertArrayEquals(Files.readAllBytes(commandLineGaps), Files.readAllBytes(gaps));
	}

	@WorkbenchTest
	void theExportWritesTheRowsShownInTheOrderShown() throws Exception {
		editor.showRows(filter(Hole.NO_MEASURE));
		editor.sortBy(new MatrixLayout.Sort(1, false));
		Path file = temp.resolve("sorted.csv");
		editor.exportCsv(file);
		List<String> lines = Files.readAllLines(file);
		assertEquals(99, lines.size());
		List<String> titles = editor.content().lines().stream()
				.map(l -> ((RowLine) l).row().commitment().getName()).toList();
		for (int i = 0; i < titles.size(); i++) {
			assertTrue(lines.get(i + 1).startsWith("kent.boldsteps.BoldSteps." + titles.get(i) + ","), lines.get(i + 1));
		}
	}

	@WorkbenchTest
	void sortingByTitleOrdersTheRowsAsPeopleRead() throws Exception {
		editor.sortBy(new MatrixLayout.Sort(1, true));
		List<String> titles = editor.content().lines().stream()
				.map(l -> ((RowLine) l).row().commitment().getTitle()).toList();
		for (int i = 1; i < titles.size(); i++) {
			assertTrue(titles.get(i - 1).compareToIgnoreCase(titles.get(i)) <= 0, titles.get(i - 1) + " / " + titles.get(i));
		}
		assertEquals(titles.get(0), editor.table().getDataValueByPosition(2, 1));
	}

	@WorkbenchTest
	void groupingByAimPutsEachCommitmentUnderItsAims() throws Exception {
		editor.groupBy(MatrixGrouping.AIM);
		MatrixContent content = editor.content();
		List<String> groups = content.lines().stream().filter(GroupLine.class::isInstance)
				.map(l -> ((GroupLine) l).label()).toList();
		PlanModel model = ExampleProjects.kent();
		List<String> expected = new java.util.ArrayList<>(List.of("Aim: To help the Kent economy to grow",
				"Aim: To put the citizen in control", "Aim: To tackle disadvantage"));
		if (model.index().commitments().stream().anyMatch(c -> model.index().aimsOf(c).isEmpty())) {
			expected.add("No aim");
		}
		assertEquals(expected, groups);
		int rows = (int) content.lines().stream().filter(RowLine.class::isInstance).count();
		assertEquals(rows, content.lines().stream().filter(GroupLine.class::isInstance)
				.mapToInt(l -> ((GroupLine) l).count()).sum());
		assertEquals(101, content.commitments().size());
	}

	@WorkbenchTest
	void theUnitColumnsShowWhoDeliversEachAim() throws Exception {
		editor.showAxis(MatrixAxis.UNITS);
		MatrixContent content = editor.content();
		List<String> headers = content.columns().stream().map(c -> c.header()).toList();
		assertEquals(List.of("title", "holes", "CustomerAndCommunities", "Enterprise", "FHSC", "ELS"), headers);
		RowLine s2 = (RowLine) content.lines().stream()
				.filter(l -> ((RowLine) l).row().commitment().getName().equals("S2")).findFirst().orElseThrow();
		assertEquals("aim", content.columns().get(headers.indexOf("Enterprise")).cell().apply(s2.row()));
		assertEquals("", content.columns().get(headers.indexOf("FHSC")).cell().apply(s2.row()));
		// in words where a person reads them; the CSV export keeps the stable codes
		assertEquals("No owner", content.columns().get(headers.indexOf("holes")).cell().apply(s2.row()));
		Ui.screenshot("matrix-units", editor);
	}
}
