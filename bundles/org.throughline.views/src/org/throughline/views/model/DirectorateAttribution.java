package org.throughline.views.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Plan;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.coverage.DirectorateRule;
import org.throughline.trace.coverage.PlanSummary;

/**
 * Which commitments of a plan each directorate's figures count, by the same {@link DirectorateRule} that
 * {@link PlanSummary} counts with. The summary gives the
 * numbers; this gives the commitments behind them (the dashboard lists them, the matrix groups by them), and the
 * dashboard's tests check that the two agree.
 */
public final class DirectorateAttribution {

	private final Map<OrganisationUnit, List<Commitment>> commitments = new IdentityHashMap<>();
	private final Set<Commitment> byOwnership = Collections.newSetFromMap(new IdentityHashMap<>());
	private final List<Commitment> unattributed = new ArrayList<>();
	private final Map<Commitment, List<OrganisationUnit>> directoratesOfCommitment = new IdentityHashMap<>();

	/** Attributes the commitments of one plan. */
	public static DirectorateAttribution of(TraceIndex index, Plan plan) {
		DirectorateAttribution attribution = new DirectorateAttribution();
		for (Commitment commitment : plan.getCommitments()) {
			DirectorateRule rule = DirectorateRule.of(index, commitment);
			List<OrganisationUnit> directorates = rule.directorates();
			if (rule.byOwnership()) {
				attribution.byOwnership.add(commitment);
			}
			if (directorates.isEmpty()) {
				attribution.unattributed.add(commitment);
			}
			attribution.directoratesOfCommitment.put(commitment, directorates);
			for (OrganisationUnit directorate : directorates) {
				attribution.commitments.computeIfAbsent(directorate, k -> new ArrayList<>()).add(commitment);
			}
		}
		return attribution;
	}

	/** The directorates a commitment is counted for, in the order of its ownerships or aims. */
	public List<OrganisationUnit> directoratesOf(Commitment commitment) {
		return directoratesOfCommitment.getOrDefault(commitment, List.of());
	}

	/** The commitments counted for the directorate, in plan order. */
	public List<Commitment> commitmentsOf(OrganisationUnit directorate) {
		return commitments.getOrDefault(directorate, List.of());
	}

	/** True when the commitment is counted because a directorate owns it, not because of its aim. */
	public boolean attributedByOwnership(Commitment commitment) {
		return byOwnership.contains(commitment);
	}

	/** The commitments no directorate owns and whose aims no directorate delivers. */
	public List<Commitment> unattributed() {
		return unattributed;
	}
}
