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
}
