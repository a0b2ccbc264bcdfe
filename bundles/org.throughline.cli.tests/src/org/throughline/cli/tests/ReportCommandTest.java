package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.examples.ExampleProject;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** {@code throughline report}: the monitoring report of the walkthrough example. */
class ReportCommandTest {

	@TempDir
	Path temp;

	private String walkthrough() throws Exception {
		Path folder = temp.resolve("walkthrough");
		ExampleProject.MONITORING_WALKTHROUGH.copyTo(folder);
		return folder.toString();
	}

	@Test
	void theMatrixGivesEachCommitmentItsActionsAndItsStatusAndRatingForThePeriodReportedNow() throws Exception {
		String folder = walkthrough();
		Path csv = temp.resolve("matrix.csv");
		Run run = Run.of("export", folder, "--format", "csv", "-o", csv.toString());
		assertEquals(0, run.code(), run.err());
		List<String> lines = java.nio.file.Files.readAllLines(csv);
		assertTrue(lines.get(0).endsWith(",inspection actions,actions,reported for,status,rating,holes"), lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("walkthrough.plan.Walkthrough.D4,")
				&& l.endsWith(",walkthrough.businessplans.FosteringPlan.StabilityReview,2011/12 Q4,Some risk to delivery,"
						+ "amber,")), String.join("\n", lines));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("walkthrough.plan.Walkthrough.C3_1,")
				&& l.endsWith(",2011/12 Q4,Off track,red,")), String.join("\n", lines));
	}

	@Test
	void theJsonRatesEveryIndicatorWithItsDirectionExceptionsFirst() throws Exception {
		Run run = Run.of("report", walkthrough(), "--format", "json");
		assertEquals(0, run.code(), run.err());
		assertEquals("", run.err());
		List<String> lines = run.outLines();
		assertEquals("  \"asAt\": \"2012-04-20\",", lines.get(1));
		assertEquals("  \"period\": \"2011/12 Q4\",", lines.get(2));
		assertTrue(lines.get(4).startsWith("    {\"name\": \"walkthrough.indicators.DistrictPlansAgreed\""), lines.get(4));
		assertTrue(lines.get(4).contains("\"rating\": \"red\", \"reason\": \"below the floor\", \"actual\": \"1\","
				+ " \"target\": \"3\", \"floor\": \"2\", \"direction\": \"unchanged\""), lines.get(4));
		assertTrue(lines.get(5).startsWith("    {\"name\": \"walkthrough.indicators.PlacementMoves\""), lines.get(5));
		assertTrue(lines.get(5).contains("\"rating\": \"amber\"") && lines.get(5).contains("\"direction\": \"improving\""),
				lines.get(5));
		assertTrue(lines.get(6).startsWith("    {\"name\": \"walkthrough.indicators.ApprenticesTakenOn\""), lines.get(6));
		assertTrue(lines.get(6).contains("\"rating\": \"green\"") && lines.get(6).contains("\"direction\": \"improving\""),
				lines.get(6));
		assertTrue(run.out().contains("{\"name\": \"walkthrough.plan.Walkthrough.C3_1\", \"title\": \"A local KCC"
				+ " commissioning plan for every district area by 2014\", \"status\": \"OffTrack\""), run.out());
	}

	@Test
	void theAsAtDateChoosesThePeriodAndTheSameDateGivesTheSameBytes() throws Exception {
		String folder = walkthrough();
		Run first = Run.of("report", folder, "--as-at", "2012-01-20", "--format", "json");
		Run again = Run.of("report", folder, "--as-at", "2012-01-20", "--format", "json");
		assertEquals(0, first.code(), first.err());
		assertEquals(first.out(), again.out());
		assertTrue(first.out().contains("\"period\": \"2011/12 Q3\""), first.out());
		assertTrue(first.out().contains("\"asAt\": \"2012-01-20\""), first.out());
	}

	@Test
	void theTextReportListsEachDirectorateWithItsExceptionsFirst() throws Exception {
		Run run = Run.of("report", walkthrough(), "--period", "2011/12 Q3");
		assertEquals(0, run.code(), run.err());
		List<String> lines = run.outLines();
		assertEquals("Monitoring report for 2011/12 Q3, as at 2012-04-20", lines.get(0));
		assertTrue(lines.contains("Families, Health and Social Care"), run.out());
		assertTrue(run.out().contains("indicator Children in care with three or more placements in twelve months"
				+ " (illustrative) 2011/12 Q3: red (below the floor) actual 12.4%, target 10%, floor 12%, worsening on"
				+ " the previous period, none on a year before: Illustrative: a rise in emergency placements over the"
				+ " winter."), run.out());
	}

	@Test
	void aFolderWithNoAsAtDateAndNoPeriodIsRefusedInOneLine() throws Exception {
		Path folder = temp.resolve("kent");
		PlanFixtures.copy(PlanFixtures.KENT, folder);
		Run run = Run.of("report", folder.toString());
		assertEquals(2, run.code());
		assertEquals(1, run.errLines().size(), run.err());
		assertTrue(run.err().contains("as at"), run.err());
		assertTrue(run.clean(), run.err());
	}

	@Test
	void aPeriodThatIsNotOneIsAUsageError() throws Exception {
		Run run = Run.of("report", walkthrough(), "--period", "2011/12 Q5");
		assertEquals(2, run.code());
		assertTrue(run.err().contains("--period:"), run.err());
		assertTrue(run.clean(), run.err());
	}

	@Test
	void theCsvHasARowForEachCommitmentAndIndicator() throws Exception {
		Run run = Run.of("report", walkthrough(), "--format", "csv");
		assertEquals(0, run.code(), run.err());
		assertEquals(7, run.outLines().size(), run.out());
		assertTrue(run.outLines().get(0).startsWith("\uFEFFDirectorate,Kind,Name"), run.outLines().get(0));
	}

	@Test
	void theBoldStepsExampleIsAsAtItsAgendaPackBeforeThePlanBegins() throws Exception {
		Path folder = temp.resolve("bold-steps");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(folder);
		Run run = Run.of("report", folder.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals(List.of("Monitoring report for 2010/11 Q2, as at 2010-12-08",
				"The period ends before the plan's first year begins: no actual or progress is owed yet."),
				run.outLines().subList(0, 2));
		assertTrue(!run.out().contains(": red (") && !run.out().contains(": amber ("), run.out());
	}

	@Test
	void theSiteReportsTheQuartersEndedByTheAsAtDateGiven() throws Exception {
		Path site = temp.resolve("site");
		Run run = Run.of("html", walkthrough(), "-o", site.toString(), "--as-at", "2012-01-20");
		assertEquals(0, run.code(), run.err());
		assertTrue(java.nio.file.Files.exists(site.resolve("monitoring/2011-12-q3.html")));
		assertTrue(!java.nio.file.Files.exists(site.resolve("monitoring/2011-12-q4.html")), "2011/12 Q4 had not ended");
	}
}
