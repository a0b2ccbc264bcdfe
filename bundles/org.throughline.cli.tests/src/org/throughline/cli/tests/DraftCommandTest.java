package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.examples.ExampleProject;

/**
 * {@code throughline draft}: a plan drafted from the Bold Steps agenda pack finds the executive summary's 49
 * commitments at their lines, and the draft parses and passes every citation check.
 */
class DraftCommandTest {

	/** A citation of the agenda pack in a commitment's "source": its first and last line. */
	private static final Pattern SOURCE = Pattern.compile("source Agenda lines? (\\d+)(?: to (\\d+))?");

	/** A drafted commitment's "source" (a theme cites its heading on its own line, after a brace). */
	private static final Pattern DRAFTED = Pattern.compile("\n\t\tsource Pack lines? (\\d+)(?: to (\\d+))?");

	@TempDir
	Path temp;

	@Test
	void theAgendaPackDraftFindsTheExecutiveSummarysCommitmentsAtTheirLines() throws Exception {
		Path example = temp.resolve("bold-steps");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(example);
		Path drafts = Files.createDirectories(temp.resolve("draft"));
		Path pack = example.resolve("sources/003_d7e229d437202fed.txt");
		Run run = Run.of("draft", pack.toString(), "--name", "Pack", "-o", drafts.resolve("draft.plan").toString());
		assertEquals(0, run.code(), run.err());
		Matcher said = Pattern.compile("(\\d+) candidate commitments under (\\d+) headings found in .*; the draft is .*\n")
				.matcher(run.out());
		assertTrue(said.matches(), run.out());
		String draft = Files.readString(drafts.resolve("draft.plan"));
		// the document is named from the draft's folder, where its citations look for it
		assertTrue(draft.contains("\tfile \"../bold-steps/sources/003_d7e229d437202fed.txt\"\n"), draft.substring(0, 400));

		// the draft parses, and every quoted promise stands at the lines it cites
		Run checked = Run.of("validate", drafts.toString());
		List<String> findings = checked.outLines().stream().filter(l -> l.contains(": error ")
				|| l.contains(" quote-not-at-source: ") || l.contains(" citation-out-of-range: ")
				|| l.contains(" source-file-missing: ") || l.contains(" statement-without-source: ")).toList();
		assertEquals(List.of(), findings);
		assertTrue(checked.out().contains("commitment-without-owner"), "no owner is invented");

		// recall and precision against the example's 49 executive-summary commitments (R1 to VC5)
		List<int[]> drafted = new ArrayList<>();
		Matcher source = DRAFTED.matcher(draft);
		while (source.find()) {
			drafted.add(range(source));
		}
		List<int[]> executive = executiveSummary(Files.readString(example.resolve("bold-steps.plan")));
		assertEquals(49, executive.size());
		long found = executive.stream().filter(c -> drafted.stream().anyMatch(d -> overlap(c, d))).count();
		int first = executive.stream().mapToInt(c -> c[0]).min().orElseThrow();
		int last = executive.stream().mapToInt(c -> c[1]).max().orElseThrow();
		List<int[]> inSummary = drafted.stream().filter(d -> d[0] >= first && d[1] <= last).toList();
		long right = inSummary.stream().filter(d -> executive.stream().anyMatch(c -> overlap(c, d))).count();
		// measured: 49 of 49 found; 49 of the 52 candidates in the executive summary are its commitments
		assertTrue(found >= 45, "found " + found + " of 49");
		assertTrue(right >= 0.9 * inSummary.size(), right + " of " + inSummary.size() + " candidates are commitments");
	}

	@Test
	void aDocumentThatIsNotThereIsOneLineAndNoFile() throws Exception {
		Path plan = temp.resolve("draft.plan");
		Run run = Run.of("draft", temp.resolve("missing.txt").toString(), "-o", plan.toString());
		assertEquals(2, run.code());
		assertTrue(run.err().matches("throughline: .*missing.txt is not found\n"), run.err());
		assertTrue(Files.notExists(plan));
	}

	private static List<int[]> executiveSummary(String plan) {
		List<int[]> ranges = new ArrayList<>();
		Matcher commitment = Pattern.compile("commitment (\\w+) \"[^\"]*\" \\{(.*?)\\n\\t\\}", Pattern.DOTALL).matcher(plan);
		while (commitment.find()) {
			Matcher source = SOURCE.matcher(commitment.group(2));
			if (!commitment.group(1).contains("_") && source.find()) {
				ranges.add(range(source));
			}
		}
		return ranges;
	}

	private static int[] range(Matcher source) {
		int first = Integer.parseInt(source.group(1));
		return new int[] { first, source.group(2) == null ? first : Integer.parseInt(source.group(2)) };
	}

	private static boolean overlap(int[] a, int[] b) {
		return a[0] <= b[1] && b[0] <= a[1];
	}
}
