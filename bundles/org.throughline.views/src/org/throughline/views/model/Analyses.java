package org.throughline.views.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.throughline.model.plan.Plan;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.coverage.PlanSummary;
import org.throughline.trace.matrix.TraceMatrix;
import org.throughline.trace.restructure.RestructureImpact;

/**
 * The trace bundle's analyses of a model, each computed once per model and shared by every view that shows it,
 * so that the dashboard, the matrix and the restructure view read the same numbers as the command line.
 */
public final class Analyses {

	private record Key(String name) {
	}

	private static final Key SUMMARIES = new Key("summaries");
	private static final Key MATRIX = new Key("matrix");
	private static final Key RESTRUCTURES = new Key("restructures");
	private static final Key ATTRIBUTIONS = new Key("attributions");

	private Analyses() {
	}

	/** The summary of every plan in the model, in document order, as the {@code stats} command prints them. */
	public static List<PlanSummary> summaries(PlanModel model) {
		return model.derived(SUMMARIES, m -> {
			TraceIndex index = m.index();
			return index.plans().stream().map(plan -> PlanSummary.of(index, plan)).toList();
		});
	}

	/** The traceability matrix of every commitment, in document order, as the {@code export} command writes it. */
	public static TraceMatrix matrix(PlanModel model) {
		return model.derived(MATRIX, m -> TraceMatrix.of(m.index()));
	}

	/** Which directorates each commitment of the plan is counted for, by the rule of the plan summary. */
	public static DirectorateAttribution attribution(PlanModel model, Plan plan) {
		Map<Plan, DirectorateAttribution> all = model.derived(ATTRIBUTIONS, m -> {
			Map<Plan, DirectorateAttribution> byPlan = new IdentityHashMap<>();
			for (Plan each : m.index().plans()) {
				byPlan.put(each, DirectorateAttribution.of(m.index(), each));
			}
			return byPlan;
		});
		DirectorateAttribution attribution = all.get(plan);
		return attribution != null ? attribution : DirectorateAttribution.of(model.index(), plan);
	}

	/** The impact of every restructure in the model, in document order. */
	public static List<RestructureImpact> restructures(PlanModel model) {
		return model.derived(RESTRUCTURES, m -> {
			TraceIndex index = m.index();
			return index.restructures().stream().map(r -> RestructureImpact.of(index, r)).toList();
		});
	}
}
