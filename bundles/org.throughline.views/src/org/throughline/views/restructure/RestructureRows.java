package org.throughline.views.restructure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.Response;
import org.throughline.trace.restructure.RestructureImpact;
import org.throughline.trace.restructure.RestructureImpact.EndedOwner;
import org.throughline.trace.restructure.RestructureImpact.MoveImpact;
import org.throughline.views.labels.ElementLabels;
import org.throughline.views.model.Analyses;
import org.throughline.views.model.PlanModel;

/**
 * The rows of the restructure view, from the trace bundle's restructure impact: for each restructure, its moves
 * from old units to new with the commitments each affects, then the owners no longer in force with what they
 * still own. Built once per model.
 */
public final class RestructureRows {

	/** The view's columns. */
	public static final List<String> COLUMNS = List.of("Move or owner", "Kind", "From", "To", "Commitments",
			"Consultation");

	private static final Object KEY = RestructureRows.class;

	private RestructureRows() {
	}

	/** One row per restructure, its moves and ended owners beneath. */
	public static List<RestructureRow> of(PlanModel model) {
		return model.derived(KEY, m -> {
			RestructureRows rows = new RestructureRows();
			return Analyses.restructures(m).stream().map(rows::restructure).toList();
		});
	}

	private RestructureRow restructure(RestructureImpact impact) {
		List<RestructureRow> moves = new ArrayList<>();
		for (MoveImpact move : impact.moves()) {
			moves.add(move(move));
		}
		List<RestructureRow> ended = new ArrayList<>();
		for (EndedOwner owner : impact.endedOwners()) {
			ended.add(ended(owner));
		}
		long superseded = impact.moves().stream().filter(MoveImpact::superseded).count();
		List<RestructureRow> children = new ArrayList<>(moves);
		children.add(new RestructureRow(null, List.of("No longer in force", Labels.count(ended.size(), "owner", "owners"),
				"", "", count(impact.endedOwners().stream().filter(EndedOwner::stillOwnsSomething).count(),
						"still owns something", "still own something"), ""), false, ended));
		String effective = impact.restructure().getEffective() == null ? ""
				: "effective " + impact.restructure().getEffective();
		return new RestructureRow(impact.restructure(), List.of(Labels.label(impact.restructure()), effective,
				Labels.count(impact.moves().size(), "move", "moves") + (superseded == 0 ? ""
						: ", " + superseded + " superseded"), "",
				Labels.count(impact.affectedCommitments().size(), "commitment affected", "commitments affected"), ""),
				false, children);
	}

	private RestructureRow move(MoveImpact impact) {
		Move move = impact.move();
		List<RestructureRow> children = new ArrayList<>();
		for (Ownership ownership : impact.affected()) {
			Commitment commitment = (Commitment) ownership.eContainer();
			children.add(new RestructureRow(commitment, List.of(ElementLabels.text(commitment), "commitment",
					ownership.getRole().getLiteral() + ": " + Labels.name(ownership.getOwner()), "", "", ""),
					impact.superseded(), List.of()));
		}
		for (Response response : impact.responses()) {
			children.add(new RestructureRow(response, List.of(ElementLabels.text(response), "response", "", "", "",
					response.getReply() == null ? "unanswered" : Labels.outcome(response.getReply().getOutcome())),
					impact.superseded(), List.of()));
		}
		String kind = move.getKind().getLiteral() + (impact.superseded()
				? " (superseded by " + Labels.name(move.getSupersededBy()) + ")" : "");
		int commitments = impact.affectedCommitments().size();
		String consultation = impact.responses().isEmpty() ? ""
				: Labels.count(impact.responses().size(), "response", "responses")
						+ (impact.replies().isEmpty() ? "" : ", changed by " + impact.replies().size());
		return new RestructureRow(move, List.of(ElementLabels.text(move), kind, names(impact.from()),
				names(impact.to()), commitments == 0 ? "" : Labels.count(commitments, "commitment", "commitments"),
				consultation), impact.superseded(), children);
	}

	private RestructureRow ended(EndedOwner ended) {
		List<RestructureRow> children = new ArrayList<>();
		for (Ownership ownership : ended.ownerships()) {
			EObject commitment = ownership.eContainer();
			children.add(new RestructureRow(commitment, List.of(ElementLabels.text(commitment), "commitment",
					ownership.getRole().getLiteral(), "", "still owned", ""), false, List.of()));
		}
		for (Indicator indicator : ended.indicators()) {
			children.add(new RestructureRow(indicator, List.of(ElementLabels.text(indicator), "indicator", "", "",
					"still reported", ""), false, List.of()));
		}
		String until = ended.until() == null ? "" : "until " + ended.until();
		String endedBy = ended.endedBy().stream().map(Labels::name).collect(Collectors.joining(", "));
		int owned = ended.ownerships().size();
		return new RestructureRow(ended.owner(), List.of(ElementLabels.text(ended.owner()),
				Labels.kind(ended.owner()) + (until.isEmpty() ? "" : ", " + until),
				endedBy.isEmpty() ? "" : "ended by " + endedBy, names(ended.successors()),
				owned == 0 ? "" : Labels.count(owned, "still owned", "still owned"),
				ended.indicators().isEmpty() ? "" : Labels.count(ended.indicators().size(), "indicator", "indicators")),
				false, children);
	}

	private static String names(List<Owner> owners) {
		return owners.stream().map(Labels::name).collect(Collectors.joining(", "));
	}

	private static String count(long n, String singular, String plural) {
		return n == 0 ? "" : n + " " + (n == 1 ? singular : plural);
	}
}
