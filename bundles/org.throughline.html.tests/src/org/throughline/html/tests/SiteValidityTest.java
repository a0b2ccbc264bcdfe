package org.throughline.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.examples.ExampleProject;
import org.throughline.html.ChangesReport;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.diff.PlanDiff;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** Every page and the style sheet pass the Nu Html Checker with no error. */
class SiteValidityTest {

	@TempDir
	Path temp;

	@Test
	void theCheckerFindsErrorsWhenThereAreSome() throws Exception {
		Path broken = Files.createDirectory(temp.resolve("broken"));
		Files.writeString(broken.resolve("index.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>x</title>"
				+ "</head><body><main><h1>Broken</h1><p>a <b>b</p><table><tr><th scope=\"rows\">x</th></tr></table>"
				+ "</main></body></html>");
		List<String> errors = NuHtmlChecker.errors(broken);
		assertTrue(errors.size() >= 2, errors.toString());
		assertTrue(errors.stream().anyMatch(e -> e.contains("scope")), errors.toString());
	}

	@Test
	void theKentSiteIsValid() throws Exception {
		Path site = Sites.write(PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("plans")), temp.resolve("site"),
				"kent");
		assertEquals(List.of(), NuHtmlChecker.errors(site));
	}

	@Test
	void aSiteFullOfMarkupAndQuotesIsValid() throws Exception {
		Path site = Sites.write(PlanFixtures.copy(PlanFixtures.HOSTILE, temp.resolve("plans")), temp.resolve("site"),
				"hostile");
		assertEquals(List.of(), NuHtmlChecker.errors(site));
	}

	@Test
	void aSiteOfAPlanWithErrorsIsValid() throws Exception {
		Path plans = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("plans"));
		Files.writeString(plans.resolve("broken.plan"), """
				module kent.broken
				import kent.organisation.KCC.*
				plan Broken "A plan with a mistake" {
					commitment X1 "Owned by nobody that exists" { owner lead Nowhere }
					commitment X2 "No closing quote" {
						statement "We will
				}
				""");
		Path site = Sites.write(plans, temp.resolve("site"), "broken");
		assertEquals(List.of(), NuHtmlChecker.errors(site));
	}

	@Test
	void aSiteComparedWithAnEarlierVersionIsValidAndSaysWhatChanged() throws Exception {
		Path older = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("cabinet"));
		Path newer = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("final"));
		Path plan = newer.resolve("boldsteps.plan");
		PlanFixtures.replace(plan, "more integrated and resilient", "more integrated, local and resilient");
		PlanFixtures.replace(plan, "owner accountable CabinetMemberCfe", "owner supporting CabinetMemberCfe");
		PlanFixtures.replace(plan, "commitment R5 ", "commitment R5a ");
		PlanFixtures.replace(newer.resolve("indicators.plan"), "baseline 26% on 2010-01-31", "baseline 25% on 2010-01-31");
		Path site = temp.resolve("site");
		Sites.writeCompared(newer, older, site, "kent-compared");
		assertEquals(List.of(), NuHtmlChecker.errors(site));
		String changes = Files.readString(site.resolve("changes.html"));
		assertTrue(changes.contains("<h1>What changed since November 2010 (Cabinet Version)</h1>"), changes);
		assertTrue(changes.contains("<h2>Commitments by theme</h2>") && changes.contains("<h2>Commitments by directorate</h2>"),
				changes);
		assertTrue(changes.contains("<del>integrated</del> <ins>integrated, local</ins>"), changes);
		assertTrue(changes.contains("renamed from kent.boldsteps.BoldSteps.R5"), changes);
		String v6 = Files.readString(site.resolve("commitments/kent.boldsteps.BoldSteps.V6.html"));
		assertTrue(v6.contains("<h2>What it said before</h2>"), v6);
		assertTrue(v6.contains("<del>integrated</del> <ins>integrated, local</ins>"), v6);
		String v3 = Files.readString(site.resolve("commitments/kent.boldsteps.BoldSteps.V3.html"));
		assertTrue(v3.contains("It has not changed since November 2010 (Cabinet Version)."), v3);
		assertTrue(Files.readString(site.resolve("index.html")).contains("<a href=\"changes.html\">Changes</a>"));
	}

	@Test
	void theComparisonAsAPageOfItsOwnIsValid() throws Exception {
		Path older = PlanFixtures.copy(PlanFixtures.HOSTILE, temp.resolve("old"));
		Path newer = PlanFixtures.copy(PlanFixtures.HOSTILE, temp.resolve("new"));
		Path edited = newer.resolve("hostile.plan");
		String text = Files.readString(edited);
		int statement = text.indexOf("statement \"");
		assertTrue(statement > 0, "the hostile fixture has a statement");
		int start = statement + "statement \"".length();
		Files.writeString(edited, text.substring(0, start) + "<b>Amended</b> & \\\"re-worded\\\" " + text.substring(start));
		PlanDiff diff = PlanDiff.between(TraceIndex.of(PlanFixtures.load(older).modules()),
				TraceIndex.of(PlanFixtures.load(newer).modules()));
		assertEquals(1, diff.changed().size(), () -> diff.changed().toString());
		Path folder = Files.createDirectory(temp.resolve("page"));
		String page = ChangesReport.page(diff, "<old> & \"draft\"", "new");
		Files.writeString(folder.resolve("changes.html"), page);
		assertEquals(List.of(), NuHtmlChecker.errors(folder));
		assertTrue(page.contains("<ins>&lt;b&gt;Amended&lt;/b&gt; &amp;"), page);
		assertTrue(page.contains("What changed since &lt;old&gt; &amp; &quot;draft&quot;"), page);
	}

	@Test
	void theTablesSplitOverPagesAreValid() throws Exception {
		Path site = Sites.write(Sites.portfolio(temp.resolve("plans"), 1_100), temp.resolve("site"), "portfolio");
		// the paged tables only: checking the 1,100 commitments' pages as well would say nothing new
		Path paged = Files.createDirectory(temp.resolve("paged"));
		try (var files = Files.list(site)) {
			for (Path file : files.filter(f -> f.getFileName().toString().matches("(matrix|gaps|problems).*\\.html"))
					.toList()) {
				Files.copy(file, paged.resolve(file.getFileName()));
			}
		}
		assertTrue(Files.exists(paged.resolve("matrix-3.html")));
		assertEquals(List.of(), NuHtmlChecker.errors(paged));
	}

	@Test
	void theBoldStepsExampleSiteIsValid() throws Exception {
		Assumptions.assumeFalse(ExampleProject.BOLD_STEPS_FOR_KENT.planFileNames().isEmpty(),
				"the Bold Steps for Kent example is not in this build");
		Path plans = temp.resolve("bold-steps");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(plans);
		Path site = Sites.write(plans, temp.resolve("site"), "bold-steps-for-kent");
		assertEquals(List.of(), NuHtmlChecker.errors(site));
	}

	@Test
	void theMonitoringWalkthroughSiteIsValidAndRatesInWords() throws Exception {
		Path plans = temp.resolve("walkthrough");
		ExampleProject.MONITORING_WALKTHROUGH.copyTo(plans);
		Path site = Sites.write(plans, temp.resolve("site"), "monitoring-walkthrough");
		assertEquals(List.of(), NuHtmlChecker.errors(site));
		String q4 = java.nio.file.Files.readString(site.resolve("monitoring/2011-12-q4.html"));
		for (String rating : List.of(">green<", ">amber<", ">red<", ">improving<", ">unchanged<")) {
			org.junit.jupiter.api.Assertions.assertTrue(q4.contains(rating), rating);
		}
		assertEveryPageSays(site, "(illustrative figures)");
		String index = java.nio.file.Files.readString(site.resolve("monitoring/index.html"));
		org.junit.jupiter.api.Assertions.assertTrue(index.contains("Monitoring report for 2011/12 Q4"), index);
		org.junit.jupiter.api.Assertions.assertTrue(index.contains("Annual report for 2011/12"), index);
		String annual = java.nio.file.Files.readString(site.resolve("monitoring/2011-12.html"));
		for (String heading : List.of("<th scope=\"col\">2011/12 Q1</th>", "<th scope=\"col\">2011/12 Q4</th>",
				"<th scope=\"col\">The year</th>", ">The year by quarter<", ">Exceptions at the end of the year<")) {
			org.junit.jupiter.api.Assertions.assertTrue(annual.contains(heading), heading + " in " + annual);
		}
		for (String rating : List.of(">green<", ">amber<", ">red<")) {
			org.junit.jupiter.api.Assertions.assertTrue(annual.contains(rating), rating);
		}
	}

	/** Every page of an example's site says that its figures or its whole content are illustrative. */
	private static void assertEveryPageSays(Path site, String words) throws Exception {
		try (var pages = java.nio.file.Files.walk(site)) {
			for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
				org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.readString(page).contains(words),
						page + " does not say " + words);
			}
		}
	}

	@Test
	void theRiversideExampleSiteIsValidAndShowsWhatAnotherCouncilsPlanSays() throws Exception {
		Path plans = temp.resolve("riverside");
		ExampleProject.RIVERSIDE_COUNCIL_PLAN.copyTo(plans);
		Path site = Sites.write(plans, temp.resolve("site"), "riverside-council-plan");
		assertEquals(List.of(), NuHtmlChecker.errors(site));
		assertEveryPageSays(site, "(illustrative example)");
		String index = java.nio.file.Files.readString(site.resolve("index.html"));
		for (String shown : List.of("<h2>Vision</h2>", "<h2>Introduction</h2>", "A place where people want to live, work and stay.",
				"This plan sets out what the council will do in the next two years",
				"We will enable the building of homes that local people can afford.", "<h2>Areas</h2>",
				"Eastwick (town)", "Saltings (neighbourhood)", "£37.5m capital (Capital programme 2022 to 2024)", "Housing Investment Plan 2020 to 2025</a> (from"
						+ " 2020-04-01 until 2025-03-31)")) {
			org.junit.jupiter.api.Assertions.assertTrue(index.contains(shown), shown + " in " + index);
		}
		// under each area, the commitments for it in the plan's order
		String eastwick = index.substring(index.indexOf("Eastwick (town)"), index.indexOf("Marsh (ward)"));
		org.junit.jupiter.api.Assertions.assertTrue(eastwick.indexOf("Build 800 new affordable homes") < eastwick
				.indexOf("Bring empty shops in Eastwick town centre back into use") && eastwick.indexOf(
						"Build 800 new affordable homes") > 0, eastwick);
		String park = java.nio.file.Files.readString(
				site.resolve("commitments/riverside.plan.CouncilPlan.A2_1.html"));
		for (String shown : List.of(">Saltings</a>", ">partner<", "Northbank District Council (illustrative)",
				"South Estuary Local Enterprise Partnership (illustrative)")) {
			org.junit.jupiter.api.Assertions.assertTrue(park.contains(shown), shown + " in " + park);
		}
		// a delivery plan's leads, named once, lead each of its actions; an action is measured by an indicator
		String homes = java.nio.file.Files.readString(
				site.resolve("business-plans/riverside.delivery.HomesDelivery.html"));
		for (String shown : List.of("<dt>Leads of its actions</dt>", "lead: <a href=\"../owners/riverside.organisation"
				+ ".Riverside.DirectorHousing.html\">Director of Housing</a>; accountable: ",
				"<th scope=\"col\">Measured by</th>", ">New affordable homes completed (illustrative)</a>")) {
			org.junit.jupiter.api.Assertions.assertTrue(homes.contains(shown), shown + " in " + homes);
		}
		String delivery = java.nio.file.Files.readString(
				site.resolve("business-plans/riverside.delivery.PlaceDelivery.html"));
		org.junit.jupiter.api.Assertions.assertTrue(delivery.contains("<th scope=\"col\">Funding</th>")
				&& delivery.contains("<td>£400,000 grant (Empty shops grants)</td>"), delivery);
		// a plan without directorates is broken down by what it has
		String coverage = java.nio.file.Files.readString(site.resolve("coverage.html"));
		for (String shown : List.of("<caption>Coverage by area</caption>", "<caption>Coverage by lead owner</caption>",
				"<caption>Coverage by accountable owner</caption>", ">Eastwick</a></th><td>2</td>")) {
			org.junit.jupiter.api.Assertions.assertTrue(coverage.contains(shown), shown + " in " + coverage);
		}
		String sources = java.nio.file.Files.readString(site.resolve("sources.html"));
		org.junit.jupiter.api.Assertions.assertTrue(sources.contains("(investment-plan), in force from 2020-04-01"
				+ " until 2025-03-31"), sources);
	}

	@Test
	void theGoldenThreadReadsDownFromACommitmentAndUpFromAnAction() throws Exception {
		Path plans = temp.resolve("walkthrough");
		ExampleProject.MONITORING_WALKTHROUGH.copyTo(plans);
		Path site = Sites.write(plans, temp.resolve("site"), "monitoring-walkthrough");
		// down: the commitment's page names the action that delivers it, its business plan, owner and progress
		String d4 = java.nio.file.Files.readString(site.resolve("commitments/walkthrough.plan.Walkthrough.D4.html"));
		org.junit.jupiter.api.Assertions.assertTrue(d4.contains("<h2>Delivery</h2>"), d4);
		org.junit.jupiter.api.Assertions.assertTrue(d4.contains("<a href=\"../business-plans/"
				+ "walkthrough.businessplans.FosteringPlan.html#walkthrough.businessplans.FosteringPlan.StabilityReview\">"
				+ "Review every placement at risk of breaking down within four weeks</a>"), d4);
		org.junit.jupiter.api.Assertions.assertTrue(d4.contains("<td>2011-09-30</td><td>2011/12 Q4: Some risk to"
				+ " delivery</td>"), d4);
		// up: the business plan's page gives each action the commitment it delivers and the aim that serves
		String plan = java.nio.file.Files.readString(
				site.resolve("business-plans/walkthrough.businessplans.FosteringPlan.html"));
		org.junit.jupiter.api.Assertions.assertTrue(plan.contains("<span id=\"walkthrough.businessplans.FosteringPlan"
				+ ".StabilityReview\">"), plan);
		org.junit.jupiter.api.Assertions.assertTrue(plan.contains("<td><a href=\"../commitments/walkthrough.plan."
				+ "Walkthrough.D4.html\">Reduce the number of disruptive moves for young people in foster care</a></td>"
				+ "<td><a href=\"../index.html#walkthrough.plan.Walkthrough.Disadvantage\">To tackle disadvantage</a>"
				+ "</td>"), plan);
		// the owner, given by the business plan, finds the action it owns; the monitoring index lists the plans
		String team = java.nio.file.Files.readString(
				site.resolve("owners/walkthrough.organisation.KCC.FHSC.FosteringTeam.html"));
		org.junit.jupiter.api.Assertions.assertTrue(team.contains("<h2>Business-plan actions it owns</h2>"), team);
		String monitoring = java.nio.file.Files.readString(site.resolve("monitoring/index.html"));
		org.junit.jupiter.api.Assertions.assertTrue(monitoring.contains("(Fostering service, 2011/12, 1 action)"),
				monitoring);
	}
}
