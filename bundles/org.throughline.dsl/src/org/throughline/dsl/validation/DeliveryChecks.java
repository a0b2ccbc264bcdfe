package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__NAME;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.throughline.dsl.references.IncomingReferences;
import org.throughline.model.facts.DeliveryFacts;
import org.throughline.model.links.PlanLinks;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Plan;

/**
 * The golden thread holds: every commitment of a plan is delivered by some business-plan action, once business plans
 * deliver any of its commitments (a plan whose business plans are not yet written has no such finding); every action
 * delivers a commitment and has an owner. Whether an action's owner is in force is {@link OwnershipChecks}'.
 */
class DeliveryChecks extends PlanChecks {

	/** Checked once per plan, so that "are any of its commitments delivered" is asked once, not per commitment. */
	@Check
	public void everyCommitmentDelivered(Plan plan) {
		PlanLinks links = IncomingReferences.around(plan);
		List<Commitment> undelivered = new ArrayList<>();
		boolean anyDelivered = false;
		for (Commitment commitment : plan.getCommitments()) {
			if (DeliveryFacts.delivered(links, commitment)) {
				anyDelivered = true;
			} else {
				undelivered.add(commitment);
			}
		}
		if (!anyDelivered) {
			return;
		}
		for (Commitment commitment : undelivered) {
			addIssue("No business-plan action delivers the commitment " + quoted(commitment), commitment,
					NAMED_ELEMENT__NAME, IssueCodes.COMMITMENT_WITHOUT_ACTION);
		}
	}

	@Check
	public void actionDeliversCommitment(Action action) {
		if (action.getDelivers().isEmpty()) {
			addIssue("The action " + quoted(action) + " delivers no commitment of the plan", action,
					NAMED_ELEMENT__NAME, IssueCodes.ACTION_WITHOUT_COMMITMENT);
		}
	}

	@Check
	public void actionHasOwner(Action action) {
		BusinessPlan plan = DeliveryFacts.businessPlanOf(action);
		if (DeliveryFacts.namesOwners(action) || DeliveryFacts.owned(action)
				|| plan != null && !plan.getOwnerships().isEmpty()) {
			return; // an owner it or its business plan names that does not resolve has its linking error
		}
		addIssue("The action " + quoted(action) + " has no owner, and its business plan "
				+ (plan == null ? "" : quoted(plan) + " ") + "names none", action, NAMED_ELEMENT__NAME,
				IssueCodes.ACTION_WITHOUT_OWNER);
	}
}
