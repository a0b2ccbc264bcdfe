package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.AIM__DELIVERED_BY;
import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__NAME;
import static org.throughline.model.plan.PlanPackage.Literals.OWNERSHIP__OWNER;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.throughline.model.facts.CommitmentFacts;
import org.throughline.model.monitoring.PlanPeriods;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.model.plan.Plan;

/**
 * Every commitment has a lead owner, and every owner the plan names is in force while the plan runs. What counts
 * as owned, led and in force is {@link CommitmentFacts}: an owner written but not declared owns nothing, so a
 * commitment whose only owner is unresolved is reported as having no owner, beside the linking error at the name.
 */
class OwnershipChecks extends PlanChecks {

	@Check
	public void commitmentHasLeadOwner(Commitment commitment) {
		if (!CommitmentFacts.owned(commitment)) {
			reportNoOwner(commitment);
			return;
		}
		if (CommitmentFacts.led(commitment)) {
			return;
		}
		Owner firstSupporting = null;
		Owner first = null;
		for (Ownership ownership : commitment.getOwnerships()) {
			Owner owner = ownership.getOwner();
			if (owner == null || owner.eIsProxy()) {
				continue;
			}
			first = first == null ? owner : first;
			if (firstSupporting == null && ownership.getRole() == OwnershipRole.SUPPORTING) {
				firstSupporting = owner;
			}
		}
		String lead = qualifiedName(firstSupporting != null ? firstSupporting : first);
		addIssue("The commitment " + quoted(commitment) + " has no lead owner: its owners only support it or answer for it"
				+ " politically", commitment, NAMED_ELEMENT__NAME, IssueCodes.COMMITMENT_WITHOUT_LEAD,
				lead == null ? new String[0] : new String[] { lead });
	}

	/** Suggests the first unit that an aim of the commitment is delivered by, as the plan maps aims to units. */
	private void reportNoOwner(Commitment commitment) {
		for (Aim aim : commitment.getAims()) {
			if (aim.eIsProxy()) {
				continue;
			}
			for (Owner unit : aim.getDeliveredBy()) {
				String suggestion = qualifiedName(unit);
				if (suggestion != null) {
					addIssue("The commitment " + quoted(commitment) + " has no owner; its aim " + quoted(aim)
							+ " is delivered by " + quoted(unit), commitment, NAMED_ELEMENT__NAME,
							IssueCodes.COMMITMENT_WITHOUT_OWNER, suggestion);
					return;
				}
			}
		}
		addIssue("The commitment " + quoted(commitment) + " has no owner", commitment, NAMED_ELEMENT__NAME,
				IssueCodes.COMMITMENT_WITHOUT_OWNER);
	}

	@Check
	public void ownerInForce(Ownership ownership) {
		checkInForce(ownership.getOwner(), EcoreUtil2.getContainerOfType(ownership, Plan.class), ownership,
				OWNERSHIP__OWNER, -1);
	}

	@Check
	public void aimOwnersInForce(Aim aim) {
		Plan plan = EcoreUtil2.getContainerOfType(aim, Plan.class);
		for (int i = 0; i < aim.getDeliveredBy().size(); i++) {
			checkInForce(aim.getDeliveredBy().get(i), plan, aim, AIM__DELIVERED_BY, i);
		}
	}

	private void checkInForce(Owner owner, Plan plan, EObject source, EStructuralFeature feature, int index) {
		if (owner == null || owner.eIsProxy() || !CommitmentFacts.notInForceDuring(owner, plan)) {
			return;
		}
		String problem;
		if (owner.getValidUntil() != null && owner.getValidUntil().isBefore(PlanPeriods.firstDay(plan))) {
			problem = "ceased on " + owner.getValidUntil() + ", before the plan " + quoted(plan) + " starts on "
					+ PlanPeriods.firstDay(plan);
		} else {
			// not in force during the plan, and not ended before it: it begins after the plan ends
			problem = "comes into force on " + owner.getValidFrom() + ", after the plan " + quoted(plan) + " ends on "
					+ PlanPeriods.lastDay(plan);
		}
		List<Owner> successors = successorsInForce(owner, plan);
		String advice = successors.isEmpty() ? "" : "; it was succeeded by " + quotedList(successors);
		addIssue("The owner " + quoted(owner) + " " + problem + advice, source, feature, index,
				IssueCodes.OWNER_NOT_IN_FORCE, successors.stream().map(this::qualifiedName).toArray(String[]::new));
	}

	/** The owner's successors that are in force during the plan, looking past successors that are not. */
	private static List<Owner> successorsInForce(Owner owner, Plan plan) {
		List<Owner> found = new ArrayList<>();
		Set<Owner> seen = new HashSet<>(List.of(owner));
		Deque<Owner> next = new ArrayDeque<>(owner.getSuccessors());
		while (!next.isEmpty()) {
			Owner candidate = next.removeFirst();
			if (candidate.eIsProxy() || !seen.add(candidate)) {
				continue;
			}
			if (!CommitmentFacts.notInForceDuring(candidate, plan)) {
				found.add(candidate);
			} else {
				next.addAll(candidate.getSuccessors());
			}
		}
		return found;
	}
}
