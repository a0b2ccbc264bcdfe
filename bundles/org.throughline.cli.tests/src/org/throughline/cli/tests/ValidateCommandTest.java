package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** {@code throughline validate}: located findings, a count, JSON, and the exit codes 0, 1 and 2. */
class ValidateCommandTest {

	@TempDir
	Path temp;

	private Path kent() throws Exception {
		return PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("kent"));
	}

	@Test
	void aPlanWithoutErrorsExitsZeroAndSaysSo() throws Exception {
		Run run = Run.of("validate", kent().toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().matches("(?s).*7 files, 0 errors, \\d+ warnings?\\n"), run.out());
		assertEquals("", run.err());
	}

	@Test
	void aSyntaxErrorIsPrintedAsFileLineColumnAndExitsOne() throws Exception {
		Path folder = kent();
		Files.writeString(folder.resolve("broken.plan"), """
				module kent.broken
				plan Broken "A plan with a mistake" {
					commitment X1 "No closing quote" {
						statement "We will
				}
				""");
		Run run = Run.of("validate", folder.toString());
		assertEquals(1, run.code(), run.out() + run.err());
		// the traceability rules may warn about the other files; the syntax error is the broken file's finding
		String first = run.outLines().stream().filter(l -> l.startsWith("broken.plan:") && l.contains(": error "))
				.findFirst().orElseThrow(() -> new AssertionError(run.out()));
		assertEquals("broken.plan:4:13: error syntax: The file ends inside quoted text or a comment: a closing quote or "
				+ "'*/' is missing", first);
		assertTrue(run.out().contains("8 files, 1 error, "), run.out());
		assertTrue(run.clean());
	}

	@Test
	void anUnresolvedReferenceIsAnError() throws Exception {
		Path folder = kent();
		Files.writeString(folder.resolve("dangling.plan"), """
				module kent.dangling
				plan Dangling "A plan" {
					commitment X1 "Owned by nobody that exists" { owner lead Nowhere }
				}
				""");
		Run run = Run.of("validate", folder.toString());
		assertEquals(1, run.code());
		assertTrue(run.out().contains("dangling.plan:3:59: error org.eclipse.xtext.diagnostics.Diagnostic.Linking: "
				+ "Couldn't resolve reference to Owner 'Nowhere'."), run.out());
	}

	@Test
	void jsonGivesTheSameFindings() throws Exception {
		Path folder = kent();
		Files.writeString(folder.resolve("dangling.plan"), """
				module kent.dangling
				plan Dangling "A \\"quoted\\" plan" {
					commitment X1 "Owned by nobody" { owner lead Nowhere }
				}
				""");
		Run run = Run.of("validate", folder.toString(), "--format", "json");
		assertEquals(1, run.code());
		assertTrue(run.out().startsWith("{\n  \"folder\": " + '"' + folder + "\",\n  \"files\": 8,\n  \"errors\": 1,\n"),
				run.out());
		assertTrue(run.out().contains("{\"file\": \"dangling.plan\", \"line\": 3, \"column\": 47, \"severity\": \"error\", "
				+ "\"code\": \"org.eclipse.xtext.diagnostics.Diagnostic.Linking\", "
				+ "\"message\": \"Couldn't resolve reference to Owner 'Nowhere'.\"}"), run.out());
		assertTrue(run.out().endsWith("  ]\n}\n"), run.out());
	}

	@Test
	void aMissingFolderExitsTwoWithOneLine() {
		Path missing = temp.resolve("no-such-plan");
		Run run = Run.of("validate", missing.toString());
		assertEquals(2, run.code());
		assertEquals("", run.out());
		assertEquals(List.of("throughline: " + missing + " is not a folder: it does not exist"), run.errLines());
	}

	@Test
	void aFileGivenAsTheFolderExitsTwo() throws Exception {
		Path file = Files.writeString(temp.resolve("one.plan"), "module one");
		Run run = Run.of("validate", file.toString());
		assertEquals(2, run.code());
		assertEquals(List.of("throughline: " + file + " is not a folder"), run.errLines());
	}

	@Test
	void aFileThatIsNotUtf8ExitsTwoAndIsNamed() throws Exception {
		Path folder = kent();
		Files.write(folder.resolve("latin1.plan"),
				"module kent.latin plan P \"Caf\u00e9\" { }".getBytes(StandardCharsets.ISO_8859_1));
		Run run = Run.of("validate", folder.toString());
		assertEquals(2, run.code());
		assertTrue(run.outLines().contains(
				"latin1.plan:0:0: error not-utf8: The file is not UTF-8 text; save it as UTF-8 and try again"), run.out());
		assertTrue(run.clean());
	}

	@Test
	void anEmptyFolderHasNothingWrong() throws Exception {
		Path empty = Files.createDirectory(temp.resolve("empty"));
		Run run = Run.of("validate", empty.toString());
		assertEquals(0, run.code());
		assertEquals(List.of("0 files, 0 errors, 0 warnings"), run.outLines());
	}

	@Test
	void theExampleQuotesEveryDocumentAtTheLinesItCitesAndAChangedWordIsFound() throws Exception {
		Path example = temp.resolve("bold-steps");
		org.throughline.examples.ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(example);
		List<String> citationCodes = List.of("source-file-missing", "citation-out-of-range", "quote-not-at-source",
				"statement-without-source");
		Run run = Run.of("validate", example.toString());
		assertEquals(List.of(), run.outLines().stream()
				.filter(line -> citationCodes.stream().anyMatch(code -> line.contains(" " + code + ": "))).toList());

		Path plan = example.resolve("bold-steps.plan");
		String text = Files.readString(plan);
		String statement = "at least another 350 apprentices over the next four years.\"";
		assertTrue(text.contains(statement));
		Files.writeString(plan, text.replace(statement, statement.replace("350", "400")));
		Run changed = Run.of("validate", example.toString());
		assertEquals(List.of("bold-steps.plan:487:13: warning quote-not-at-source: The statement of the commitment 'S2'"
				+ " is not what Agenda says at lines 2593 to 2595, nor anywhere else in the documents it cites; quote the"
				+ " document's words"), changed.outLines().stream().filter(line -> line.contains(" quote-not-at-source: "))
				.toList());
	}
}
