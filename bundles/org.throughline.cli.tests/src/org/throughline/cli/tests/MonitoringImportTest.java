package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.examples.ExampleProject;

/**
 * {@code throughline import} of monitoring returns into the monitoring walkthrough: a quarter's actuals and progress
 * updates from a spreadsheet, added as lines of the indicators and commitments (the figures are illustrative, as the
 * walkthrough's are); a row for a period already reported replaces that line; bad rows are refused with their place.
 */
class MonitoringImportTest {

	@TempDir
	Path temp;

	private Path walkthrough() throws Exception {
		Path folder = temp.resolve("walkthrough");
		ExampleProject.MONITORING_WALKTHROUGH.copyTo(folder);
		return folder;
	}

	private Path sheet(String format, List<List<String>> rows) throws Exception {
		Path file = temp.resolve("returns." + format);
		if (format.equals("csv")) {
			ImportCommandTest.writeCsv(file, rows, false);
		} else {
			ImportCommandTest.writeXlsx(file, rows);
		}
		return file;
	}

	/** The lines of {@code after} that {@code before} does not have, in order. */
	private static List<String> added(String before, String after) {
		List<String> lines = new ArrayList<>(after.lines().toList());
		before.lines().forEach(lines::remove);
		return lines;
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void aQuartersActualsAreAddedAndAReportedOneIsReplaced(String format) throws Exception {
		Path folder = walkthrough();
		String before = Files.readString(folder.resolve("indicators.plan"));
		Path returns = sheet(format, List.of(List.of("indicator", "period", "value", "commentary", "source"),
				List.of("ApprenticesTakenOn", "2012/13 Q1", "24", "Illustrative: a steady start to the year.",
						"QuarterlyReturns"),
				List.of("walkthrough.indicators.PlacementMoves", "2012/13 Q1", "10.9%", "", "QuarterlyReturns"),
				List.of("DistrictPlansAgreed", "2011/12 Q4", "2",
						"Illustrative: the second pilot's plan was agreed in March after all.", "QuarterlyReturns")));
		Run run = Run.of("import", folder.toString(), returns.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals(List.of("Imported " + returns + ": 3 of 3 rows changed indicators.plan (+3 -1)"), run.outLines());
		String after = Files.readString(folder.resolve("indicators.plan"));
		assertEquals(List.of(
				"\tactual 24 for 2012/13 Q1 commentary \"Illustrative: a steady start to the year.\" (QuarterlyReturns)",
				"\tactual 10.9% for 2012/13 Q1 (QuarterlyReturns)",
				"\tactual 2 for 2011/12 Q4 commentary \"Illustrative: the second pilot's plan was agreed in March after all.\""
						+ " (QuarterlyReturns)"),
				added(before, after));
		assertTrue(!after.contains("actual 1 for 2011/12 Q4"), "the Q4 actual reported before is replaced");
		assertEquals(0, Run.of("validate", folder.toString()).code());

		Map<String, byte[]> once = ImportCommandTest.snapshot(folder);
		assertEquals(0, Run.of("import", folder.toString(), returns.toString()).code());
		ImportCommandTest.assertSameFiles(once, ImportCommandTest.snapshot(folder));
	}

	@Test
	void aRowAsTheFileAlreadySaysItLaidOutOtherwiseChangesNothing() throws Exception {
		Path folder = walkthrough();
		// the Q4 actual, written by hand with other spaces and a note of its own
		Path indicators = folder.resolve("indicators.plan");
		Files.writeString(indicators, Files.readString(indicators).replace(
				"\tactual 1 for 2011/12 Q4 commentary", "\tactual 1   for 2011/12 Q4 /* as reported */ commentary"));
		Map<String, byte[]> before = ImportCommandTest.snapshot(folder);
		Path returns = sheet("csv", List.of(List.of("indicator", "period", "value", "commentary", "source"),
				List.of("DistrictPlansAgreed", "2011/12 Q4", "1",
						"Illustrative: the second and third pilots wait for district budgets.", "QuarterlyReturns")));
		Run run = Run.of("import", folder.toString(), returns.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals(List.of(returns + ": no row changes the plan (1 row read)"), run.outLines());
		ImportCommandTest.assertSameFiles(before, ImportCommandTest.snapshot(folder));
	}

	@Test
	void aQuartersProgressUpdatesAreAdded() throws Exception {
		Path folder = walkthrough();
		String before = Files.readString(folder.resolve("plan.plan"));
		Path returns = sheet("csv", List.of(List.of("commitment", "period", "on", "status", "reported by", "commentary", "source"),
				List.of("S2", "2012/13 Q1", "2012-07-13", "On track", "Enterprise.KentSuccessTeam",
						"Illustrative: 24 taken on in the quarter.", "QuarterlyReturns")));
		Run run = Run.of("import", folder.toString(), returns.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals(List.of("\t\tupdate 2012/13 Q1 on 2012-07-13 status OnTrack by Enterprise.KentSuccessTeam"
				+ " \"Illustrative: 24 taken on in the quarter.\" (QuarterlyReturns)"),
				added(before, Files.readString(folder.resolve("plan.plan"))));
		assertEquals(0, Run.of("validate", folder.toString()).code());
	}

	@Test
	void aWorkbookWithAMergedHeadingAndAHiddenColumnIsReadAsItsUserSeesIt() throws Exception {
		Path folder = walkthrough();
		Path file = temp.resolve("returns.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "Test", "1.0");
			Worksheet sheet = workbook.newWorksheet("Returns");
			List<String> header = List.of("indicator", "period", "value", "source", "");
			for (int c = 0; c < 4; c++) {
				sheet.value(0, c, header.get(c));
			}
			// the source heading spans a spare column, as a title merged across two cells does
			sheet.range(0, 3, 0, 4).merge();
			List<String> row = List.of("ApprenticesTakenOn", "2012/13 Q1", "24", "QuarterlyReturns");
			for (int c = 0; c < 4; c++) {
				sheet.value(1, c, row.get(c));
			}
			// a column the officer hid is still the sheet's data
			sheet.hideColumn(3);
			workbook.finish();
		}
		String before = Files.readString(folder.resolve("indicators.plan"));
		Run run = Run.of("import", folder.toString(), file.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals(List.of("\tactual 24 for 2012/13 Q1 (QuarterlyReturns)"),
				added(before, Files.readString(folder.resolve("indicators.plan"))));
	}

	@Test
	void badRowsAreListedWithTheirPlaceAndNothingIsWritten() throws Exception {
		Path folder = walkthrough();
		Map<String, byte[]> before = ImportCommandTest.snapshot(folder);
		Path actuals = sheet("csv", List.of(List.of("indicator", "period", "value", "source"),
				List.of("ApprenticesTaken", "2012/13 Q1", "24", ""),
				List.of("ApprenticesTakenOn", "2019/20 Q1", "24", ""),
				List.of("ApprenticesTakenOn", "2012/13 Q5", "24", ""),
				List.of("PlacementMoves", "2012/13 Q1", "ten per cent", "Returns"),
				List.of("DistrictPlansAgreed", "2012/13 Q1", "2", ""),
				List.of("DistrictPlansAgreed", "2012/13 Q1", "3", "")));
		Run run = Run.of("import", folder.toString(), actuals.toString());
		assertEquals(2, run.code(), run.out());
		assertEquals(List.of(
				actuals + ":2:1: no indicator 'ApprenticesTaken'; did you mean 'walkthrough.indicators.ApprenticesTakenOn'?",
				actuals + ":3:2: 2019/20 Q1 is outside the period of every plan",
				actuals + ":4:2: '2012/13 Q5' is not a reporting period: after the year write a quarter (Q1 to Q4) or a"
						+ " month (Apr to Mar)",
				actuals + ":5:3: 'ten per cent' is not a value as the plan language writes one: 350, about 7000, 11%,"
						+ " 11.2%, £1.2m, £350,000",
				actuals + ":5:4: no source document 'Returns'",
				actuals + ":7:2: duplicate row: the actual of walkthrough.indicators.DistrictPlansAgreed for 2012/13 Q1"
						+ " is already on row 6",
				"throughline: 5 rows of " + actuals + " cannot be imported; nothing was changed"), run.errLines());

		Path progress = sheet("csv", List.of(List.of("commitment", "period", "status"),
				List.of("S2", "2012/13 Q1", "Splendid")));
		Run refused = Run.of("import", folder.toString(), progress.toString());
		assertEquals(2, refused.code(), refused.out());
		assertEquals(progress + ":2:3: 'Splendid' is not a level of the status scale (OnTrack, SomeRisk, AtRisk, OffTrack)",
				refused.errLines().get(0));
		ImportCommandTest.assertSameFiles(before, ImportCommandTest.snapshot(folder));
	}
}
