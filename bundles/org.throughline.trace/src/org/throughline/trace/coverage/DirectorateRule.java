package org.throughline.trace.coverage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.trace.TraceIndex;

/**
 * Which directorates a commitment counts for, by the rule {@link PlanSummary} states: those that own it through a
 * unit, post or person within them; else those its aims are delivered by. Kept in one place so that the summary's
 * figures and every list of the commitments behind them agree.
 *
 * @param directorates the directorates, in the order of the commitment's ownerships or aims; empty when none
 * @param byOwnership  true when a directorate owns the commitment, false when it counts through its aims
 */
public record DirectorateRule(List<OrganisationUnit> directorates, boolean byOwnership) {

	public static DirectorateRule of(TraceIndex index, Commitment commitment) {
		Set<OrganisationUnit> owners = owningDirectorates(index, commitment);
		if (!owners.isEmpty()) {
			return new DirectorateRule(List.copyOf(owners), true);
		}
		return new DirectorateRule(List.copyOf(aimDirectorates(index, commitment)), false);
	}

	private static Set<OrganisationUnit> owningDirectorates(TraceIndex index, Commitment commitment) {
		Set<OrganisationUnit> directorates = new LinkedHashSet<>();
		for (Ownership ownership : commitment.getOwnerships()) {
			if (TraceIndex.resolved(ownership.getOwner())) {
				index.directorateOf(ownership.getOwner()).ifPresent(directorates::add);
			}
		}
		return directorates;
	}

	private static Set<OrganisationUnit> aimDirectorates(TraceIndex index, Commitment commitment) {
		Set<OrganisationUnit> directorates = new LinkedHashSet<>();
		for (Aim aim : index.aimsOf(commitment)) {
			for (Owner deliverer : TraceIndex.resolvedOnly(aim.getDeliveredBy())) {
				index.directorateOf(deliverer).ifPresent(directorates::add);
			}
		}
		return directorates;
	}
}
