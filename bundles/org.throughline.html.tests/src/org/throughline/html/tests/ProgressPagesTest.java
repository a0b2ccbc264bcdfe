package org.throughline.html.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.html.SiteGenerator;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/**
 * What another council's plan showed the site getting wrong: a commitment whose only measure cannot show progress
 * within the plan said "Nothing missing", and undated values were left out of an indicator's page without a word.
 */
class ProgressPagesTest {

	@TempDir
	Path temp;

	private Map<String, String> site;

	@BeforeEach
	void publish() throws Exception {
		Path plans = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("kent"));
		Files.writeString(plans.resolve("homes.plan"), """
				module kent.homes
				import kent.sources.*
				import kent.organisation.KCC.*
				indicator Homes "Affordable homes delivered" {
					unit count
					better when higher
					target 1200 by 2023-03-31
					actual 344 (Agenda line 3177)
					actual 380 for 2011/12
				}
				plan HomesPlan "Homes" {
					period 2011/12 to 2014/15
					commitment H1 "Deliver affordable homes" {
						source Agenda line 1
						owner lead FHSC
						measured by Homes
					}
				}
				""");
		site = SiteGenerator.render(Sites.input(plans));
	}

	@Test
	void aCommitmentWhoseMeasureCannotShowProgressWithinThePlanSaysWhatIsMissing() {
		String page = site.get("commitments/kent.homes.HomesPlan.H1.html");
		assertFalse(page.contains("Nothing missing"), page);
		assertTrue(page.contains("\u2717 No baseline"), page);
		assertTrue(page.contains("\u2717 No target within the plan"), page);
	}

	@Test
	void anUndatedActualIsListedAsUndatedAndTheChartSaysItLeavesItOut() {
		String page = site.get("indicators/kent.homes.Homes.html");
		assertTrue(page.contains("<th scope=\"row\">Actual</th><td>344</td><td>undated</td>"), page);
		assertTrue(page.contains("<p>One value is undated, so it is not drawn; the table lists it.</p>"), page);
	}
}
