package org.throughline.html.pages;

import java.util.List;
import java.util.Optional;

import org.throughline.html.History;
import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Dependable;
import org.throughline.model.plan.Inspection;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.InspectionAction;
import org.throughline.model.plan.Milestone;
import org.throughline.model.plan.Observation;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.Target;
import org.throughline.model.facts.CommitmentFacts;
import org.throughline.model.labels.Labels;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.Values;
import org.throughline.trace.diff.ElementChange;
import org.throughline.trace.diff.PlanDiff;
import org.throughline.trace.diff.Rename;

/**
 * A commitment with everything traced to it: what it says and where, who owns it, what measures it, what
 * consultees said about it and what the council replied, the inspection actions it answers, and the findings.
 */
final class CommitmentPage {

	private CommitmentPage() {
	}

	static String write(Site site, Commitment commitment, String path) {
		TraceIndex index = site.index();
		return Layout.page(site, path, Labels.label(commitment), html -> {
			Fragments.Facts facts = new Fragments.Facts(html);
			facts.text("Identifier", index.qualifiedName(commitment));
			TraceIndex.planOf(commitment).ifPresent(plan -> facts.markup("Plan", true,
					h -> Fragments.link(h, site, path, plan)));
			facts.text("Kind", commitment.getKind().getLiteral());
			facts.markup("Aims", !index.aimsOf(commitment).isEmpty(),
					h -> Fragments.links(h, site, path, index.aimsOf(commitment)));
			facts.markup("Themes", !TraceIndex.resolvedOnly(commitment.getThemes()).isEmpty(),
					h -> Fragments.links(h, site, path, TraceIndex.resolvedOnly(commitment.getThemes())));
			facts.markup("Areas", !TraceIndex.resolvedOnly(commitment.getAreas()).isEmpty(),
					h -> Fragments.links(h, site, path, TraceIndex.resolvedOnly(commitment.getAreas())));
			facts.text("Funding", Fragments.funding(commitment.getFundings()));
			facts.markup("Status", TraceIndex.resolved(commitment.getStatus()),
					h -> h.text(Labels.label(commitment.getStatus())));
			facts.end();
			if (commitment.getStatement() != null) {
				html.open("blockquote", "class", "statement").open("p").text(commitment.getStatement()).close("p")
						.close("blockquote").newline();
			}
			Fragments.sourceParagraph(html, site, path, commitment);
			if (!commitment.getConditions().isEmpty()) {
				html.element("h2", "Conditions").newline().open("ul").newline();
				commitment.getConditions().forEach(c -> html.element("li", c).newline());
				html.close("ul").newline();
			}

			html.element("h2", "What is missing").newline();
			Fragments.holes(html, site.holes(commitment), true);

			appearances(html, site, path, commitment);
			owners(html, site, path, commitment);
			measures(html, site, path, commitment);
			BusinessPlanPage.deliveredBy(html, site, path, commitment);
			consultation(html, site, path, commitment);
			inspection(html, site, path, commitment);
			dependencies(html, site, path, commitment);
			before(html, site, commitment);
			Fragments.findings(html, site, commitment);
		});
	}

	// With a history: what changed in it since the earlier version, and what it said then.
	private static void before(Html html, Site site, Commitment commitment) {
		History history = site.history();
		if (history == null) {
			return;
		}
		PlanDiff diff = history.diff();
		String name = site.index().qualifiedName(commitment);
		html.element("h2", "What it said before").newline();
		if (diff.isAdded(commitment)) {
			html.element("p", "It is new since " + history.version() + ".").newline();
			return;
		}
		Optional<Rename> rename = diff.rename(name);
		rename.ifPresent(r -> html.open("p").text("In " + history.version() + " it was called ").element("code", r.oldName())
				.text(".").close("p").newline());
		Optional<ElementChange> change = diff.change(name);
		if (change.isPresent()) {
			ChangeFragments.fieldTable(html, "What changed since " + history.version(), history.version(),
					change.get().fields());
		} else if (rename.isEmpty()) {
			html.element("p", "It has not changed since " + history.version() + ".").newline();
		}
	}

	private static void appearances(Html html, Site site, String path, Commitment commitment) {
		html.element("h2", "Where it appears").newline();
		List<Appearance> appearances = commitment.getAppearances();
		if (appearances.isEmpty()) {
			html.element("p", "The plan does not place it in a theme, chapter or section.").newline();
			return;
		}
		html.open("ul", "class", "appearances").newline();
		for (Appearance appearance : appearances) {
			html.open("li");
			if (TraceIndex.resolved(appearance.getPart())) {
				Fragments.link(html, site, path, appearance.getPart());
			} else {
				html.text("a part of the plan that could not be found");
			}
			if (appearance.getWording() != null) {
				html.text(", as \u201c" + appearance.getWording() + "\u201d");
			}
			if (!appearance.getSources().isEmpty()) {
				html.text(" (");
				Fragments.citations(html, site, path, appearance);
				html.text(")");
			}
			html.close("li").newline();
		}
		html.close("ul").newline();
	}

	private static void owners(Html html, Site site, String path, Commitment commitment) {
		html.element("h2", "Owners").newline();
		List<Ownership> ownerships = site.row(commitment).ownerships();
		if (ownerships.isEmpty()) {
			html.element("p", "No owner is named.").newline();
			return;
		}
		Fragments.openTable(html, "Owners of this commitment", "owners");
		Fragments.headerRow(html, "Role", "Owner", "Kind", "Directorate", "In force");
		html.open("tbody").newline();
		for (Ownership ownership : ownerships) {
			html.open("tr").element("td", ownership.getRole().getLiteral()).open("th", "scope", "row");
			Fragments.link(html, site, path, ownership.getOwner());
			html.close("th").element("td", Fragments.ownerKind(ownership.getOwner())).open("td");
			site.index().directorateOf(ownership.getOwner()).ifPresentOrElse(d -> Fragments.link(html, site, path, d),
					() -> html.element("span", "none", "class", "none"));
			html.close("td").open("td");
			String inForce = Fragments.inForce(ownership.getOwner());
			boolean ended = CommitmentFacts.endsDuringPlan(ownership.getOwner(), TraceIndex.planOf(commitment).orElse(null));
			html.text(inForce.isEmpty() ? "not stated" : inForce);
			if (ended) {
				html.text(" ").element("span", "\u2717 ends during the plan", "class", "hole");
				List<Owner> successors = TraceIndex.resolvedOnly(ownership.getOwner().getSuccessors());
				if (!successors.isEmpty()) {
					html.text("; succeeded by ");
					Fragments.links(html, site, path, successors);
				}
			}
			html.close("td").close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	private static void measures(Html html, Site site, String path, Commitment commitment) {
		html.element("h2", "Measures").newline();
		List<Indicator> indicators = site.row(commitment).indicators();
		List<Milestone> milestones = commitment.getMilestones();
		if (!indicators.isEmpty()) {
			Fragments.openTable(html, "Indicators that measure it", "indicators");
			Fragments.headerRow(html, "Indicator", "Baseline", "Latest actual", "Target");
			html.open("tbody").newline();
			for (Indicator indicator : indicators) {
				html.open("tr").open("th", "scope", "row");
				Fragments.link(html, site, path, indicator);
				html.close("th");
				observation(html, indicator.getBaseline());
				observation(html, indicator.getActuals().isEmpty() ? null
						: indicator.getActuals().get(indicator.getActuals().size() - 1));
				html.open("td");
				if (indicator.getTargets().isEmpty()) {
					html.element("span", "\u2717 no target", "class", "hole");
				} else {
					for (int i = 0; i < indicator.getTargets().size(); i++) {
						Target target = indicator.getTargets().get(i);
						if (i > 0) {
							html.open("br");
						}
						html.text(Values.quantity(target.getValue()) + (target.getDue() == null ? "" : " by " + target.getDue()));
					}
				}
				html.close("td").close("tr").newline();
			}
			html.close("tbody").newline();
			Fragments.closeTable(html);
		}
		if (!milestones.isEmpty()) {
			Fragments.openTable(html, "Milestones", "milestones");
			Fragments.headerRow(html, "Milestone", "Due", "Done");
			html.open("tbody").newline();
			for (Milestone milestone : milestones) {
				html.open("tr").element("th", milestone.getTitle(), "scope", "row")
						.element("td", milestone.getDue() == null ? "not stated" : milestone.getDue().toString())
						.element("td", milestone.getDone() == null ? "not yet" : milestone.getDone().toString())
						.close("tr").newline();
			}
			html.close("tbody").newline();
			Fragments.closeTable(html);
		}
		String reason = commitment.getNotMeasurableReason();
		if (reason != null && !reason.isBlank()) {
			html.open("p", "class", "reason").element("strong", "Not measurable because: ").text(reason).close("p")
					.newline();
		}
		if (indicators.isEmpty() && milestones.isEmpty() && (reason == null || reason.isBlank())) {
			html.element("p", "No indicator or milestone measures it, and the plan does not say why.").newline();
		}
	}

	private static void observation(Html html, Observation observation) {
		if (observation == null) {
			html.open("td").element("span", "none", "class", "none").close("td");
			return;
		}
		String when = Values.when(observation);
		html.element("td", Values.quantity(observation.getValue()) + (when.isEmpty() ? "" : " (" + when + ")"));
	}

	private static void consultation(Html html, Site site, String path, Commitment commitment) {
		html.element("h2", "Consultation").newline();
		List<Response> responses = site.row(commitment).responses();
		List<Reply> changing = site.index().repliesChanging(commitment);
		if (responses.isEmpty() && changing.isEmpty()) {
			html.element("p", "No consultation response concerns it.").newline();
			return;
		}
		if (!responses.isEmpty()) {
			html.open("ul", "class", "responses").newline();
			for (Response response : responses) {
				html.open("li");
				ResponseFragments.response(html, site, path, response, "h3");
				html.close("li").newline();
			}
			html.close("ul").newline();
		}
		List<Reply> otherChanges = changing.stream().filter(r -> !responses.contains(r.eContainer())).toList();
		if (!otherChanges.isEmpty()) {
			html.element("h3", "Changed in reply to responses about other commitments").newline().open("ul").newline();
			for (Reply reply : otherChanges) {
				html.open("li");
				Fragments.link(html, site, path, reply.eContainer(), "Response " + ((Response) reply.eContainer()).getName());
				html.text(": " + reply.getText());
				html.close("li").newline();
			}
			html.close("ul").newline();
		}
	}

	private static void inspection(Html html, Site site, String path, Commitment commitment) {
		List<InspectionAction> actions = site.row(commitment).actions();
		if (actions.isEmpty()) {
			return;
		}
		html.element("h2", "Inspection actions it addresses").newline();
		html.open("ul", "class", "actions").newline();
		for (InspectionAction action : actions) {
			html.open("li").text(Labels.label(action) + ". ");
			html.open("span", "class", "source").text("Deadline: " + InspectionText.deadline(action) + ". From: "
					+ Labels.label((Inspection) action.eContainer()) + ".");
			if (!action.getSources().isEmpty()) {
				html.text(" Source: ");
				Fragments.citations(html, site, path, action);
				html.text(".");
			}
			html.close("span");
			html.close("li").newline();
		}
		html.close("ul").newline();
	}

	private static void dependencies(Html html, Site site, String path, Commitment commitment) {
		List<Dependable> dependsOn = TraceIndex.resolvedOnly(commitment.getDependsOn());
		List<Commitment> dependents = site.index().dependents(commitment);
		if (dependsOn.isEmpty() && dependents.isEmpty()) {
			return;
		}
		html.element("h2", "Dependencies").newline();
		Fragments.Facts facts = new Fragments.Facts(html);
		facts.markup("Depends on", !dependsOn.isEmpty(), h -> Fragments.links(h, site, path, dependsOn));
		facts.markup("Depended on by", !dependents.isEmpty(), h -> Fragments.links(h, site, path, dependents));
		facts.end();
	}
}
