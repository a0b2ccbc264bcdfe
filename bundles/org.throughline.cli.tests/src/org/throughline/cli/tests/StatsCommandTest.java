package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** {@code throughline stats}: the plan-level summary as text and JSON. */
class StatsCommandTest {

	@TempDir
	Path temp;

	private Path kent() throws Exception {
		return PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("kent"));
	}

	@Test
	void theSummaryCountsAndPercentagesArePrinted() throws Exception {
		Run run = Run.of("stats", kent().toString());
		assertEquals(0, run.code(), run.err());
		List<String> lines = run.outLines();
		assertEquals(List.of(
				"Bold Steps for Kent: The Medium Term Plan to 2014/15",
				"kent.boldsteps.BoldSteps, 2011/12 to 2014/15, November 2010 (Cabinet Version)",
				"",
				"Commitments                          10",
				"Owned                                 4   40%",
				"  with a lead owner                   4   40%",
				"Measured                              3   30%",
				"  by an indicator                     2   20%",
				"  by a milestone                      1   10%",
				"Stated not measurable                 1   10%",
				"Neither measured nor explained        6   60%",
				"Consulted on                          3   30%",
				"  every response answered             2   20%",
				"  changed by consultation             2   20%",
				"In a business plan                    0    0%",
				"",
				"By directorate: the commitments it owns, and those unowned whose aim it delivers"), lines.subList(0, 17));
		assertEquals("Children, Families and Education (CFE)           1     1     0   100%      100%      0%         0%        0%             0%",
				lines.get(18));
		assertEquals("Families, Health and Social Care (FHSC)          5     0     5     0%       40%      0%        60%       40%             0%",
				lines.get(23));
		assertTrue(lines.get(25).startsWith("All: commitments counted."), lines.get(25));
		// each consultation's responses, respondents and replies
		assertEquals(List.of("",
				String.format("%-60s %9s %11s %7s", "Consultation", "Responses", "Respondents", "Replied"),
				String.format("%-60s %9d %11d %7d", "Bold Steps for Kent: consultation draft", 3, 4, 3),
				String.format("%-60s %9d %11d %7d", "Change to keep succeeding", 2, 2, 1)),
				lines.subList(lines.size() - 4, lines.size()));
		// and by what else the plan has: its aims and the owners who lead its commitments
		assertTrue(lines.contains("By aim"), run.out());
		assertTrue(lines.contains("By lead owner"), run.out());
	}

	@Test
	void aPlanWithoutDirectoratesIsCountedByAreaLeadAndAccountableOwner() throws Exception {
		Path folder = temp.resolve("riverside");
		org.throughline.examples.ExampleProject.RIVERSIDE_COUNCIL_PLAN.copyTo(folder);
		Run run = Run.of("stats", folder.toString());
		assertEquals(0, run.code(), run.err());
		List<String> lines = run.outLines();
		assertTrue(lines.stream().noneMatch(line -> line.startsWith("By directorate")), run.out());
		for (String expected : List.of("By aim", "By area", "By lead owner", "By accountable owner")) {
			assertTrue(lines.contains(expected), expected + " in " + run.out());
		}
		List<String> rows = List.of(row("Homes for all", 2), row("A growing economy", 2), row("Eastwick", 2),
				row("Marsh", 1), row("Hollow", 1), row("Saltings", 1), row("Director of Housing", 2),
				row("Executive Director of Place", 2), row("Portfolio Holder for Housing", 2),
				row("Portfolio Holder for Regeneration", 2));
		for (String row : rows) {
			assertTrue(lines.stream().anyMatch(line -> line.startsWith(row)), row + " in " + run.out());
		}
		Run json = Run.of("stats", folder.toString(), "--format=json");
		assertTrue(json.out().contains("\"area\": [\n          {\"name\": \"riverside.plan.CouncilPlan.Eastwick\", "
				+ "\"title\": \"Eastwick\", \"coverage\": {\"commitments\": 2, \"owned\": 2, \"led\": 2, "
				+ "\"measured\": 1,"), json.out());
	}

	private static String row(String label, int commitments) {
		return String.format("%-44s %5d", label, commitments);
	}

	@Test
	void jsonHasTheSameCounts() throws Exception {
		Run run = Run.of("stats", kent().toString(), "--format=json");
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("\"plan\": \"kent.boldsteps.BoldSteps\""), run.out());
		assertTrue(run.out().contains("\"overall\": {\"commitments\": 10, \"owned\": 4, \"led\": 4, \"measured\": 3, "
				+ "\"byIndicator\": 2, \"byMilestone\": 1, \"statedNotMeasurable\": 1, \"unmeasured\": 6, "
				+ "\"consultedOn\": 3, \"answered\": 2, \"changedByConsultation\": 2, \"inBusinessPlan\": 0}"), run.out());
		assertTrue(run.out().contains("{\"directorate\": \"kent.organisation.KCC.Enterprise\", \"title\": \"Enterprise\", "
				+ "\"byOwnership\": 0, \"byAim\": 2, "), run.out());
	}

	@Test
	void aPlanWithErrorsIsSummarisedAndExitsOne() throws Exception {
		Path folder = kent();
		Files.writeString(folder.resolve("dangling.plan"), """
				module kent.dangling
				plan Dangling "A plan" {
					commitment X1 "Owned by nobody that exists" { owner lead Nowhere }
				}
				""");
		Run run = Run.of("stats", folder.toString());
		assertEquals(1, run.code());
		assertTrue(run.out().contains("Bold Steps for Kent"));
		assertEquals(List.of(
				"dangling.plan:3:59: error org.eclipse.xtext.diagnostics.Diagnostic.Linking: Couldn't resolve reference to Owner 'Nowhere'.",
				"throughline: the plan has 1 error; the summary was written all the same"), run.errLines());
	}

	@Test
	void aFolderWithoutAPlanSaysSo() throws Exception {
		Path folder = Files.createDirectory(temp.resolve("organisation-only"));
		Files.writeString(folder.resolve("o.plan"), "module o organisation O \"O\" { }");
		Run run = Run.of("stats", folder.toString());
		assertEquals(0, run.code());
		assertEquals(List.of("No plan in " + folder), run.outLines());
	}
}
