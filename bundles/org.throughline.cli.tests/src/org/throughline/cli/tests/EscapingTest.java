package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.output.Json;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** Text from the plan reaches CSV and JSON as text: no formula runs, no string ends early. */
class EscapingTest {

	@TempDir
	Path temp;

	@Test
	void csvCellsThatWouldRunAsFormulasAreNeutralised() throws Exception {
		Path plans = PlanFixtures.copy(PlanFixtures.HOSTILE, temp.resolve("plans"));
		Path csv = temp.resolve("matrix.csv");
		Run run = Run.of("export", plans.toString(), "--format", "csv", "-o", csv.toString());
		assertEquals(0, run.code(), run.err());
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		// the title begins with '=', the reason with '-': both get an apostrophe, and quotes are doubled
		assertTrue(text.contains(",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"Publish salaries\"\")\","), text);
		assertTrue(text.contains(",\"'-1+2 <script>alert('reason')</script> & \"\"why\"\"\","), text);
		// a cell of several milestones starts with the first one's title
		assertTrue(text.contains(",Milestone <script>alert('milestone')</script> (by 2014-03-31); @SUM(A1:A2) (by 2015-03-31),"),
				text);
		assertTrue(text.contains("\"Expand the <Gateway> programme & \"\"more\"\"\""), text);
	}

	@Test
	void jsonStringsEscapeQuotesBackslashesAndReplaceControlsAsEveryOutputDoes() {
		assertEquals("\"say \\\"no\\\" \\\\ then\\nleave\\ttab \uFFFD \\u2028\"",
				Json.string("say \"no\" \\ then\nleave\ttab \u0007 \u2028"));
		assertEquals("\"Łukasz 東京\"", Json.string("Łukasz 東京"));
		assertEquals("null", Json.string(null));
	}

	@Test
	void validateJsonOfASyntaxErrorWithQuotesStaysOneString() throws Exception {
		Path plans = Files.createDirectory(temp.resolve("plans"));
		Files.writeString(plans.resolve("bad.plan"), "module bad plan P \"unterminated \\\" quote");
		Run run = Run.of("validate", plans.toString(), "--format", "json");
		assertEquals(1, run.code());
		String message = run.out().lines().filter(l -> l.contains("\"message\"")).findFirst().orElseThrow();
		// every quote inside the message is escaped, so the line holds an even number of unescaped quotes
		long unescaped = message.replace("\\\\", "").replace("\\\"", "").chars().filter(c -> c == '"').count();
		assertEquals(0, unescaped % 2, message);
	}
}
