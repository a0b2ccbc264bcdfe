package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.imports.Spreadsheet;
import org.throughline.cli.imports.SpreadsheetReader;
import org.throughline.examples.ExampleProject;

/**
 * {@code throughline import}: the matrix export, edited as a spreadsheet user edits it, brought back into the plan's
 * text as the smallest change, all or nothing.
 */
class ImportCommandTest {

	private static final String S2 = "kent.boldsteps.BoldSteps.S2";
	private static final String ENTERPRISE = "kent.organisation.KCC.Enterprise";

	@TempDir
	Path temp;

	private Path boldSteps() throws Exception {
		Path folder = temp.resolve("bold-steps");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(folder);
		return folder;
	}

	/** Every file below a folder and its bytes, to show that nothing was written. */
	static Map<String, byte[]> snapshot(Path folder) throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		return files;
	}

	static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
		assertEquals(before.keySet(), after.keySet());
		before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
	}

	private Path export(Path folder, String format) {
		Path out = temp.resolve("matrix." + format);
		Run run = Run.of("export", folder.toString(), "--format", format, "-o", out.toString());
		assertEquals(0, run.code(), run.err());
		return out;
	}

	/** The cell of a commitment's row under a heading. */
	private static String cell(Spreadsheet sheet, String commitment, String heading) {
		int column = sheet.header().indexOf(heading);
		for (Spreadsheet.Row row : sheet.body()) {
			if (row.cell(0).equals(commitment)) {
				return row.cell(column);
			}
		}
		throw new AssertionError("no row " + commitment);
	}

	/** The rows of a spreadsheet with one cell changed, as a user's spreadsheet program keeps them. */
	private static List<List<String>> withCell(Spreadsheet sheet, String commitment, String heading, String value) {
		int column = sheet.header().indexOf(heading);
		List<List<String>> rows = new ArrayList<>();
		for (Spreadsheet.Row row : sheet.rows()) {
			List<String> cells = new ArrayList<>(row.cells());
			if (row.cell(0).equals(commitment)) {
				cells.set(column, value);
			}
			rows.add(cells);
		}
		return rows;
	}

	/** CSV as a spreadsheet program saves "CSV UTF-8": a byte order mark, CRLF, quotes where needed. */
	static void writeCsv(Path file, List<List<String>> rows, boolean byteOrderMark) throws Exception {
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		Files.writeString(file, (byteOrderMark ? "\uFEFF" : "") + text, StandardCharsets.UTF_8);
	}

	/** A workbook as a spreadsheet program saves one: each non-empty cell a text cell. */
	static void writeXlsx(Path file, List<List<String>> rows) throws Exception {
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "Test", "1.0");
			Worksheet sheet = workbook.newWorksheet("Sheet1");
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						sheet.value(r, c, rows.get(r).get(c));
					}
				}
			}
			workbook.finish();
		}
	}

	private void roundTrip(String format) throws Exception {
		Path folder = boldSteps();
		Path plan = folder.resolve("bold-steps.plan");
		Map<String, byte[]> before = snapshot(folder);
		String planBefore = Files.readString(plan);
		Spreadsheet exported = SpreadsheetReader.read(export(folder, format));
		assertEquals("", cell(exported, S2, "lead"));

		Path edited = temp.resolve("edited." + format);
		List<List<String>> rows = withCell(exported, S2, "lead", ENTERPRISE);
		if (format.equals("csv")) {
			writeCsv(edited, rows, true);
		} else {
			writeXlsx(edited, rows);
		}
		Run run = Run.of("import", folder.toString(), edited.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals(List.of("Imported " + edited + ": 1 of 101 rows changed bold-steps.plan (+1 -0)"), run.outLines());

		// bold-steps.plan changed by that one line, in the formatter's layout, before the commitment's measure
		String planAfter = Files.readString(plan);
		assertEquals(planBefore.replace("""
						appears in Ch2.UnlockingTalent "Through the Kent Success Apprenticeship Scheme, KCC has directly employed over 340 apprentices over the last four years (against an original target of 200) and will provide at least another 350 apprenticeships over the next four years." (Agenda lines 2807 to 2809)
						measured by KccApprentices
				""", """
						appears in Ch2.UnlockingTalent "Through the Kent Success Apprenticeship Scheme, KCC has directly employed over 340 apprentices over the last four years (against an original target of 200) and will provide at least another 350 apprenticeships over the next four years." (Agenda lines 2807 to 2809)
						owner lead Enterprise
						measured by KccApprentices
				""".replace("        ", "")), planAfter);
		Map<String, byte[]> after = snapshot(folder);
		before.remove("bold-steps.plan");
		after.remove("bold-steps.plan");
		assertSameFiles(before, after);

		// the export now shows it, and the plan still checks as before plus the owner
		assertEquals(ENTERPRISE, cell(SpreadsheetReader.read(export(folder, format)), S2, "lead"));

		// importing again changes nothing
		Map<String, byte[]> once = snapshot(folder);
		Run again = Run.of("import", folder.toString(), edited.toString());
		assertEquals(0, again.code(), again.err());
		assertEquals(List.of(edited + ": no row changes the plan (101 rows read)"), again.outLines());
		assertSameFiles(once, snapshot(folder));
	}

	@Test
	void csvRoundTripSetsTheLeadOwnerOfS2ByOneLine() throws Exception {
		roundTrip("csv");
	}

	@Test
	void xlsxRoundTripSetsTheLeadOwnerOfS2ByOneLine() throws Exception {
		roundTrip("xlsx");
	}

	@Test
	void theExportImportedUneditedChangesNothing() throws Exception {
		for (String format : List.of("csv", "xlsx")) {
			Path folder = temp.resolve("unedited-" + format);
			ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(folder);
			Map<String, byte[]> before = snapshot(folder);
			Path exported = export(folder, format);
			Run run = Run.of("import", folder.toString(), exported.toString());
			assertEquals(0, run.code(), run.err());
			assertSameFiles(before, snapshot(folder));
		}
	}

	@Test
	void partnersAndDeadlinesAsWrittenGoOutAndComeBack() throws Exception {
		Path folder = temp.resolve("riverside");
		ExampleProject.RIVERSIDE_COUNCIL_PLAN.copyTo(folder);
		Map<String, byte[]> before = snapshot(folder);
		Spreadsheet sheet = SpreadsheetReader.read(export(folder, "csv"));
		assertEquals("riverside.organisation.Northbank; riverside.organisation.EstuaryLep",
				cell(sheet, "riverside.plan.CouncilPlan.A2_1", "partners"));
		assertEquals("Business park open (by summer 2023)",
				cell(sheet, "riverside.plan.CouncilPlan.A2_1", "milestones"));
		Run unedited = Run.of("import", folder.toString(), temp.resolve("matrix.csv").toString());
		assertEquals(0, unedited.code(), unedited.err());
		assertSameFiles(before, snapshot(folder));
		// a partner and a deadline at a season's precision, typed into the spreadsheet
		Path edited = temp.resolve("edited.csv");
		List<List<String>> rows = withCell(sheet, "riverside.plan.CouncilPlan.A2_2", "partners",
				"riverside.organisation.Northbank");
		int milestones = sheet.header().indexOf("milestones");
		for (List<String> row : rows) {
			if (row.get(0).equals("riverside.plan.CouncilPlan.A2_2")) {
				row.set(milestones, "Shops reopened (by spring 2024)");
			}
		}
		writeCsv(edited, rows, true);
		Run run = Run.of("import", folder.toString(), edited.toString());
		assertEquals(0, run.code(), run.err());
		String plan = Files.readString(folder.resolve("plan.plan"));
		// named as the plan's imports let it be named
		assertTrue(plan.contains("owner partner Northbank\n"), plan);
		assertTrue(plan.contains("milestone \"Shops reopened\" by spring 2024"), plan);
		assertEquals(0, Run.of("validate", folder.toString()).code());
	}

	@Test
	void dryRunPrintsTheChangeAsAUnifiedDiffAndWritesNothing() throws Exception {
		Path folder = boldSteps();
		Map<String, byte[]> before = snapshot(folder);
		Spreadsheet exported = SpreadsheetReader.read(export(folder, "csv"));
		Path edited = temp.resolve("edited.csv");
		writeCsv(edited, withCell(exported, S2, "lead", ENTERPRISE), false);
		Run run = Run.of("import", folder.toString(), edited.toString(), "--dry-run");
		assertEquals(0, run.code(), run.err());
		List<String> diff = run.outLines();
		assertEquals("--- a/bold-steps.plan", diff.get(0));
		assertEquals("+++ b/bold-steps.plan", diff.get(1));
		assertTrue(diff.get(2).matches("@@ -\\d+,6 \\+\\d+,7 @@.*"), diff.get(2));
		assertEquals(List.of("+\t\towner lead Enterprise"), diff.stream().filter(l -> l.startsWith("+") || l.startsWith("-"))
				.filter(l -> !l.startsWith("+++") && !l.startsWith("---")).toList());
		assertEquals(List.of("Would import " + edited
				+ ": 1 of 101 rows changed bold-steps.plan (+1 -0); nothing was written (--dry-run)"), run.errLines());
		assertSameFiles(before, snapshot(folder));
	}

	@Test
	void jsonSaysWhatChanged() throws Exception {
		Path folder = boldSteps();
		Spreadsheet exported = SpreadsheetReader.read(export(folder, "csv"));
		Path edited = temp.resolve("edited.csv");
		writeCsv(edited, withCell(exported, S2, "lead", ENTERPRISE), true);
		Run run = Run.of("import", folder.toString(), edited.toString(), "--format", "json", "--dry-run");
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().startsWith("{\"file\":" + org.throughline.cli.output.Json.string(edited.toString())
				+ ",\"kind\":\"matrix\",\"rows\":101,\"changedRows\":1,\"dryRun\":true,\"problems\":[],"
				+ "\"files\":[{\"file\":\"bold-steps.plan\",\"added\":1,\"removed\":0,\"diff\":\"--- a/bold-steps.plan\\n"),
				run.out());
	}

	@Test
	void everyBadRowIsReportedWithItsPlaceAndNothingIsWritten() throws Exception {
		Path folder = boldSteps();
		Map<String, byte[]> before = snapshot(folder);
		Spreadsheet exported = SpreadsheetReader.read(export(folder, "csv"));
		List<String> header = new ArrayList<>(exported.rows().get(0).cells());
		int lead = header.indexOf("lead");
		int milestones = header.indexOf("milestones");
		header.set(header.indexOf("holes"), "hole");
		List<List<String>> rows = new ArrayList<>();
		rows.add(header);
		rows.add(row(header.size(), 0, S2, lead, ENTERPRISE)); // row 2: good, but not written with the others
		rows.add(row(header.size(), 0, "kent.boldsteps.BoldSteps.S22", lead, ENTERPRISE)); // row 3
		rows.add(row(header.size(), 0, "kent.boldsteps.BoldSteps.S3", lead, "Enterprize")); // row 4
		rows.add(row(header.size(), 0, S2, lead, ENTERPRISE)); // row 5: S2 again
		rows.add(row(header.size(), 0, "kent.boldsteps.BoldSteps.S4", milestones, "Careers pilot (by 31/03/2012)")); // 6
		rows.add(row(header.size(), 0, "kent.boldsteps.BoldSteps.S5", milestones, "Careers pilot by March")); // 7
		rows.add(row(header.size(), 0, "kent.boldsteps.BoldSteps.S1", lead, "kent.boldsteps.BoldSteps.S2")); // 8
		Path bad = temp.resolve("bad.csv");
		writeCsv(bad, rows, true);
		Run run = Run.of("import", folder.toString(), bad.toString());
		assertEquals(2, run.code());
		assertTrue(run.clean(), run.err());
		String name = bad.toString();
		int holes = header.indexOf("hole") + 1;
		assertEquals(List.of(
				name + ":1:" + holes + ": unknown column 'hole'; did you mean 'holes'?",
				name + ":3:1: no commitment 'kent.boldsteps.BoldSteps.S22'; did you mean 'kent.boldsteps.BoldSteps.S2'?",
				name + ":4:" + (lead + 1) + ": no owner 'Enterprize'; did you mean 'kent.organisation.KCC.Enterprise'?",
				name + ":5:1: duplicate row: kent.boldsteps.BoldSteps.S2 is already on row 2",
				name + ":6:" + (milestones + 1) + ": milestone 'Careers pilot': '31/03/2012' is not a deadline: write a day (2023-08-31), a month"
						+ " (August 2023), a quarter (Q1 2023 or 2023/24 Q1), a season (summer 2023), a financial year"
						+ " (2023/24) or a year (2023)",
				name + ":7:" + (milestones + 1) + ": 'Careers pilot by March' is not a milestone: write 'Title (by"
						+ " 2014-03-31)' or 'Title (by 2014-03-31, done 2014-02-01)'",
				name + ":8:" + (lead + 1) + ": 'kent.boldsteps.BoldSteps.S2' is not an owner",
				"throughline: 7 rows of " + name + " cannot be imported; nothing was changed"), run.errLines());
		assertSameFiles(before, snapshot(folder));
	}

	private static List<String> row(int size, int at, String value, int at2, String value2) {
		List<String> row = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			row.add(i == at ? value : i == at2 ? value2 : "");
		}
		return row;
	}

	@Test
	void aFileInAnotherEncodingIsRefused() throws Exception {
		Path folder = boldSteps();
		Map<String, byte[]> before = snapshot(folder);
		Path latin1 = temp.resolve("latin1.csv");
		Files.write(latin1, ("commitment,lead,not measurable because\r\n" + S2 + ",,Caf\u00e9 d\u00e9j\u00e0 vu\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
		Run run = Run.of("import", folder.toString(), latin1.toString());
		assertEquals(2, run.code());
		assertEquals(List.of("throughline: " + latin1 + ":2: the file is not UTF-8 (perhaps Windows-1252 or Latin-1);"
				+ " save it as CSV UTF-8"), run.errLines());
		Path utf16 = temp.resolve("utf16.csv");
		Files.write(utf16, ("\uFEFFcommitment,lead\r\n" + S2 + ",\r\n").getBytes(StandardCharsets.UTF_16LE));
		Run wide = Run.of("import", folder.toString(), utf16.toString());
		assertEquals(2, wide.code());
		assertEquals(List.of("throughline: " + utf16 + ": the file is UTF-16 (Excel's \"Unicode text\"); save it as"
				+ " CSV UTF-8"), wide.errLines());
		assertSameFiles(before, snapshot(folder));
	}

	@Test
	void commentsAndLayoutSurviveAndEachCellSetsOnlyWhatItSays() throws Exception {
		Path folder = boldSteps();
		Path plan = folder.resolve("extra.plan");
		String original = """
				module kent.extra

				import kent.organisation.KCC.*
				import kent.indicators.*

				// A plan of one commitment, written by hand: its comments and layout are the user's.
				plan Extra "Apprentices, written by hand" {
					period 2011/12 to 2014/15
					commitment A1 "Employ apprentices" {
						kind deliver
						// who leads it is for Cabinet to say
						owner lead ELS   // as in the draft
						owner supporting FHSC
						measured by KccApprentices, ThamesGatewayJobs
						milestone "Scheme relaunched" by 2011-09-30
						source kent.sources.Agenda line 2809 /* the pledge */
					}
				}
				""";
		Files.writeString(plan, original);
		Map<String, byte[]> before = snapshot(folder);
		before.remove("extra.plan");
		List<String> header = List.of("commitment", "supporting", "accountable", "indicators", "milestones",
				"not measurable because");
		Path edits = temp.resolve("edits.csv");
		writeCsv(edits, List.of(header, List.of("kent.extra.Extra.A1", "", "Enterprise", "kent.indicators.KccApprentices",
				"Scheme relaunched (by 2011-09-30); First 100 apprentices in post (by 2012-03-31)",
				"")), false);
		Run run = Run.of("import", folder.toString(), edits.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals("""
				module kent.extra

				import kent.organisation.KCC.*
				import kent.indicators.*

				// A plan of one commitment, written by hand: its comments and layout are the user's.
				plan Extra "Apprentices, written by hand" {
					period 2011/12 to 2014/15
					commitment A1 "Employ apprentices" {
						kind deliver
						// who leads it is for Cabinet to say
						owner lead ELS   // as in the draft
						owner accountable Enterprise
						measured by KccApprentices
						milestone "Scheme relaunched" by 2011-09-30
						milestone "First 100 apprentices in post" by 2012-03-31
						source kent.sources.Agenda line 2809 /* the pledge */
					}
				}
				""", Files.readString(plan));
		Map<String, byte[]> after = snapshot(folder);
		after.remove("extra.plan");
		assertSameFiles(before, after);

		// and back: the reason set, the milestone and the measure removed
		Path back = temp.resolve("back.csv");
		writeCsv(back, List.of(header, List.of("kent.extra.Extra.A1", "", "Enterprise", "",
				"Scheme relaunched (by 2011-09-30)", "The scheme's numbers are counted by the districts")), false);
		Run second = Run.of("import", folder.toString(), back.toString());
		assertEquals(0, second.code(), second.err());
		assertTrue(Files.readString(plan).contains("""
						owner accountable Enterprise
						milestone "Scheme relaunched" by 2011-09-30
						not measurable because "The scheme's numbers are counted by the districts"
						source kent.sources.Agenda line 2809 /* the pledge */
				""".replace("        ", "")), Files.readString(plan));
	}

	@Test
	void aHeaderThatIsNoExportOfThroughlineIsRefused() throws Exception {
		Path folder = boldSteps();
		Path other = temp.resolve("other.csv");
		writeCsv(other, List.of(List.of("name", "amount"), List.of("Road repairs", "£1.2m")), true);
		Run run = Run.of("import", folder.toString(), other.toString());
		assertEquals(2, run.code());
		assertTrue(run.err().startsWith("throughline: " + other + ":1:1: the header is not one that Throughline imports"),
				run.err());
	}

	@Test
	void theXlsxExportHoldsTheCsvExportsCells() throws Exception {
		Path folder = boldSteps();
		Spreadsheet csv = SpreadsheetReader.read(export(folder, "csv"));
		Spreadsheet xlsx = SpreadsheetReader.read(export(folder, "xlsx"));
		assertEquals(csv.rows().size(), xlsx.rows().size());
		for (int i = 0; i < csv.rows().size(); i++) {
			List<String> expected = new ArrayList<>(csv.rows().get(i).cells());
			List<String> actual = new ArrayList<>(xlsx.rows().get(i).cells());
			while (actual.size() < expected.size()) {
				actual.add(""); // a workbook leaves trailing empty cells out
			}
			assertEquals(expected, actual, "row " + (i + 1));
		}
		// the same bytes each time, whatever the clock
		byte[] once = Files.readAllBytes(export(folder, "xlsx"));
		byte[] twice = Files.readAllBytes(export(folder, "xlsx"));
		assertArrayEquals(once, twice);
	}

	@Test
	void theTemplateIsTheMatrixHeaderAndImportsAsNothing() throws Exception {
		Path folder = boldSteps();
		Map<String, byte[]> before = snapshot(folder);
		for (String extension : List.of("csv", "xlsx")) {
			Path template = temp.resolve("template." + extension);
			Run run = Run.of("import", "--template", "matrix", "-o", template.toString());
			assertEquals(0, run.code(), run.err());
			Spreadsheet sheet = SpreadsheetReader.read(template);
			assertEquals(1, sheet.rows().size());
			assertEquals(List.of("commitment", "title", "plan", "aim", "theme", "kind", "lead", "supporting",
					"accountable", "partners", "indicators", "milestones", "not measurable because", "responses", "replies",
					"inspection actions", "actions", "reported for", "status", "rating", "holes"), sheet.header());
			Run imported = Run.of("import", folder.toString(), template.toString());
			assertEquals(0, imported.code(), imported.err());
			assertEquals(List.of(template + ": no row changes the plan (0 rows read)"), imported.outLines());
		}
		assertSameFiles(before, snapshot(folder));
		// each kind of import has its template
		for (String kind : List.of("responses", "actuals", "progress")) {
			Path template = temp.resolve(kind + ".xlsx");
			assertEquals(0, Run.of("import", "--template", kind, "-o", template.toString()).code());
			Run imported = Run.of("import", folder.toString(), template.toString());
			assertEquals(0, imported.code(), imported.err());
		}
		assertEquals(List.of("indicator", "period", "value", "commentary", "source"),
				SpreadsheetReader.read(temp.resolve("actuals.xlsx")).header());
		Run wrong = Run.of("import", "--template", "budgets", "-o", temp.resolve("a.csv").toString());
		assertEquals(2, wrong.code());
		assertTrue(wrong.clean(), wrong.err());
	}
}
