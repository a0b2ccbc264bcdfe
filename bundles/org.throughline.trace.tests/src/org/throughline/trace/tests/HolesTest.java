package org.throughline.trace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.throughline.model.plan.Commitment;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.holes.Hole;
import org.throughline.trace.holes.Holes;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** Each commitment's holes are exactly what it lacks. */
class HolesTest extends KentTestBase {

	private Set<Hole> holes(String commitment) {
		return Holes.of(index, commitment(commitment));
	}

	@Test
	void anUnownedUnmeasuredCommitmentLacksBoth() {
		assertEquals(EnumSet.of(Hole.NO_OWNER, Hole.NO_MEASURE), holes("R3"));
	}

	@Test
	void anOwnedCommitmentLacksOnlyItsMeasure() {
		assertEquals(EnumSet.of(Hole.NO_MEASURE), holes("R5"));
	}

	@Test
	void aStatedReasonIsNotAMissingMeasure() {
		assertEquals(EnumSet.of(Hole.NO_OWNER), holes("S5"));
	}

	@Test
	void anIndicatorWithATargetMeasures() {
		assertEquals(EnumSet.of(Hole.NO_OWNER), holes("D3"));
	}

	@Test
	void anIndicatorWithoutATargetLeavesTheCommitmentWithout() {
		assertEquals(EnumSet.of(Hole.NO_OWNER, Hole.NO_TARGET), holes("V3"));
	}

	@Test
	void anOwnerThatEndsBeforeThePlanDoesIsAHole() {
		// The Managing Director of CFE is in force until 3 April 2011; the plan runs to 2014/15.
		assertEquals(EnumSet.of(Hole.ENDED_OWNER), holes("V1"));
	}

	@Test
	void aResponseWithoutAReplyIsAHole() {
		// Tonbridge & Malling's response has no reply in the papers.
		assertEquals(EnumSet.of(Hole.NO_OWNER, Hole.NO_MEASURE, Hole.UNANSWERED), holes("V6"));
	}

	@Test
	void ownersWithoutALeadAndCommitmentsWithoutASourceAreFound() throws Exception {
		Files.writeString(folder.resolve("extra.plan"), """
				module kent.extra
				import kent.organisation.KCC.*
				plan Extra "Commitments written without their papers" {
					period 2011/12 to 2014/15
					commitment X1 "Supported, not led" {
						owner supporting FHSC
						milestone "Improvement plan to Cabinet" by 2011-01-10
					}
				}
				""");
		index = TraceIndex.of(PlanFixtures.load(folder).modules());
		Commitment x1 = element("kent.extra.Extra.X1", Commitment.class);
		assertEquals(EnumSet.of(Hole.NO_LEAD, Hole.NO_SOURCE), Holes.of(index, x1));
	}

	@Test
	void anIndicatorThatCannotShowProgressWithinThePlanIsAHole() throws Exception {
		// Another council's plan: a measure with no baseline whose only targets fall due after the plan has ended.
		Files.writeString(folder.resolve("progress.plan"), """
				module kent.progress
				import kent.sources.*
				import kent.organisation.KCC.*
				import kent.indicators.*
				indicator HomesNoBaseline "Affordable homes delivered" {
					unit count
					target 1200 by 2023-03-31
				}
				indicator HomesLate "Affordable homes delivered, from a baseline" {
					unit count
					baseline 150 for 2010/11
					target 1200 by 2023-03-31
				}
				indicator HomesInPlan "Affordable homes delivered, within the plan" {
					unit count
					target 400 by 2014-03-31
				}
				plan Progress "Commitments whose measures cannot show progress" {
					period 2011/12 to 2014/15
					commitment P1 "Neither baseline nor target within the plan" {
						source Agenda line 1
						owner lead FHSC
						measured by HomesNoBaseline
					}
					commitment P2 "A baseline, but targets only after the plan" {
						source Agenda line 1
						owner lead FHSC
						measured by HomesLate
					}
					commitment P3 "A target within the plan, but no baseline" {
						source Agenda line 1
						owner lead FHSC
						measured by HomesInPlan
					}
					commitment P4 "One measure that can show progress is enough" {
						source Agenda line 1
						owner lead FHSC
						measured by HomesNoBaseline, KccApprentices
					}
				}
				""");
		index = TraceIndex.of(PlanFixtures.load(folder).modules());
		assertEquals(EnumSet.of(Hole.NO_BASELINE, Hole.NO_TARGET_IN_PLAN), Holes.of(index, progress("P1")));
		assertEquals(EnumSet.of(Hole.NO_TARGET_IN_PLAN), Holes.of(index, progress("P2")));
		assertEquals(EnumSet.of(Hole.NO_BASELINE), Holes.of(index, progress("P3")));
		assertEquals(EnumSet.noneOf(Hole.class), Holes.of(index, progress("P4")));
	}

	private Commitment progress(String name) {
		return element("kent.progress.Progress." + name, Commitment.class);
	}

	@Test
	void holeCodesAreStable() {
		assertEquals("no-owner no-lead ended-owner no-measure no-target no-baseline no-target-in-plan unanswered no-source",
				String.join(" ", EnumSet.allOf(Hole.class).stream().map(Hole::code).toList()));
	}
}
