package org.throughline.model.facts;

import static org.throughline.model.links.PlanLinks.resolved;
import static org.throughline.model.plan.PlanPackage.Literals.ACTION__DELIVERS;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.throughline.model.links.PlanLinks;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.ProgressUpdate;
import org.throughline.model.plan.Scale;
import org.throughline.model.values.CalendarDate;

/**
 * The golden thread, asked once for every reader: which business-plan actions deliver a commitment, which
 * commitments and aims an action serves, who owns an action, and the days a business plan covers.
 * <p>
 * An action that names no owner of its own is owned, as lead, by the unit or post whose business plan it is in; one
 * that names owners is owned by them. Besides, the leads a business plan names for all its actions ({@code owner lead
 * X}, {@code owner accountable Y}) own, in their role, each action that names no owner of that role itself. As for
 * commitments, a name that does not resolve owns nothing.
 */
public final class DeliveryFacts {

	private DeliveryFacts() {
	}

	/** The actions that deliver the commitment, in the order they are written. */
	public static List<Action> actions(PlanLinks links, Commitment commitment) {
		return links.sources(commitment, ACTION__DELIVERS, Action.class);
	}

	/** At least one business-plan action delivers it. */
	public static boolean delivered(PlanLinks links, Commitment commitment) {
		return links.isReferenced(commitment, ACTION__DELIVERS);
	}

	/** The business plan the action is in; null while it is in none. */
	public static BusinessPlan businessPlanOf(Action action) {
		return action.eContainer() instanceof BusinessPlan plan ? plan : null;
	}

	/** The commitments it delivers that resolve, in order. */
	public static List<Commitment> commitments(Action action) {
		return PlanLinks.resolvedOnly(action.getDelivers());
	}

	/** The aims the commitments it delivers serve, each once, in order. */
	public static List<Aim> aims(Action action) {
		Set<Aim> aims = new LinkedHashSet<>();
		for (Commitment commitment : commitments(action)) {
			aims.addAll(PlanLinks.resolvedOnly(commitment.getAims()));
		}
		return new ArrayList<>(aims);
	}

	/**
	 * The status scale its progress updates use: that of the first plan, among those whose commitments it delivers,
	 * that has one; null when none has. Scoping and validation both ask here, so that a status resolves against the
	 * scale it is checked against.
	 */
	public static Scale statusScale(Action action) {
		for (Commitment commitment : commitments(action)) {
			if (commitment.eContainer() instanceof Plan plan && resolved(plan.getStatusScale())) {
				return plan.getStatusScale();
			}
		}
		return null;
	}

	/** Whether it names owners of its own (resolved or not); if not, its business plan's leads or owner own it. */
	public static boolean namesOwners(Action action) {
		return !action.getOwnerships().isEmpty();
	}

	/**
	 * Its resolved owners in {@code role}: those it names in that role; when it names none in that role, its business
	 * plan's leads in that role; and, when it names no owner at all and its business plan names no lead, the business
	 * plan's owner as lead.
	 */
	public static List<Owner> owners(Action action, OwnershipRole role) {
		BusinessPlan plan = businessPlanOf(action);
		if (namesRole(action, role)) {
			return resolvedOwners(action.getOwnerships(), role);
		}
		List<Owner> group = plan == null ? List.of() : resolvedOwners(plan.getOwnerships(), role);
		if (!group.isEmpty() || plan != null && namesRole(plan.getOwnerships(), role)) {
			return group;
		}
		return role == OwnershipRole.LEAD && !namesOwners(action) && plan != null && resolved(plan.getOwner())
				? List.of(plan.getOwner())
				: List.of();
	}

	private static boolean namesRole(Action action, OwnershipRole role) {
		return namesRole(action.getOwnerships(), role);
	}

	private static boolean namesRole(List<Ownership> ownerships, OwnershipRole role) {
		return ownerships.stream().anyMatch(o -> o.getRole() == role);
	}

	private static List<Owner> resolvedOwners(List<Ownership> ownerships, OwnershipRole role) {
		return ownerships.stream().filter(o -> o.getRole() == role).map(Ownership::getOwner)
				.filter(PlanLinks::resolved).toList();
	}

	/** All its resolved owners, leads first. */
	public static List<Owner> owners(Action action) {
		List<Owner> owners = new ArrayList<>();
		for (OwnershipRole role : OwnershipRole.VALUES) {
			owners.addAll(owners(action, role));
		}
		return owners;
	}

	/** Someone owns it: an owner of its own, or its business plan's. */
	public static boolean owned(Action action) {
		return !owners(action).isEmpty();
	}

	/**
	 * Its latest progress: the update for the latest period it reports on (of those dated latest, the last written);
	 * null when it reports none.
	 */
	public static ProgressUpdate latestUpdate(Action action) {
		ProgressUpdate latest = null;
		for (ProgressUpdate update : action.getUpdates()) {
			if (update.getPeriod() == null) {
				continue;
			}
			int order = latest == null ? 1 : update.getPeriod().compareTo(latest.getPeriod());
			if (order > 0 || order == 0 && (latest.getDate() == null || update.getDate() == null
					|| !update.getDate().isBefore(latest.getDate()))) {
				latest = update;
			}
		}
		return latest;
	}

	/** Whether the business plan states the years it covers. */
	public static boolean periodKnown(BusinessPlan plan) {
		return plan != null && plan.getPeriodStart() != null
				&& (plan.getPeriodEnd() == null || plan.getPeriodStart().compareTo(plan.getPeriodEnd()) <= 0);
	}

	/** 1 April of its first year; only when {@link #periodKnown}. */
	public static CalendarDate firstDay(BusinessPlan plan) {
		return plan.getPeriodStart().firstDay();
	}

	/** 31 March after its last year (its only year when it states one); only when {@link #periodKnown}. */
	public static CalendarDate lastDay(BusinessPlan plan) {
		return (plan.getPeriodEnd() != null ? plan.getPeriodEnd() : plan.getPeriodStart()).lastDay();
	}

	/** {@code 2011/12}, or {@code 2011/12 to 2012/13}. */
	public static String describe(BusinessPlan plan) {
		return plan.getPeriodEnd() == null || plan.getPeriodEnd().equals(plan.getPeriodStart())
				? plan.getPeriodStart().toString()
				: plan.getPeriodStart() + " to " + plan.getPeriodEnd();
	}
}
