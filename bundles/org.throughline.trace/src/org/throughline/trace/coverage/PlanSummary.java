package org.throughline.trace.coverage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.NamedElement;
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
 * <p>
 * The same commitments are also counted by each {@link Grouping} the plan has: by aim, area, lead and accountable
 * owner, so that a plan without directorates is broken down by what it does have.
 */
public final class PlanSummary {

	private final Plan plan;
	private final Coverage overall;
	private final List<DirectorateCoverage> byDirectorate;
	private final Coverage unattributed;
	private final Map<Grouping, List<GroupCoverage>> byGroup;

	private PlanSummary(Plan plan, Coverage overall, List<DirectorateCoverage> byDirectorate, Coverage unattributed,
			Map<Grouping, List<GroupCoverage>> byGroup) {
		this.plan = plan;
		this.overall = overall;
		this.byDirectorate = byDirectorate;
		this.unattributed = unattributed;
		this.byGroup = byGroup;
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
				Coverage.of(index, unattributed), byGroup(index, plan));
	}

	/** For each grouping, its groups in the order the plan first names them, each with its commitments' coverage. */
	private static Map<Grouping, List<GroupCoverage>> byGroup(TraceIndex index, Plan plan) {
		Map<Grouping, List<GroupCoverage>> byGroup = new EnumMap<>(Grouping.class);
		for (Grouping grouping : Grouping.values()) {
			// the aims and areas in the order the plan declares them, the owners in the order it first names them
			Map<NamedElement, List<Commitment>> members = new LinkedHashMap<>();
			if (grouping == Grouping.AIM) {
				plan.getAims().forEach(aim -> members.put(aim, null));
			} else if (grouping == Grouping.AREA) {
				plan.getAreas().forEach(area -> members.put(area, null));
			}
			for (Commitment commitment : plan.getCommitments()) {
				for (NamedElement group : grouping.groupsOf(index, commitment)) {
					List<Commitment> list = members.get(group);
					if (list == null) {
						members.put(group, list = new ArrayList<>());
					}
					list.add(commitment);
				}
			}
			List<GroupCoverage> rows = new ArrayList<>();
			members.forEach((group, list) -> {
				if (list != null) {
					rows.add(new GroupCoverage(group, list, Coverage.of(index, list)));
				}
			});
			byGroup.put(grouping, List.copyOf(rows));
		}
		return byGroup;
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

	/** One row per group of the grouping that at least one commitment counts for; empty when the plan has none. */
	public List<GroupCoverage> byGroup(Grouping grouping) {
		return byGroup.get(grouping);
	}

	/** The commitments that no directorate owns and whose aims map to none. */
	public Coverage unattributed() {
		return unattributed;
	}
}
