package org.throughline.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.FrameworkUtil;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/**
 * The key pages of the Kent fixture's site read exactly as expected (resources/expected/, reviewed by hand), and
 * say what scrutiny asks: who owns it, what measures it, what consultees said and what was done.
 */
class KeyPagesTest {

	@TempDir
	Path temp;

	private Map<String, String> site;

	@BeforeEach
	void publish() throws Exception {
		site = Sites.render(PlanFixtures.KENT, temp);
	}

	private static String expected(String page) throws IOException {
		URL entry = FrameworkUtil.getBundle(KeyPagesTest.class).getEntry("resources/expected/" + page);
		if (entry == null) {
			throw new AssertionError("no expected page resources/expected/" + page);
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "index.html", "gaps.html", "commitments/kent.boldsteps.BoldSteps.V1.html",
			"consultations/kent.consultation.StructureConsultation.html",
			"restructures/kent.restructure.ChangeToKeepSucceeding.html",
			"indicators/kent.indicators.SocialWorkerVacancies.html", "owners/kent.organisation.KCC.Communities.html" })
	void theKeyPagesAreAsExpected(String page) throws IOException {
		String expected = withoutFindings(expected(page));
		String actual = withoutFindings(site.get(page));
		if (!expected.equals(actual)) {
			// for review: the page as published now, beside the expected one
			java.nio.file.Path written = java.nio.file.Path.of("target", "key-pages", page).toAbsolutePath();
			java.nio.file.Files.createDirectories(written.getParent());
			java.nio.file.Files.writeString(written, site.get(page));
		}
		assertEquals(expected, actual, page);
	}

	// The findings a page lists come from the validation rules, which change on their own; how findings are
	// shown is tested where the command line publishes a plan with errors.
	private static String withoutFindings(String page) {
		return page.replaceAll("(?s)<section aria-labelledby=\"findings\">.*?</section>\n", "");
	}

	@Test
	void aCommitmentPageTracesItsOwnersMeasuresConsultationAndInspection() {
		String v6 = site.get("commitments/kent.boldsteps.BoldSteps.V6.html");
		assertTrue(v6.contains("<li class=\"hole\">\u2717 No owner: No unit, post, person or portfolio owns it.</li>"));
		assertTrue(v6.contains("<li class=\"hole\">\u2717 Unanswered response: A consultation response about it has no "
				+ "reply.</li>"));
		assertTrue(v6.contains("<p class=\"did unanswered\"><strong>We did: </strong><span class=\"hole\">\u2717 No reply "
				+ "yet</span></p>"));
		assertTrue(v6.contains("<span class=\"outcome noted\">\u2139 noted</span>. Bold Steps for Kent makes a specific "
				+ "commitment to restructure adult and children social services"));
		String r3 = site.get("commitments/kent.boldsteps.BoldSteps.R3.html");
		assertTrue(r3.contains("<p class=\"changed\">What changed: <a href=\"../commitments/kent.boldsteps.BoldSteps.R3.html\">"
				+ "Move to a single initial assessment framework</a></p>"), r3);
		String s5 = site.get("commitments/kent.boldsteps.BoldSteps.S5.html");
		assertTrue(s5.contains("<p class=\"reason\"><strong>Not measurable because: </strong>The decision is the "
				+ "Government&#39;s; KCC can only press the case.</p>"));
	}

	@Test
	void theMatrixHasEveryCommitmentAndTheGapsOnlyThoseWithHoles() {
		String matrix = site.get("matrix.html");
		String gaps = site.get("gaps.html");
		assertEquals(10, Tags.of(matrix).starts("tr").size() - 1);
		assertEquals(10, Tags.of(gaps).starts("tr").size() - 1);
		assertTrue(matrix.contains("<p>10 commitments, of which 10 lack something."));
	}

	@Test
	void theCoverageDashboardGivesTheSummaryAndItsCharts() {
		String coverage = site.get("coverage.html");
		assertTrue(coverage.contains("<tr><th scope=\"row\">Owned</th><td>4</td><td>40%</td></tr>"));
		assertTrue(coverage.contains("<tr><th scope=\"row\">Stated not measurable</th><td>1</td><td>10%</td></tr>"));
		assertTrue(coverage.contains("<desc id=\"overall-kent-boldsteps-BoldSteps-desc\">Owned: 40% (4 of 10); "
				+ "Measured: 30% (3 of 10); Stated not measurable: 10% (1 of 10); "
				+ "Consulted on: 30% (3 of 10); Every response answered: 20% (2 of 10); "
				+ "In a business plan: 0% (0 of 10)</desc>"), coverage);
		// the directorate table heads its shares with the names the summary table and the charts use
		assertTrue(coverage.contains("<th scope=\"col\">Owned</th><th scope=\"col\">Measured</th><th scope=\"col\">"
				+ "Stated not measurable</th><th scope=\"col\">Consulted on</th><th scope=\"col\">Every response "
				+ "answered</th><th scope=\"col\">In a business plan</th></tr>"), coverage);
		assertTrue(coverage.contains(">Families, Health and Social Care</a></th><td>5</td><td>0</td><td>5</td><td>0%</td>"
				+ "<td>40%</td><td>0%</td><td>60%</td><td>40%</td><td>0%</td></tr>"), coverage);
	}

	@Test
	void anIndicatorChartShowsBaselineAndActualsWithShapesAndValues() {
		String page = site.get("indicators/kent.indicators.SocialWorkerVacancies.html");
		assertTrue(page.contains("<desc id=\"chart-desc\">Baseline 26% on 2010-01-31; Actual 11% on 2010-10-31</desc>"));
		assertTrue(page.contains("class=\"marker baseline\""));
		assertTrue(page.contains("class=\"marker actual\""));
		assertTrue(page.contains(">Baseline</text>"));
		assertTrue(page.contains(">Actual</text>"));
		assertTrue(page.contains("class=\"point-label\">26%</text>"));
	}

	@Test
	void anIndicatorPageSaysWhichDirectionIsBetterAndHowOftenItIsReportedAsThePlanSaysIt() {
		String page = site.get("indicators/kent.indicators.KccApprentices.html");
		assertTrue(page.contains("<dt>Better when</dt><dd>higher</dd>"), page);
		assertTrue(page.contains("<dt>Reported</dt><dd>annually</dd>"), page);
		assertTrue(site.get("indicators/kent.indicators.SocialWorkerVacancies.html")
				.contains("<dt>Better when</dt><dd>lower</dd>"));
	}

	@Test
	void aUnitPageShowsWhatItOwnsAndWhatMovesAway() {
		String communities = site.get("owners/kent.organisation.KCC.Communities.html");
		assertTrue(communities.contains("<h3>Moving away from it</h3>"));
		assertTrue(communities.contains("Commitments it affects: <a href=\"../commitments/kent.boldsteps.BoldSteps.D5.html\">"));
		String cc = site.get("owners/kent.organisation.KCC.CustomerAndCommunities.html");
		assertTrue(cc.contains("<h3>Moving to it</h3>"));
		assertTrue(cc.contains("<a href=\"../commitments/kent.boldsteps.BoldSteps.R5.html\">Expand the Gateway programme</a>"));
	}
}
