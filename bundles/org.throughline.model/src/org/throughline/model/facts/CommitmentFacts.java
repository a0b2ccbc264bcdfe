package org.throughline.model.facts;

import static org.throughline.model.links.PlanLinks.resolved;
import static org.throughline.model.links.PlanLinks.resolvedOnly;
import static org.throughline.model.plan.PlanPackage.Literals.REPLY__CHANGED;
import static org.throughline.model.plan.PlanPackage.Literals.RESPONSE__CONCERNS;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.links.PlanLinks;
import org.throughline.model.monitoring.PlanPeriods;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.Response;
import org.throughline.model.values.CalendarDate;

/**
 * The yes-or-no questions asked of a commitment, each answered here once for every reader: validation, the holes,
 * the coverage figures, {@code stats}, the matrix, the site and the views.
 * <p>
 * <b>An owner or indicator that is written but does not resolve does not count.</b> A commitment whose only owner
 * is a misspelt name is not owned, and one whose only indicator is undeclared is not measured. The misspelling
 * already has its linking error at the name; what the plan states about accountability is still that nobody
 * answers for the commitment and nothing shows its progress, and the figures, the holes and the checks say so
 * until the name is put right. Counting the written name instead would let a typo raise the coverage figures and
 * hide the commitment from the list of holes, and the validator would then say "owned" where every report says
 * "no owner".
 */
public final class CommitmentFacts {

	private CommitmentFacts() {
	}

	/** It names at least one owner that resolves, in any role. */
	public static boolean owned(Commitment commitment) {
		return commitment.getOwnerships().stream().anyMatch(o -> resolved(o.getOwner()));
	}

	/** It names a resolved owner in the lead role. */
	public static boolean led(Commitment commitment) {
		return commitment.getOwnerships().stream()
				.anyMatch(o -> o.getRole() == OwnershipRole.LEAD && resolved(o.getOwner()));
	}

	/** The resolved owners it names in the given role, in order. */
	public static List<Owner> owners(Commitment commitment, OwnershipRole role) {
		return commitment.getOwnerships().stream().filter(o -> o.getRole() == role).map(Ownership::getOwner)
				.filter(PlanLinks::resolved).toList();
	}

	/** At least one indicator that resolves measures it. */
	public static boolean measuredByIndicator(Commitment commitment) {
		return !resolvedOnly(commitment.getIndicators()).isEmpty();
	}

	public static boolean measuredByMilestone(Commitment commitment) {
		return !commitment.getMilestones().isEmpty();
	}

	/** Measured: by at least one resolved indicator or a milestone. */
	public static boolean measured(Commitment commitment) {
		return measuredByIndicator(commitment) || measuredByMilestone(commitment);
	}

	/** Not measured, and the plan says why ("not measurable because ..."): a reasoned exception, not a hole. */
	public static boolean statedNotMeasurable(Commitment commitment) {
		String reason = commitment.getNotMeasurableReason();
		return !measured(commitment) && reason != null && !reason.isBlank();
	}

	/** At least one consultation response concerns it. */
	public static boolean consultedOn(PlanLinks links, Commitment commitment) {
		return links.isReferenced(commitment, RESPONSE__CONCERNS);
	}

	/** Consulted on, and every response that concerns it has a reply. */
	public static boolean answered(PlanLinks links, Commitment commitment) {
		List<Response> responses = links.sources(commitment, RESPONSE__CONCERNS, Response.class);
		return !responses.isEmpty() && responses.stream().allMatch(r -> r.getReply() != null);
	}

	/** A reply to a consultation response changed it. */
	public static boolean changedByConsultation(PlanLinks links, Commitment commitment) {
		return !links.sources(commitment, REPLY__CHANGED, Reply.class).isEmpty();
	}

	/** One of its resolved owners, in any role, {@linkplain #endsDuringPlan ends during its plan}. */
	public static boolean ownedByEndingOwner(Commitment commitment) {
		Plan plan = planOf(commitment);
		return commitment.getOwnerships().stream()
				.anyMatch(o -> resolved(o.getOwner()) && endsDuringPlan(o.getOwner(), plan));
	}

	/**
	 * The owner stops being in force before the plan ends (its "in force until" falls before the last day of the
	 * plan's period, or is set at all when the plan states no period), or successors are recorded for it.
	 */
	public static boolean endsDuringPlan(Owner owner, Plan plan) {
		if (!resolvedOnly(owner.getSuccessors()).isEmpty()) {
			return true;
		}
		CalendarDate until = owner.getValidUntil();
		if (until == null) {
			return false;
		}
		return plan == null || plan.getPeriodEnd() == null || until.isBefore(plan.getPeriodEnd().lastDay());
	}

	/**
	 * The owner is in force on no day of the plan's period: it ceased before the plan starts or comes into force
	 * after it ends. False when the plan states no period, which says nothing either way.
	 */
	public static boolean notInForceDuring(Owner owner, Plan plan) {
		if (!PlanPeriods.isKnown(plan)) {
			return false;
		}
		return notInForceBetween(owner, PlanPeriods.firstDay(plan), PlanPeriods.lastDay(plan));
	}

	/** The owner is in force on no day from {@code first} to {@code last}. */
	public static boolean notInForceBetween(Owner owner, CalendarDate first, CalendarDate last) {
		return owner.getValidUntil() != null && owner.getValidUntil().isBefore(first)
				|| owner.getValidFrom() != null && owner.getValidFrom().isAfter(last);
	}

	/** The plan that declares this element, or null. */
	public static Plan planOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Plan plan) {
				return plan;
			}
		}
		return null;
	}
}
