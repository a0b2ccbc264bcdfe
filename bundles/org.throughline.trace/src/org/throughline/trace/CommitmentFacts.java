package org.throughline.trace;

import java.util.List;

import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.Response;
import org.throughline.model.values.CalendarDate;

/**
 * The yes-or-no questions every report asks of a commitment, answered the same way everywhere: the plan-level
 * summary, the holes, the matrix, the site and the command line.
 */
public final class CommitmentFacts {

	private CommitmentFacts() {
	}

	/** It names at least one owner that resolves, in any role. */
	public static boolean owned(Commitment commitment) {
		return commitment.getOwnerships().stream().anyMatch(o -> TraceIndex.resolved(o.getOwner()));
	}

	/** It names a resolved owner in the lead role. */
	public static boolean led(Commitment commitment) {
		return commitment.getOwnerships().stream()
				.anyMatch(o -> o.getRole() == OwnershipRole.LEAD && TraceIndex.resolved(o.getOwner()));
	}

	/** The resolved owners it names in the given role, in order. */
	public static List<Owner> owners(Commitment commitment, OwnershipRole role) {
		return commitment.getOwnerships().stream().filter(o -> o.getRole() == role).map(Ownership::getOwner)
				.filter(TraceIndex::resolved).toList();
	}

	public static boolean measuredByIndicator(Commitment commitment) {
		return !TraceIndex.resolvedOnly(commitment.getIndicators()).isEmpty();
	}

	public static boolean measuredByMilestone(Commitment commitment) {
		return !commitment.getMilestones().isEmpty();
	}

	/** Measured: by at least one indicator or milestone. */
	public static boolean measured(Commitment commitment) {
		return measuredByIndicator(commitment) || measuredByMilestone(commitment);
	}

	/** Not measured, and the plan says why ("not measurable because ..."): a reasoned exception, not a hole. */
	public static boolean statedNotMeasurable(Commitment commitment) {
		String reason = commitment.getNotMeasurableReason();
		return !measured(commitment) && reason != null && !reason.isBlank();
	}

	/** At least one consultation response concerns it. */
	public static boolean consultedOn(TraceIndex index, Commitment commitment) {
		return !index.responsesConcerning(commitment).isEmpty();
	}

	/** Consulted on, and every response that concerns it has a reply. */
	public static boolean answered(TraceIndex index, Commitment commitment) {
		List<Response> responses = index.responsesConcerning(commitment);
		return !responses.isEmpty() && responses.stream().allMatch(r -> r.getReply() != null);
	}

	/** A reply to a consultation response changed it. */
	public static boolean changedByConsultation(TraceIndex index, Commitment commitment) {
		return !index.repliesChanging(commitment).isEmpty();
	}

	/**
	 * The owner stops being in force before the plan ends (its "in force until" falls before the last day of the
	 * plan's period, or is set at all when the plan states no period), or successors are recorded for it.
	 */
	public static boolean endsDuringPlan(Owner owner, Plan plan) {
		if (!TraceIndex.resolvedOnly(owner.getSuccessors()).isEmpty()) {
			return true;
		}
		CalendarDate until = owner.getValidUntil();
		if (until == null) {
			return false;
		}
		return plan == null || plan.getPeriodEnd() == null || until.isBefore(plan.getPeriodEnd().lastDay());
	}
}
