package org.throughline.views.links;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.facts.DeliveryFacts;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Area;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.Chapter;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.ConsultationTheme;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Inspection;
import org.throughline.model.plan.InspectionAction;
import org.throughline.model.plan.Milestone;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.Person;
import org.throughline.model.plan.PlanPart;
import org.throughline.model.plan.Portfolio;
import org.throughline.model.plan.Post;
import org.throughline.model.plan.ProgressNote;
import org.throughline.model.plan.ProgressUpdate;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.Respondent;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.Restructure;
import org.throughline.model.plan.Theme;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.holes.Hole;
import org.throughline.trace.holes.Holes;
import org.throughline.trace.restructure.RestructureImpact;
import org.throughline.trace.restructure.RestructureImpact.MoveImpact;
import org.throughline.views.labels.ElementLabels;
import org.throughline.views.links.LinkGroup.Direction;
import org.throughline.views.model.Analyses;
import org.throughline.views.model.PlanModel;

/**
 * What an element links to and what links to it, grouped by relation: the trace that the trace view shows as a
 * tree and the graph view draws. Everything is read from the model's trace index (a map lookup per relation), so
 * a trace costs the size of the answer, not of the plan.
 */
public final class TraceLinks {

	private final PlanModel model;
	private final TraceIndex index;
	private final List<LinkGroup> groups = new ArrayList<>();

	private TraceLinks(PlanModel model) {
		this.model = model;
		this.index = model.index();
	}

	/** The trace of an element of the model; empty groups are left out. */
	public static List<LinkGroup> of(PlanModel model, EObject element) {
		TraceLinks links = new TraceLinks(model);
		links.collect(element);
		return List.copyOf(links.groups);
	}

	/** True for the kinds of element that have a trace of their own. */
	public static boolean traceable(EObject element) {
		return element instanceof Commitment || element instanceof Owner || element instanceof Response
				|| element instanceof Reply || element instanceof Indicator || element instanceof InspectionAction
				|| element instanceof Aim || element instanceof PlanPart || element instanceof Move
				|| element instanceof ConsultationTheme || element instanceof Respondent
				|| element instanceof Consultation || element instanceof Restructure || element instanceof Inspection
				|| element instanceof Action || element instanceof BusinessPlan || element instanceof Area;
	}

	/** The nearest element at or above this one that has a trace: the commitment around an ownership line. */
	public static EObject traceableAtOrAbove(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (traceable(e)) {
				return e;
			}
		}
		return null;
	}

	private void collect(EObject element) {
		switch (element) {
			case Commitment commitment -> commitment(commitment);
			case Owner owner -> owner(owner);
			case Response response -> response(response);
			case Reply reply -> reply(reply);
			case Indicator indicator -> indicator(indicator);
			case InspectionAction action -> action(action);
			case Aim aim -> aim(aim);
			case PlanPart part -> part(part);
			case Move move -> move(move);
			case ConsultationTheme theme -> elements("Responses", Direction.INCOMING, index.responsesUnder(theme));
			case Respondent respondent -> elements("Responses", Direction.INCOMING, index.responsesFrom(respondent));
			case Consultation consultation -> elements("Responses", Direction.OUTGOING, consultation.getResponses());
			case Restructure restructure -> elements("Moves", Direction.OUTGOING, restructure.getMoves());
			case Inspection inspection -> elements("Areas for improvement", Direction.OUTGOING, inspection.getActions());
			case Action action -> deliveryAction(action);
			case BusinessPlan plan -> businessPlan(plan);
			case Area area -> elements("Commitments for it", Direction.INCOMING, index.commitmentsFor(area));
			default -> {
				// other elements are traced through the element around them
			}
		}
	}

	// ------------------------------------------------------------------ by kind of element

	private void commitment(Commitment commitment) {
		add("Owners", Direction.OUTGOING, ownerships(commitment.getOwnerships()));
		List<Link> measures = new ArrayList<>();
		for (Indicator indicator : TraceIndex.resolvedOnly(commitment.getIndicators())) {
			measures.add(link(indicator));
		}
		for (Milestone milestone : commitment.getMilestones()) {
			measures.add(new Link(milestone, milestone, "milestone: " + ElementLabels.title(milestone), List.of()));
		}
		add("Measured by", Direction.OUTGOING, measures);
		String reason = commitment.getNotMeasurableReason();
		if (reason != null && !reason.isBlank()) {
			add("Not measurable because", Direction.FACT, List.of(Link.fact(reason)));
		}
		List<Link> responses = new ArrayList<>();
		for (Response response : index.responsesConcerning(commitment)) {
			responses.add(responseWithReply(response));
		}
		add("Consultation responses", Direction.INCOMING, responses);
		elements("Changed by replies", Direction.INCOMING, index.repliesChanging(commitment));
		elements("Inspection actions it addresses", Direction.INCOMING, index.inspectionActionsAddressedBy(commitment));
		add("Delivered by actions", Direction.INCOMING, map(index.actionsDelivering(commitment), this::deliveredBy));
		List<Link> appearances = new ArrayList<>();
		for (Appearance appearance : commitment.getAppearances()) {
			if (TraceIndex.resolved(appearance.getPart())) {
				String wording = appearance.getWording();
				List<Link> details = wording == null || wording.isBlank() ? List.of()
						: List.of(new Link(null, appearance, "\u201C" + wording + "\u201D", List.of()));
				appearances.add(new Link(appearance.getPart(), appearance, Labels.kind(appearance.getPart())
						+ ": " + ElementLabels.text(appearance.getPart()), details));
			}
		}
		add("Appears in", Direction.OUTGOING, appearances);
		elements("Aims", Direction.OUTGOING, index.aimsOf(commitment));
		elements("Themes", Direction.OUTGOING, TraceIndex.resolvedOnly(commitment.getThemes()));
		elements("Areas", Direction.OUTGOING, TraceIndex.resolvedOnly(commitment.getAreas()));
		elements("Depends on", Direction.OUTGOING, TraceIndex.resolvedOnly(commitment.getDependsOn()));
		elements("Depended on by", Direction.INCOMING, index.dependents(commitment));
		List<Link> holes = new ArrayList<>();
		for (Hole hole : Holes.of(index, commitment)) {
			holes.add(Link.fact(hole.label() + ": " + hole.description()));
		}
		add("Missing", Direction.FACT, holes);
	}

	private void owner(Owner owner) {
		List<Link> owns = new ArrayList<>();
		for (Ownership ownership : index.ownershipsOf(owner)) {
			owns.add(ownedBy(ownership));
		}
		add("Owns", Direction.INCOMING, owns);
		elements("Actions it owns", Direction.INCOMING, index.actionsOwnedBy(owner));
		List<Link> within = new ArrayList<>();
		for (Owner inner : index.ownersWithin(owner)) {
			for (Ownership ownership : index.ownershipsOf(inner)) {
				within.add(new Link(ownership.eContainer(), ownership, ElementLabels.text(ownership.eContainer())
						+ " (" + ownership.getRole().getLiteral() + ": " + ElementLabels.text(inner) + ")", List.of()));
			}
		}
		add("Owned within it", Direction.INCOMING, within);
		elements("Indicators it reports", Direction.INCOMING, index.indicatorsOwnedBy(owner));
		elements("Aims it delivers", Direction.INCOMING, index.aimsDeliveredBy(owner));
		index.directorateOf(owner).filter(d -> d != owner)
				.ifPresent(d -> add("Directorate", Direction.OUTGOING, List.of(link(d))));
		switch (owner) {
			case Post post -> {
				if (TraceIndex.resolved(post.getHolder())) {
					add("Held by", Direction.OUTGOING, List.of(link(post.getHolder())));
				}
				if (TraceIndex.resolved(post.getReportsTo())) {
					add("Reports to", Direction.OUTGOING, List.of(link(post.getReportsTo())));
				}
			}
			case Person person -> {
				elements("Posts held", Direction.INCOMING, index.postsHeldBy(person));
				elements("Portfolios", Direction.INCOMING, index.portfoliosOf(person));
			}
			case Portfolio portfolio -> {
				if (TraceIndex.resolved(portfolio.getMember())) {
					add("Cabinet Member", Direction.OUTGOING, List.of(link(portfolio.getMember())));
				}
			}
			default -> {
				// units are placed by their directorate above
			}
		}
		elements("Succeeded by", Direction.OUTGOING, TraceIndex.resolvedOnly(owner.getSuccessors()));
		elements("Succeeds", Direction.INCOMING, index.predecessors(owner));
		elements("Moves from it", Direction.INCOMING, index.movesFrom(owner));
		elements("Moves to it", Direction.INCOMING, index.movesTo(owner));
		if (owner instanceof OrganisationUnit unit && unit.getValidUntil() != null) {
			add("In force until", Direction.FACT, List.of(Link.fact(unit.getValidUntil().toString())));
		}
	}

	private void response(Response response) {
		if (TraceIndex.resolved(response.getRespondent())) {
			add("Respondent", Direction.OUTGOING, List.of(link(response.getRespondent())));
		}
		elements("Concerns", Direction.OUTGOING, TraceIndex.resolvedOnly(response.getConcerns()));
		elements("Concerns moves", Direction.OUTGOING, TraceIndex.resolvedOnly(response.getConcernsMoves()));
		elements("Consultation themes", Direction.OUTGOING, TraceIndex.resolvedOnly(response.getThemes()));
		if (response.getReply() == null) {
			add("Reply", Direction.FACT, List.of(Link.fact("No reply yet")));
		} else {
			add("Reply", Direction.OUTGOING, List.of(replyWithChanges(response.getReply())));
		}
	}

	private void reply(Reply reply) {
		if (reply.eContainer() instanceof Response response) {
			add("In reply to", Direction.INCOMING, List.of(link(response)));
		}
		elements("Changed", Direction.OUTGOING, TraceIndex.resolvedOnly(reply.getChanged()));
		elements("Changed moves", Direction.OUTGOING, TraceIndex.resolvedOnly(reply.getChangedMoves()));
	}

	private void indicator(Indicator indicator) {
		elements("Measures", Direction.INCOMING, index.commitmentsMeasuredBy(indicator));
		if (TraceIndex.resolved(indicator.getOwner())) {
			add("Reported by", Direction.OUTGOING, List.of(link(indicator.getOwner())));
		}
		if (indicator.getTargets().isEmpty()) {
			add("Missing", Direction.FACT, List.of(Link.fact("No target")));
		}
	}

	private void action(InspectionAction action) {
		elements("Addressed by", Direction.OUTGOING, TraceIndex.resolvedOnly(action.getAddressedBy()));
		List<Link> progress = new ArrayList<>();
		for (ProgressNote note : action.getProgress()) {
			progress.add(new Link(null, note, ElementLabels.title(note), List.of()));
		}
		add("Progress", Direction.FACT, progress);
	}

	// the golden thread upwards: what the action delivers and serves; downwards from its business plan
	private void deliveryAction(Action action) {
		elements("Delivers", Direction.OUTGOING, DeliveryFacts.commitments(action));
		elements("Serves aims", Direction.OUTGOING, DeliveryFacts.aims(action));
		elements("Owned by", Direction.OUTGOING, DeliveryFacts.owners(action));
		elements("Measured by", Direction.OUTGOING, TraceIndex.resolvedOnly(action.getIndicators()));
		BusinessPlan plan = DeliveryFacts.businessPlanOf(action);
		if (plan != null) {
			add("In the business plan", Direction.OUTGOING, List.of(link(plan)));
		}
		add("Progress", Direction.FACT, map(action.getUpdates(), TraceLinks::update));
	}

	private void businessPlan(BusinessPlan plan) {
		if (TraceIndex.resolved(plan.getOwner())) {
			add("Owner", Direction.OUTGOING, List.of(link(plan.getOwner())));
		}
		add("Leads of its actions", Direction.OUTGOING, ownerships(plan.getOwnerships()));
		add("Actions", Direction.OUTGOING, map(plan.getActions(), this::deliveredBy));
	}

	/** Each ownership whose owner resolves, as "role: owner". */
	private static List<Link> ownerships(List<Ownership> ownerships) {
		List<Link> links = new ArrayList<>();
		for (Ownership ownership : ownerships) {
			if (TraceIndex.resolved(ownership.getOwner())) {
				links.add(new Link(ownership.getOwner(), ownership,
						ownership.getRole().getLiteral() + ": " + ElementLabels.text(ownership.getOwner()), List.of()));
			}
		}
		return links;
	}

	private void aim(Aim aim) {
		elements("Delivered by", Direction.OUTGOING, TraceIndex.resolvedOnly(aim.getDeliveredBy()));
		elements("Themes serving it", Direction.INCOMING, index.themesServing(aim));
		elements("Commitments", Direction.INCOMING, index.commitmentsServing(aim));
	}

	private void part(PlanPart part) {
		List<Link> appearingHere = new ArrayList<>();
		for (Appearance appearance : index.appearancesIn(part)) {
			appearingHere.add(new Link(appearance.eContainer(), appearance, ElementLabels.text(appearance.eContainer()),
					List.of()));
		}
		add("Commitments appearing here", Direction.INCOMING, appearingHere);
		if (part instanceof Theme theme) {
			Set<EObject> appearing = Collections.newSetFromMap(new IdentityHashMap<>());
			index.appearancesIn(part).forEach(a -> appearing.add(a.eContainer()));
			List<Commitment> naming = new ArrayList<>(index.commitmentsNaming(theme));
			naming.removeIf(appearing::contains);
			elements("Commitments naming it", Direction.INCOMING, naming);
			elements("Serves", Direction.OUTGOING, TraceIndex.resolvedOnly(theme.getAims()));
		}
		if (part instanceof Chapter chapter && TraceIndex.resolved(chapter.getAim())) {
			add("Serves", Direction.OUTGOING, List.of(link(chapter.getAim())));
		}
	}

	private MoveImpact impactOf(Move move) {
		for (RestructureImpact restructure : Analyses.restructures(model)) {
			for (MoveImpact impact : restructure.moves()) {
				if (impact.move() == move) {
					return impact;
				}
			}
		}
		return null;
	}

	private void move(Move move) {
		add("Kind", Direction.FACT, List.of(Link.fact(move.getKind().getLiteral())));
		elements("From", Direction.OUTGOING, TraceIndex.resolvedOnly(move.getFrom()));
		elements("To", Direction.OUTGOING, TraceIndex.resolvedOnly(move.getTo()));
		if (TraceIndex.resolved(move.getSupersededBy())) {
			add("Superseded by", Direction.OUTGOING, List.of(link(move.getSupersededBy())));
		}
		elements("Supersedes", Direction.INCOMING, index.movesSupersededBy(move));
		MoveImpact impact = impactOf(move);
		if (impact != null) {
			List<Link> affected = new ArrayList<>();
			for (Ownership ownership : impact.affected()) {
				affected.add(ownedBy(ownership));
			}
			add("Commitments it affects", Direction.OUTGOING, affected);
		}
		List<Link> responses = new ArrayList<>();
		for (Response response : index.responsesConcerning(move)) {
			responses.add(responseWithReply(response));
		}
		add("Consultation responses", Direction.INCOMING, responses);
		elements("Changed by replies", Direction.INCOMING, index.repliesChanging(move));
	}

	// ------------------------------------------------------------------ links

	private Link ownedBy(Ownership ownership) {
		return new Link(ownership.eContainer(), ownership,
				ElementLabels.text(ownership.eContainer()) + " (" + ownership.getRole().getLiteral() + ")", List.of());
	}

	/** An action, with who owns it and its latest progress beneath. */
	private Link deliveredBy(Action action) {
		List<Link> details = new ArrayList<>();
		List<Owner> owners = DeliveryFacts.owners(action);
		if (!owners.isEmpty()) {
			details.add(Link.to(owners.get(0), "owned by " + ElementLabels.text(owners.get(0))));
		}
		ProgressUpdate latest = DeliveryFacts.latestUpdate(action);
		if (latest != null) {
			details.add(update(latest));
		}
		return new Link(action, action, ElementLabels.text(action), details);
	}

	private static Link update(ProgressUpdate update) {
		String status = TraceIndex.resolved(update.getStatus()) ? Labels.label(update.getStatus()) : "no status";
		String commentary = update.getCommentary() == null || update.getCommentary().isBlank() ? ""
				: ". " + update.getCommentary();
		return new Link(null, update, update.getPeriod() + ": " + status + commentary, List.of());
	}

	private Link responseWithReply(Response response) {
		List<Link> details = response.getReply() == null ? List.of(Link.fact("No reply yet"))
				: List.of(replyWithChanges(response.getReply()));
		return new Link(response, response, ElementLabels.text(response), details);
	}

	private Link replyWithChanges(Reply reply) {
		List<Link> changed = new ArrayList<>();
		for (Commitment commitment : TraceIndex.resolvedOnly(reply.getChanged())) {
			changed.add(Link.to(commitment, "changed " + ElementLabels.text(commitment)));
		}
		for (Move move : TraceIndex.resolvedOnly(reply.getChangedMoves())) {
			changed.add(Link.to(move, "changed " + ElementLabels.text(move)));
		}
		String text = "reply, " + Labels.outcome(reply.getOutcome())
				+ (reply.getDate() == null ? "" : " (" + reply.getDate() + ")") + ": " + nullToEmpty(reply.getText());
		return new Link(reply, reply, text, changed);
	}

	private static Link link(EObject element) {
		return Link.to(element, ElementLabels.text(element));
	}

	private <T extends EObject> void elements(String relation, Direction direction, List<T> elements) {
		add(relation, direction, map(elements, TraceLinks::link));
	}

	private static <T> List<Link> map(List<T> items, Function<T, Link> link) {
		List<Link> links = new ArrayList<>(items.size());
		for (T item : items) {
			links.add(link.apply(item));
		}
		return links;
	}

	private void add(String relation, Direction direction, List<Link> links) {
		if (!links.isEmpty()) {
			groups.add(new LinkGroup(relation, direction, links));
		}
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
