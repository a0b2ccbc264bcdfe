package org.throughline.trace.coverage;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Plan;
import org.throughline.trace.TraceIndex;

/**
 * The plan-level summary: how many of a plan's commitments are owned, measured, consulted on and answered,
 * for the whole plan and per directorate.
 * <p>
 * A commitment counts for each directorate that owns it (through a unit, post or person within the directorate).
 * A commitment that no directorate owns counts for the directorates its aims are delivered by, which is how the
 * plan suggests owners ("the first is the owner suggested for commitments under the aim that have none"), so
 * that a directorate sees the unowned commitments it is expected to pick up. A commitment with neither counts
 * under {@link #unattributed()}. The per-directorate rows therefore need not add up to the whole.
 */
public final class PlanSummary {

	private final Plan plan;
	private final Coverage overall;
	private final List<DirectorateCoverage> byDirectorate;
	private final Coverage unattributed;

	private PlanSummary(Plan plan, Coverage overall, List<DirectorateCoverage> byDirectorate, Coverage unattributed) {
		this.plan = plan;
		this.overall = overall;
		this.byDirectorate = byDirectorate;
		this.unattributed = unattributed;
	}

	/** Summarises one plan; directorates come in document order, those with no commitments left out. */
	public static PlanSummary of(TraceIndex index, Plan plan) {
		List<Commitment> commitments = plan.getCommitments();
		// Commitments are visited in plan order, so each directorate's list is in plan order too.
		Map<OrganisationUnit, Attributed> attributed = new IdentityHashMap<>();
		List<Commitment> unattributed = new ArrayList<>();
		for (Commitment commitment : commitments) {
			DirectorateRule rule = DirectorateRule.of(index, commitment);
			boolean byOwnership = rule.byOwnership();
			List<OrganisationUnit> directorates = rule.directorates();
			if (directorates.isEmpty()) {
				unattributed.add(commitment);
			}
			for (OrganisationUnit directorate : directorates) {
				Attributed row = attributed.computeIfAbsent(directorate, k -> new Attributed());
				row.commitments.add(commitment);
				row.byOwnership += byOwnership ? 1 : 0;
			}
		}
		List<DirectorateCoverage> rows = new ArrayList<>();
		for (OrganisationUnit directorate : index.directorates()) {
			Attributed row = attributed.get(directorate);
			if (row != null) {
				rows.add(new DirectorateCoverage(directorate, Coverage.of(index, row.commitments), row.byOwnership,
						row.commitments.size() - row.byOwnership));
			}
		}
		return new PlanSummary(plan, Coverage.of(index, commitments), List.copyOf(rows),
				Coverage.of(index, unattributed));
	}

	private static final class Attributed {
		final List<Commitment> commitments = new ArrayList<>();
		int byOwnership;
	}

	public Plan plan() {
		return plan;
	}

	/** All the plan's commitments. */
	public Coverage overall() {
		return overall;
	}

	/** One row per directorate that owns, or is suggested for, at least one commitment. */
	public List<DirectorateCoverage> byDirectorate() {
		return byDirectorate;
	}

	/** The commitments that no directorate owns and whose aims map to none. */
	public Coverage unattributed() {
		return unattributed;
	}
}
