package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.AIM__DELIVERED_BY;
import static org.throughline.model.plan.PlanPackage.Literals.BUSINESS_PLAN__OWNER;
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
import org.throughline.model.facts.DeliveryFacts;
import org.throughline.model.monitoring.PlanPeriods;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.model.plan.Plan;
import org.throughline.model.values.CalendarDate;

/**
 * Every commitment has a lead owner, and every owner the plan names is in force while the plan runs (an owner of
 * a business plan or its actions, during the business plan's years). What counts
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
		checkInForce(ownership.getOwner(), spanAround(ownership), ownership, OWNERSHIP__OWNER, -1);
	}

	@Check
	public void aimOwnersInForce(Aim aim) {
		Span span = Span.of(EcoreUtil2.getContainerOfType(aim, Plan.class));
		for (int i = 0; i < aim.getDeliveredBy().size(); i++) {
			checkInForce(aim.getDeliveredBy().get(i), span, aim, AIM__DELIVERED_BY, i);
		}
	}

	@Check
	public void businessPlanOwnerInForce(BusinessPlan plan) {
		checkInForce(plan.getOwner(), Span.of(plan), plan, BUSINESS_PLAN__OWNER, -1);
	}

	/**
	 * An ownership of an action, or of a business plan's leads, is judged against the business plan's years, any
	 * other against its plan's.
	 */
	private static Span spanAround(Ownership ownership) {
		if (ownership.eContainer() instanceof Action action) {
			return Span.of(DeliveryFacts.businessPlanOf(action));
		}
		if (ownership.eContainer() instanceof BusinessPlan plan) {
			return Span.of(plan);
		}
		return Span.of(EcoreUtil2.getContainerOfType(ownership, Plan.class));
	}

	/**
	 * The days an owner must be in force on at least one of: a plan's period or a business plan's years, with how a
	 * message names it; null when the period is not stated, which says nothing either way.
	 */
	private record Span(String name, CalendarDate first, CalendarDate last) {

		static Span of(Plan plan) {
			return PlanPeriods.isKnown(plan)
					? new Span("the plan " + quoted(plan), PlanPeriods.firstDay(plan), PlanPeriods.lastDay(plan))
					: null;
		}

		static Span of(BusinessPlan plan) {
			return DeliveryFacts.periodKnown(plan) ? new Span("the business plan " + quoted(plan),
					DeliveryFacts.firstDay(plan), DeliveryFacts.lastDay(plan)) : null;
		}

		boolean excludes(Owner owner) {
			return CommitmentFacts.notInForceBetween(owner, first, last);
		}
	}

	private void checkInForce(Owner owner, Span span, EObject source, EStructuralFeature feature, int index) {
		if (owner == null || owner.eIsProxy() || span == null || !span.excludes(owner)) {
			return;
		}
		String problem;
		if (owner.getValidUntil() != null && owner.getValidUntil().isBefore(span.first())) {
			problem = "ceased on " + owner.getValidUntil() + ", before " + span.name() + " starts on " + span.first();
		} else {
			// not in force during the span, and not ended before it: it begins after the span ends
			problem = "comes into force on " + owner.getValidFrom() + ", after " + span.name() + " ends on "
					+ span.last();
		}
		List<Owner> successors = successorsInForce(owner, span);
		String advice = successors.isEmpty() ? "" : "; it was succeeded by " + quotedList(successors);
		addIssue("The owner " + quoted(owner) + " " + problem + advice, source, feature, index,
				IssueCodes.OWNER_NOT_IN_FORCE, successors.stream().map(this::qualifiedName).toArray(String[]::new));
	}

	/** The owner's successors that are in force during the span, looking past successors that are not. */
	private static List<Owner> successorsInForce(Owner owner, Span span) {
		List<Owner> found = new ArrayList<>();
		Set<Owner> seen = new HashSet<>(List.of(owner));
		Deque<Owner> next = new ArrayDeque<>(owner.getSuccessors());
		while (!next.isEmpty()) {
			Owner candidate = next.removeFirst();
			if (candidate.eIsProxy() || !seen.add(candidate)) {
				continue;
			}
			if (!span.excludes(candidate)) {
				found.add(candidate);
			} else {
				next.addAll(candidate.getSuccessors());
			}
		}
		return found;
	}
}
