package org.throughline.trace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
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
 * 30,000 responses, 300 units, a few owners holding thousands of commitments) is indexed and analysed in a few
 * seconds; a pass over all elements for each element would take minutes.
 */
class ScaleTest {

	private static final PlanFactory MAKE = PlanFactory.eINSTANCE;

	@Test
	void aVeryLargeWorkspaceIsIndexedAndAnalysedQuickly() {
		int commitments = 30_000;
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

		long start = System.nanoTime();
		TraceIndex index = TraceIndex.of(List.of(organisationModule, planModule));
		PlanSummary summary = PlanSummary.of(index, plan);
		TraceMatrix gaps = TraceMatrix.of(index).gapsOnly();
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertEquals(commitments, summary.overall().commitments());
		assertEquals(commitments, summary.overall().owned());
		assertEquals(commitments / 2, summary.overall().measured());
		assertEquals(10, summary.byDirectorate().size());
		assertEquals(commitments, gaps.rows().size(), "every response is unanswered");
		assertEquals(commitments, index.commitmentsMeasuredBy(indicator).size() * 2);
		assertEquals(commitments / 10, index.commitmentsOwnedBy(units.get(0)).size());
		assertTrue(millis < 10_000, "indexing and analysing took " + millis + " ms");
	}
}
