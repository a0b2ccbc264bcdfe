package org.throughline.views.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.model.plan.Person;
import org.throughline.model.plan.Post;
import org.throughline.trace.TraceIndex;
import org.throughline.views.model.PlanModel;

/**
 * The cells of the commitments-against-units matrix, worked out once per model. A unit's cell names the roles in
 * which it, or a unit, post or person within it, owns the commitment; when it owns it in no role but delivers
 * one of the commitment's aims, the cell says "aim", which is how the plan suggests an owner.
 */
final class UnitCells {

	/** The cell text of a unit that delivers the commitment's aim and does not own it. */
	static final String AIM = "aim";

	private static final Object KEY = UnitCells.class;

	private final Map<Commitment, Map<OrganisationUnit, String>> cells = new IdentityHashMap<>();
	private final List<OrganisationUnit> columns = new ArrayList<>();

	static UnitCells of(PlanModel model) {
		return model.derived(KEY, m -> build(m.index()));
	}

	private static UnitCells build(TraceIndex index) {
		UnitCells result = new UnitCells();
		Set<OrganisationUnit> used = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Commitment commitment : index.commitments()) {
			Map<OrganisationUnit, Set<OwnershipRole>> roles = new LinkedHashMap<>();
			for (Ownership ownership : commitment.getOwnerships()) {
				if (TraceIndex.resolved(ownership.getOwner())) {
					for (OrganisationUnit unit : unitsOf(index, ownership.getOwner())) {
						roles.computeIfAbsent(unit, k -> new TreeSet<>()).add(ownership.getRole());
					}
				}
			}
			Map<OrganisationUnit, String> row = new IdentityHashMap<>();
			roles.forEach((unit, set) -> row.put(unit, String.join(", ", set.stream().map(OwnershipRole::getLiteral).toList())));
			for (Aim aim : index.aimsOf(commitment)) {
				for (Owner deliverer : TraceIndex.resolvedOnly(aim.getDeliveredBy())) {
					for (OrganisationUnit unit : unitsOf(index, deliverer)) {
						row.putIfAbsent(unit, AIM);
					}
				}
			}
			if (!row.isEmpty()) {
				result.cells.put(commitment, row);
				used.addAll(row.keySet());
			}
		}
		for (OrganisationUnit unit : index.units()) {
			if (used.contains(unit)) {
				result.columns.add(unit);
			}
		}
		return result;
	}

	// The units an owner belongs to: a unit and the units around it; a post's units; a person's posts' units.
	private static Set<OrganisationUnit> unitsOf(TraceIndex index, Owner owner) {
		Set<OrganisationUnit> units = new LinkedHashSet<>();
		switch (owner) {
			case OrganisationUnit unit -> addChain(unit, units);
			case Post post -> addChain(post.eContainer(), units);
			case Person person -> index.postsHeldBy(person).forEach(post -> addChain(post.eContainer(), units));
			default -> {
				// a portfolio sits outside the organisation's units
			}
		}
		return units;
	}

	private static void addChain(EObject start, Set<OrganisationUnit> units) {
		for (EObject e = start; e instanceof OrganisationUnit unit; e = e.eContainer()) {
			units.add(unit);
		}
	}

	/** The units that have a cell in any row, in document order. */
	List<OrganisationUnit> columns() {
		return columns;
	}

	/** The text of a unit's cell in a commitment's row; empty when the unit neither owns it nor delivers its aim. */
	String cell(Commitment commitment, OrganisationUnit unit) {
		Map<OrganisationUnit, String> row = cells.get(commitment);
		String text = row == null ? null : row.get(unit);
		return text == null ? "" : text;
	}
}
