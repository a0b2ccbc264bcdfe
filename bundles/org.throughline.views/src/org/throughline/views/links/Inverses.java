package org.throughline.views.links;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.Theme;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.restructure.RestructureImpact;
import org.throughline.trace.restructure.RestructureImpact.MoveImpact;
import org.throughline.views.model.Analyses;
import org.throughline.views.model.PlanModel;

/**
 * The links the trace index does not read backwards, read backwards once per model: the commitments under each
 * aim and theme, and what each restructure move affects.
 */
final class Inverses {

	private static final Object KEY = Inverses.class;

	private final Map<Aim, List<Commitment>> commitmentsOfAim = new IdentityHashMap<>();
	private final Map<Theme, List<Commitment>> commitmentsOfTheme = new IdentityHashMap<>();
	private final Map<Aim, List<Theme>> themesOfAim = new IdentityHashMap<>();
	private final Map<Move, MoveImpact> impactOfMove = new IdentityHashMap<>();

	static Inverses of(PlanModel model) {
		return model.derived(KEY, Inverses::build);
	}

	private static Inverses build(PlanModel model) {
		TraceIndex index = model.index();
		Inverses inverses = new Inverses();
		for (Commitment commitment : index.commitments()) {
			for (Aim aim : index.aimsOf(commitment)) {
				inverses.commitmentsOfAim.computeIfAbsent(aim, k -> new ArrayList<>()).add(commitment);
			}
			for (Theme theme : TraceIndex.resolvedOnly(commitment.getThemes())) {
				List<Commitment> list = inverses.commitmentsOfTheme.computeIfAbsent(theme, k -> new ArrayList<>());
				if (list.isEmpty() || list.get(list.size() - 1) != commitment) {
					list.add(commitment);
				}
			}
		}
		index.plans().forEach(plan -> plan.getThemes().forEach(theme -> {
			for (Aim aim : TraceIndex.resolvedOnly(theme.getAims())) {
				inverses.themesOfAim.computeIfAbsent(aim, k -> new ArrayList<>()).add(theme);
			}
		}));
		for (RestructureImpact restructure : Analyses.restructures(model)) {
			for (MoveImpact impact : restructure.moves()) {
				inverses.impactOfMove.put(impact.move(), impact);
			}
		}
		return inverses;
	}

	List<Commitment> commitmentsUnder(Aim aim) {
		return commitmentsOfAim.getOrDefault(aim, List.of());
	}

	List<Commitment> commitmentsNaming(Theme theme) {
		return commitmentsOfTheme.getOrDefault(theme, List.of());
	}

	List<Theme> themesServing(Aim aim) {
		return themesOfAim.getOrDefault(aim, List.of());
	}

	MoveImpact impactOf(Move move) {
		return impactOfMove.get(move);
	}
}
