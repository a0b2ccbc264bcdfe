package org.throughline.trace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.model.plan.Commitment;
import org.throughline.trace.coverage.Coverage;
import org.throughline.trace.coverage.CoverageMeasure;
import org.throughline.trace.coverage.DirectorateCoverage;
import org.throughline.trace.coverage.PlanSummary;

/** The plan-level summary counts what the Kent fixture owns, measures, consulted on and answered. */
class PlanSummaryTest extends KentTestBase {

	private PlanSummary summary() {
		return PlanSummary.of(index, index.plans().get(0));
	}

	@Test
	void theWholePlanIsCounted() {
		Coverage all = summary().overall();
		// R3 R5 R6 D3 S5 D5 V1 V3 V6 P2
		assertEquals(new Coverage(10, 4, 4, 3, 2, 1, 1, 3, 2, 2, 0), all);
		assertEquals(6, all.unowned());
		assertEquals(6, all.unmeasured(), "10 commitments, 3 measured, 1 stated not measurable");
		assertEquals(1, all.consultedButUnanswered());
		assertEquals(40, all.percent(all.owned()));
		assertEquals(30, all.percent(all.measured()));
		assertEquals(10, all.percent(all.statedNotMeasurable()));
	}

	@Test
	void eachMeasureCountsTheCommitmentsItsOwnTestPicksOut() {
		Coverage all = summary().overall();
		List<Commitment> commitments = index.plans().get(0).getCommitments();
		for (CoverageMeasure measure : CoverageMeasure.values()) {
			long picked = commitments.stream().filter(c -> measure.holds(index, c)).count();
			assertEquals(picked, measure.count(all), measure.label());
		}
		assertEquals(List.of("Owned", "Measured", "Stated not measurable", "Consulted on", "Every response answered",
				"In a business plan"),
				CoverageMeasure.columns().stream().map(CoverageMeasure::label).toList());
		assertEquals(List.of("Directorate", "All", "Owns", "Aim", "Owned", "Measured", "Reason", "Consulted",
				"Answered", "Business plan"), DirectorateCoverage.HEADINGS);
		assertEquals("  by an indicator", CoverageMeasure.BY_INDICATOR.line());
	}

	@Test
	void percentagesRoundHalfUpAndSurviveAnEmptyPlan() {
		assertEquals(33, Coverage.percent(1, 3));
		assertEquals(67, Coverage.percent(2, 3));
		assertEquals(13, Coverage.percent(1, 8), "12.5 rounds up");
		assertEquals(0, Coverage.percent(0, 0));
		assertEquals("\u2013", Coverage.percentText(0, 0));
		assertEquals("100%", Coverage.percentText(4, 4));
	}

	@Test
	void eachDirectorateCountsWhatItOwnsAndWhatItsAimsSuggest() {
		List<DirectorateCoverage> rows = summary().byDirectorate();
		assertEquals(List.of("CFE", "Communities", "BSS", "CustomerAndCommunities", "Enterprise", "FHSC", "ELS"),
				rows.stream().map(r -> r.directorate().getName()).toList());
		DirectorateCoverage cfe = rows.get(0);
		assertEquals(1, cfe.byOwnership());
		assertEquals(new Coverage(1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0), cfe.coverage());
		DirectorateCoverage cc = rows.get(3);
		assertEquals(1, cc.byOwnership(), "R5");
		assertEquals(1, cc.byAim(), "R3, whose theme serves the citizen aim that C&C delivers");
		assertEquals(new Coverage(2, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0), cc.coverage());
		DirectorateCoverage enterprise = rows.get(4);
		assertEquals(0, enterprise.byOwnership());
		assertEquals(2, enterprise.byAim(), "D3 and S5 serve the economy aim");
		DirectorateCoverage fhsc = rows.get(5);
		assertEquals(5, fhsc.byAim(), "R3 D3 V3 V6 P2 serve the disadvantage aim, delivered by ELS and FHSC");
		assertEquals(new Coverage(5, 0, 0, 2, 2, 0, 0, 3, 2, 2, 0), fhsc.coverage());
		assertEquals(fhsc.coverage(), rows.get(6).coverage());
	}

	@Test
	void commitmentsThatNoDirectorateOwnsOrServesAreCountedApart() {
		assertEquals(0, summary().unattributed().commitments());
	}
}
