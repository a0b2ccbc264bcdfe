package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.throughline.examples.ExampleProject;

/**
 * {@code throughline import} of consultation responses: 500 responses, as a consultation team exports them from
 * its survey, brought into the Bold Steps public consultation, new respondents with them; {@code stats} then counts
 * them. The responses, respondents and replies are generated from a fixed seed and are illustrative: the Kent
 * papers list 101 respondents, not these.
 */
class ResponsesImportTest {

	private static final String CONSULTATION = "kent.consultation.boldsteps.BoldStepsConsultation";
	private static final List<String> HEADER = List.of("consultation", "response", "respondent", "respondent title",
			"category", "received", "stance", "themes", "concerns", "summary", "reply", "reply text", "changing");
	private static final List<String> THEMES = List.of("HowDelivered", "ParishTownRole", "NoWholesaleContractingOut",
			"NoUnfairCompetition");
	private static final List<String> COMMITMENTS = List.of("kent.boldsteps.BoldSteps.S2", "kent.boldsteps.BoldSteps.H4",
			"kent.boldsteps.BoldSteps.B1");
	private static final List<String> CATEGORIES = List.of("resident", "parish", "voluntary", "business");
	private static final List<String> STANCES = List.of("support", "concern", "oppose", "mixed", "neutral");

	@TempDir
	Path temp;

	/** 500 illustrative responses from 40 new respondents, the same for every run. */
	private static List<List<String>> responses() {
		Random random = new Random(2010);
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		for (int i = 1; i <= 500; i++) {
			int respondent = 1 + random.nextInt(40);
			String theme = THEMES.get(random.nextInt(THEMES.size()));
			boolean replied = random.nextInt(3) > 0;
			rows.add(List.of(CONSULTATION, String.format("Survey%03d", i), String.format("SurveyRespondent%02d", respondent),
					String.format("Survey respondent %02d (illustrative)", respondent),
					CATEGORIES.get(respondent % CATEGORIES.size()), String.format("2010-11-%02d", 1 + random.nextInt(12)),
					STANCES.get(random.nextInt(STANCES.size())), theme,
					COMMITMENTS.get(random.nextInt(COMMITMENTS.size())),
					"Illustrative survey response " + i + ", \"quoted\"; about " + theme,
					replied ? "noted" : "", replied ? "Illustrative reply to response " + i : "", ""));
		}
		return rows;
	}

	private static int count(String json, String field) {
		Matcher m = Pattern.compile("\\{\"consultation\": \"" + Pattern.quote(CONSULTATION) + "\", \"title\": \"[^\"]*\", "
				+ "\"responses\": (\\d+), \"respondents\": (\\d+), \"replied\": (\\d+)\\}").matcher(json);
		assertTrue(m.find(), json);
		return Integer.parseInt(m.group(switch (field) {
			case "responses" -> 1;
			case "respondents" -> 2;
			default -> 3;
		}));
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void fiveHundredResponsesAreImportedAndCountedByStats(String format) throws Exception {
		Path folder = temp.resolve("bold-steps");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(folder);
		Run before = Run.of("stats", folder.toString(), "--format=json");
		Run validBefore = Run.of("validate", folder.toString());
		Path csv = temp.resolve("survey." + format);
		List<List<String>> rows = responses();
		if (format.equals("csv")) {
			ImportCommandTest.writeCsv(csv, rows, true);
		} else {
			ImportCommandTest.writeXlsx(csv, rows);
		}

		Run run = Run.of("import", folder.toString(), csv.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().startsWith("Imported " + csv + ": 500 of 500 rows changed consultation-bold-steps.plan"),
				run.out());

		// written as a person writes a response: in the consultation's block, a statement a line, quotes escaped
		String written = Files.readString(folder.resolve("consultation-bold-steps.plan"));
		int first = written.indexOf("\n\tresponse Survey001 from SurveyRespondent");
		assertTrue(first > 0, "the first response is in the consultation's block");
		String block = written.substring(first + 1, written.indexOf("\n\t}", first) + 3);
		assertTrue(block.matches("(?s)\tresponse Survey001 from SurveyRespondent\\d\\d \\{\n\t\treceived 2010-11-\\d\\d\n"
				+ "\t\tstance \\w+\n\t\tunder \\w+\n\t\tconcerns \\w+\n"
				+ "\t\tsummary \"Illustrative survey response 1, \\\\\"quoted\\\\\"; about \\w+\"\n.*\t}"), block);
		Run after = Run.of("stats", folder.toString(), "--format=json");
		long replied = rows.stream().skip(1).filter(r -> !r.get(10).isEmpty()).count();
		long respondents = rows.stream().skip(1).map(r -> r.get(2)).distinct().count();
		assertEquals(count(before.out(), "responses") + 500, count(after.out(), "responses"));
		assertEquals(count(before.out(), "respondents") + respondents, count(after.out(), "respondents"));
		assertEquals(count(before.out(), "replied") + replied, count(after.out(), "replied"));
		assertTrue(Run.of("stats", folder.toString()).out().contains("Responses"), "the text summary lists them too");

		// the plan still checks as before: the import wrote nothing the language refuses
		Run validAfter = Run.of("validate", folder.toString());
		assertEquals(validBefore.code(), validAfter.code(), validAfter.out());

		// importing again changes nothing
		Map<String, byte[]> once = ImportCommandTest.snapshot(folder);
		Run again = Run.of("import", folder.toString(), csv.toString());
		assertEquals(0, again.code(), again.err());
		ImportCommandTest.assertSameFiles(once, ImportCommandTest.snapshot(folder));
	}

	@Test
	void badRowsAreListedWithTheirPlaceAndNothingIsWritten() throws Exception {
		Path folder = temp.resolve("bold-steps");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(folder);
		Map<String, byte[]> before = ImportCommandTest.snapshot(folder);
		Path csv = temp.resolve("bad.csv");
		ImportCommandTest.writeCsv(csv, List.of(HEADER,
				List.of(CONSULTATION + "s", "A1", "", "", "", "", "", "", "", "", "", "", ""),
				List.of(CONSULTATION, "A2", "", "", "", "2010-13-01", "angry", "HowDelivred", "", "", "", "", ""),
				List.of(CONSULTATION, "A3", "Newcomer", "", "resident", "", "", "", "", "", "noted", "", ""),
				List.of(CONSULTATION, "A3", "", "", "", "", "", "", "", "", "", "", "")), false);
		Run run = Run.of("import", folder.toString(), csv.toString());
		assertEquals(2, run.code(), run.out());
		assertEquals(List.of(
				csv + ":2:1: no consultation '" + CONSULTATION + "s'; did you mean '" + CONSULTATION + "'?",
				csv + ":3:6: '2010-13-01' is not a date written as 2010-11-12",
				csv + ":3:7: 'angry' is not a stance (support, concern, oppose, mixed, neutral)",
				csv + ":3:8: the consultation has no theme 'HowDelivred'; did you mean 'HowDelivered'?",
				csv + ":4:3: the respondent 'Newcomer' is new to the consultation: give its 'respondent title' and 'category'",
				csv + ":5:2: duplicate row: the response " + CONSULTATION + ".A3 is already on row 4",
				"throughline: 4 rows of " + csv + " cannot be imported; nothing was changed"), run.errLines());
		ImportCommandTest.assertSameFiles(before, ImportCommandTest.snapshot(folder));
	}
}
