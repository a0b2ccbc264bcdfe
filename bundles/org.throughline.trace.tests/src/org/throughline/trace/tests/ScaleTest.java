package org.throughline.trace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.dsl.tests.ProcessorTime;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Organisation;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanFactory;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.Respondent;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.UnitKind;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.coverage.PlanSummary;
import org.throughline.trace.matrix.TraceMatrix;

/**
 * The index and its analyses stay linear. A workspace far larger than any council's plan (30,000 commitments,
 * 30,000 responses, 300 units, a few owners holding thousands of commitments) is indexed and analysed in at most
 * fifteen times the processor time of one a tenth its size; a pass over all elements for each element would take
 * about a hundred times as long.
 */
class ScaleTest {

	private static final PlanFactory MAKE = PlanFactory.eINSTANCE;

	private static final int SMALL = 3_000;
	private static final int LARGE = 10 * SMALL;

	/** A workspace's two modules, and the elements the analyses are asked about. */
	private record Workspace(List<PlanModule> modules, Plan plan, Indicator indicator, OrganisationUnit busiest) {
	}

	@Test
	void tenTimesTheWorkspaceTakesAtMostFifteenTimesAsLongToIndexAndAnalyse() {
		Workspace small = workspace(SMALL);
		Workspace large = workspace(LARGE);
		// warm up: the first runs compile the index and the analyses
		for (int i = 0; i < 3; i++) {
			analyse(small, SMALL);
		}
		analyse(large, LARGE);
		long smallRun = fastest(small, SMALL, 5);
		long largeRun = fastest(large, LARGE, 3);
		double ratio = (double) largeRun / smallRun;
		System.out.printf("Indexing and analysing %d commitments: %.1f ms; %d: %.1f ms; ratio %.2f%n", SMALL,
				smallRun / 1e6, LARGE, largeRun / 1e6, ratio);
		assertTrue(ratio <= 15, "indexing and analysing " + LARGE + " commitments took " + ratio + " times as long as "
				+ SMALL);
	}

	/** The least processor time of {@code runs} indexings and analyses of the workspace. */
	private static long fastest(Workspace workspace, int commitments, int runs) {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			System.gc();
			long start = ProcessorTime.now();
			analyse(workspace, commitments);
			best = Math.min(best, ProcessorTime.now() - start);
		}
		return best;
	}

	/** Indexes the workspace, runs the analyses and checks what they found. */
	private static void analyse(Workspace workspace, int commitments) {
		TraceIndex index = TraceIndex.of(workspace.modules());
		PlanSummary summary = PlanSummary.of(index, workspace.plan());
		TraceMatrix gaps = TraceMatrix.of(index).gapsOnly();

		assertEquals(commitments, summary.overall().commitments());
		assertEquals(commitments, summary.overall().owned());
		assertEquals(commitments / 2, summary.overall().measured());
		assertEquals(10, summary.byDirectorate().size());
		assertEquals(commitments, gaps.rows().size(), "every response is unanswered");
		assertEquals(commitments, index.commitmentsMeasuredBy(workspace.indicator()).size() * 2);
		assertEquals(commitments / 10, index.commitmentsOwnedBy(workspace.busiest()).size());
	}

	/**
	 * {@code commitments} commitments, each owned and with a response; a tenth of them owned by one unit, so that
	 * one owner holds thousands; half measured by one indicator.
	 */
	private static Workspace workspace(int commitments) {
		PlanModule organisationModule = MAKE.createPlanModule();
		organisationModule.setName("big.organisation");
		Organisation council = MAKE.createOrganisation();
		council.setName("Council");
		organisationModule.getElements().add(council);
		List<OrganisationUnit> units = new ArrayList<>();
		for (int d = 0; d < 10; d++) {
			OrganisationUnit directorate = MAKE.createOrganisationUnit();
			directorate.setName("D" + d);
			directorate.setKind(UnitKind.DIRECTORATE);
			council.getUnits().add(directorate);
			for (int u = 0; u < 30; u++) {
				OrganisationUnit unit = MAKE.createOrganisationUnit();
				unit.setName("U" + u);
				directorate.getUnits().add(unit);
				units.add(unit);
			}
		}
		PlanModule planModule = MAKE.createPlanModule();
		planModule.setName("big.plan");
		Plan plan = MAKE.createPlan();
		plan.setName("Big");
		planModule.getElements().add(plan);
		Indicator indicator = MAKE.createIndicator();
		indicator.setName("I");
		planModule.getElements().add(indicator);
		Consultation consultation = MAKE.createConsultation();
		consultation.setName("C");
		planModule.getElements().add(consultation);
		Respondent respondent = MAKE.createRespondent();
		respondent.setName("R");
		consultation.getRespondents().add(respondent);
		for (int i = 0; i < commitments; i++) {
			Commitment commitment = MAKE.createCommitment();
			commitment.setName("C" + i);
			Ownership ownership = MAKE.createOwnership();
			ownership.setRole(OwnershipRole.LEAD);
			// a tenth of the commitments go to the first unit, so that one owner holds thousands
			ownership.setOwner(i % 10 == 0 ? units.get(0) : units.get(i % units.size()));
			commitment.getOwnerships().add(ownership);
			if (i % 2 == 0) {
				commitment.getIndicators().add(indicator);
			}
			plan.getCommitments().add(commitment);
			Response response = MAKE.createResponse();
			response.setName("Resp" + i);
			response.setRespondent(respondent);
			response.getConcerns().add(commitment);
			consultation.getResponses().add(response);
		}

		return new Workspace(List.of(organisationModule, planModule), plan, indicator, units.get(0));
	}
}
