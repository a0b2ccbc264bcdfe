package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Bad usage exits 2 with one line that says what was wrong; help exits 0. */
class UsageTest {

	private static void assertUsageError(String expectedLine, String... args) {
		Run run = Run.of(args);
		assertEquals(2, run.code(), run.out() + run.err());
		assertEquals("", run.out());
		assertEquals(List.of(expectedLine), run.errLines());
	}

	@Test
	void helpListsEveryCommand() {
		Run run = Run.of("--help");
		assertEquals(0, run.code());
		for (String command : List.of("validate DIR", "stats DIR", "export DIR --format csv|xlsx|xmi -o FILE", "html DIR -o OUT",
				"diff OLD NEW | DIR --git REV[..REV]", "report DIR [--as-at DATE]", "lsp [--socket PORT]",
				"draft DOCUMENT [--name NAME] -o FILE.plan", "import DIR FILE.(csv|xlsx) [--dry-run]")) {
			assertTrue(run.out().contains("throughline " + command), run.out());
		}
		assertTrue(run.out().contains("Exit codes: 0"), run.out());
	}

	@Test
	void helpForOneCommandGivesItsUsage() {
		Run run = Run.of("export", "--help");
		assertEquals(0, run.code());
		assertEquals("usage: throughline export DIR --format csv|xlsx|xmi -o FILE [--gaps-only]\n", run.out());
	}

	@Test
	void noCommand() {
		assertUsageError("throughline: missing command (run 'throughline --help' for usage)");
	}

	@Test
	void anUnknownCommand() {
		assertUsageError("throughline: unknown command 'publish' (run 'throughline --help' for usage)", "publish", "x");
	}

	@Test
	void noFolder() {
		assertUsageError("throughline validate: missing plan folder DIR (usage: throughline validate DIR [--format text|json|sarif] [--as-at DATE])",
				"validate");
	}

	@Test
	void twoFolders() {
		assertUsageError("throughline stats: expected one plan folder DIR, got 2: a b "
				+ "(usage: throughline stats DIR [--format text|json])", "stats", "a", "b");
	}

	@Test
	void anUnknownOption() {
		assertUsageError("throughline validate: unknown option --verbose "
				+ "(usage: throughline validate DIR [--format text|json|sarif] [--as-at DATE])", "validate", "plans", "--verbose");
	}

	@Test
	void aBadFormat() {
		assertUsageError("throughline validate: --format must be text, json or sarif, not xml "
				+ "(usage: throughline validate DIR [--format text|json|sarif] [--as-at DATE])", "validate", "plans", "--format", "xml");
	}

	@Test
	void anOptionWithoutItsValue() {
		assertUsageError("throughline export: -o needs a value "
				+ "(usage: throughline export DIR --format csv|xlsx|xmi -o FILE [--gaps-only])", "export", "plans", "-o");
	}

	@Test
	void exportWithoutFormatOrOutput() {
		assertUsageError("throughline export: --format is required: csv, xlsx or xmi "
				+ "(usage: throughline export DIR --format csv|xlsx|xmi -o FILE [--gaps-only])", "export", "plans", "-o", "x");
		assertUsageError("throughline export: -o FILE is required "
				+ "(usage: throughline export DIR --format csv|xlsx|xmi -o FILE [--gaps-only])", "export", "plans",
				"--format=csv");
	}

	@Test
	void gapsOnlyIsForCsv() {
		assertUsageError("throughline export: --gaps-only applies to --format csv and xlsx only "
				+ "(usage: throughline export DIR --format csv|xlsx|xmi -o FILE [--gaps-only])", "export", "plans",
				"--format", "xmi", "-o", "x", "--gaps-only");
	}

	@Test
	void htmlWithoutOutput() {
		assertUsageError("throughline html: -o OUT is required (usage: throughline html DIR -o OUT [--compare-with OLD] [--as-at DATE])", "html", "plans");
	}
}
