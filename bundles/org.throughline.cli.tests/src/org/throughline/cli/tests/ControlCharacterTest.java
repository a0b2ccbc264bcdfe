package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * A text holding a character that no output can carry (U+0000 in a statement, U+0001 in a title) is a warning where it
 * is written, and every output is still written, with U+FFFD in its place in each.
 */
class ControlCharacterTest {

	@TempDir
	Path temp;

	private Path plans;

	@BeforeEach
	void write() throws Exception {
		plans = Files.createDirectory(temp.resolve("plans"));
		Files.writeString(plans.resolve("plan.plan"), """
				module test.controls
				plan P "P" {
					period 2011/12 to 2014/15
					aim A "A"
					commitment C1 "Title \u0001 with a control" {
						aim A
						statement "We will\u0000 deliver."
						not measurable because "it is a test"
					}
				}
				""", StandardCharsets.UTF_8);
	}

	@Test
	void validateReportsEachWhereItIsWritten() {
		Run run = Run.of("validate", plans.toString());
		assertEquals(0, run.code(), run.out() + run.err());
		assertTrue(run.outLines().contains("plan.plan:5:16: warning control-character: The title of the commitment 'C1' "
				+ "holds U+0001 at character 7, which no page or export can carry; it is written as \uFFFD there. "
				+ "Delete it, or write what it stands for"), run.out());
		assertTrue(run.outLines().contains("plan.plan:7:13: warning control-character: The statement of the commitment "
				+ "'C1' holds U+0000 at character 8, which no page or export can carry; it is written as \uFFFD there. "
				+ "Delete it, or write what it stands for"), run.out());
		assertTrue(run.clean(), run.out() + run.err());
	}

	@Test
	void validateAndStatsAsJsonAreWritten() {
		for (String command : List.of("validate", "stats")) {
			Run run = Run.of(command, plans.toString(), "--format", "json");
			assertEquals(0, run.code(), run.err());
			assertTrue(run.err().isEmpty(), run.err());
			assertFalse(run.out().contains("\u0000") || run.out().contains("\u0001"), run.out());
		}
	}

	@Test
	void csvHasTheReplacementInPlaceOfTheControl() throws Exception {
		Path csv = temp.resolve("matrix.csv");
		Run run = Run.of("export", plans.toString(), "--format", "csv", "-o", csv.toString());
		assertEquals(0, run.code(), run.err());
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertTrue(text.contains("Title \uFFFD with a control"), text);
		assertFalse(text.contains("\u0000") || text.contains("\u0001"), text);
	}

	@Test
	void xmiIsWellFormedXmlWithTheReplacementInPlaceOfTheControl() throws Exception {
		Path xmi = temp.resolve("plan.xmi");
		Run run = Run.of("export", plans.toString(), "--format", "xmi", "-o", xmi.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.err().isEmpty(), run.err());
		Document document;
		try (InputStream in = Files.newInputStream(xmi)) {
			document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
		String text = Files.readString(xmi, StandardCharsets.UTF_8);
		assertTrue(text.contains("We will\uFFFD deliver."), text);
		assertTrue(text.contains("Title \uFFFD with a control"), text);
		assertEquals(1, document.getElementsByTagName("commitments").getLength(), text);
	}

	@Test
	void theSiteHasTheReplacementInPlaceOfTheControl() throws Exception {
		Path out = temp.resolve("site");
		Run run = Run.of("html", plans.toString(), "-o", out.toString());
		assertEquals(0, run.code(), run.err());
		boolean replaced = false;
		try (Stream<Path> files = Files.walk(out)) {
			for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(page, StandardCharsets.UTF_8);
				assertFalse(html.contains("\u0000") || html.contains("\u0001"), page.toString());
				replaced |= html.contains("We will\uFFFD deliver.");
			}
		}
		assertTrue(replaced, "the commitment's page shows the statement");
	}
}
