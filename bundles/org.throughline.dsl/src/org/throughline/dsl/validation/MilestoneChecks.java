package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.MILESTONE__DUE;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.throughline.model.monitoring.PlanPeriods;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Milestone;
import org.throughline.model.plan.Plan;

/**
 * A commitment's milestones fall within the period of its plan, as its indicators' targets must: a deadline written
 * as a year or a season is within it when any of its days is.
 */
class MilestoneChecks extends PlanChecks {

	@Check
	public void milestoneWithinPlanPeriod(Milestone milestone) {
		Plan plan = EcoreUtil2.getContainerOfType(milestone, Plan.class);
		if (milestone.getDue() == null || !PlanPeriods.isKnown(plan) || PlanPeriods.overlaps(plan, milestone.getDue())) {
			return;
		}
		Commitment commitment = EcoreUtil2.getContainerOfType(milestone, Commitment.class);
		String of = commitment == null ? "" : " of the commitment " + quoted(commitment);
		addIssue("The milestone \u201c" + milestone.getTitle() + "\u201d" + of + " is due " + milestone.getDue()
				+ ", outside the period of the plan " + quoted(plan) + " (" + PlanPeriods.describe(plan) + ")", milestone,
				MILESTONE__DUE, IssueCodes.MILESTONE_OUTSIDE_PLAN_PERIOD, PlanPeriods.firstDay(plan).toString(),
				PlanPeriods.lastDay(plan).toString());
	}
}
