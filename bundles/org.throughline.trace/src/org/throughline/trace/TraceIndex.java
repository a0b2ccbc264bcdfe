package org.throughline.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.Chapter;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.ConsultationTheme;
import org.throughline.model.plan.Dependable;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Inspection;
import org.throughline.model.plan.InspectionAction;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.Person;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.PlanPart;
import org.throughline.model.plan.Portfolio;
import org.throughline.model.plan.Post;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.Respondent;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.Restructure;
import org.throughline.model.plan.Section;
import org.throughline.model.plan.Theme;
import org.throughline.model.plan.UnitKind;

/**
 * Every link of a loaded plan workspace, forwards and backwards, built once by one pass over the modules.
 * <p>
 * The model holds links in one direction only: a commitment names its owners, a response names the commitments
 * it concerns, a move names the units it moves from. Reports need the other direction too (what does this unit
 * own, which responses concern this commitment), and asking for it must not mean a pass over all elements for
 * each element. So the index visits every element once, in document order, and records each link under both of
 * its ends. Every lookup afterwards is a map access; every list it returns is in document order (modules in the
 * order given, elements as written), so whatever is built from the index is deterministic.
 * <p>
 * References that did not resolve (proxies left by linking errors) are left out: an unresolved owner does not
 * make a commitment owned. The index is immutable; build a new one when the model changes.
 */
public final class TraceIndex {

	private final List<PlanModule> modules;
	private final List<Plan> plans = new ArrayList<>();
	private final List<Commitment> commitments = new ArrayList<>();
	private final List<Owner> owners = new ArrayList<>();
	private final List<OrganisationUnit> units = new ArrayList<>();
	private final List<Indicator> indicators = new ArrayList<>();
	private final List<Consultation> consultations = new ArrayList<>();
	private final List<Restructure> restructures = new ArrayList<>();
	private final List<Inspection> inspections = new ArrayList<>();

	private final Map<EObject, String> qualifiedNames = new IdentityHashMap<>();
	private final Map<String, EObject> byQualifiedName = new LinkedHashMap<>();

	private final Links<Owner, Ownership> ownershipsOfOwner = new Links<>();
	private final Links<Indicator, Commitment> commitmentsOfIndicator = new Links<>();
	private final Links<Commitment, Response> responsesOfCommitment = new Links<>();
	private final Links<Commitment, Reply> changingRepliesOfCommitment = new Links<>();
	private final Links<Commitment, InspectionAction> actionsOfCommitment = new Links<>();
	private final Links<Dependable, Commitment> dependentsOfDependable = new Links<>();
	private final Links<PlanPart, Appearance> appearancesOfPart = new Links<>();
	private final Links<Owner, Move> movesFromOwner = new Links<>();
	private final Links<Owner, Move> movesToOwner = new Links<>();
	private final Links<Move, Response> responsesOfMove = new Links<>();
	private final Links<Move, Reply> changingRepliesOfMove = new Links<>();
	private final Links<Move, Move> supersededMovesOfMove = new Links<>();
	private final Links<ConsultationTheme, Response> responsesOfTheme = new Links<>();
	private final Links<Respondent, Response> responsesOfRespondent = new Links<>();
	private final Links<Owner, Owner> predecessorsOfOwner = new Links<>();
	private final Links<Owner, Indicator> indicatorsOfOwner = new Links<>();
	private final Links<Owner, Aim> aimsOfDeliverer = new Links<>();
	private final Links<Person, Post> postsOfHolder = new Links<>();
	private final Links<Person, Portfolio> portfoliosOfMember = new Links<>();
	private final Links<Commitment, Aim> aimsOfCommitment = new Links<>();
	private final Map<Owner, OrganisationUnit> directorateOfOwner = new IdentityHashMap<>();

	private TraceIndex(List<PlanModule> modules) {
		this.modules = List.copyOf(modules);
	}

	/**
	 * Indexes the given modules. They are visited in the order given, which is the order of every list the
	 * index returns; give them in file-name order for reports that read the same from one run to the next.
	 */
	public static TraceIndex of(Collection<? extends PlanModule> modules) {
		TraceIndex index = new TraceIndex(new ArrayList<>(modules));
		for (PlanModule module : index.modules) {
			index.name(module, module.getName());
			module.eAllContents().forEachRemaining(index::visit);
		}
		// Needs every post indexed first: a person's directorate is that of the post the person holds.
		for (Owner owner : index.owners) {
			index.directorateOfOwner.put(owner, index.findDirectorate(owner));
		}
		for (Commitment commitment : index.commitments) {
			index.inferAims(commitment);
		}
		return index;
	}

	// ------------------------------------------------------------------ building

	private void visit(EObject element) {
		if (element instanceof NamedElement named && named.getName() != null) {
			String parent = null;
			for (EObject container = element.eContainer(); parent == null && container != null; container = container
					.eContainer()) {
				parent = qualifiedNames.get(container);
			}
			name(element, parent == null ? named.getName() : parent + "." + named.getName());
		}
		switch (element) {
			case Plan plan -> plans.add(plan);
			case Commitment commitment -> visitCommitment(commitment);
			case Owner owner -> visitOwner(owner);
			case Indicator indicator -> {
				indicators.add(indicator);
				if (resolved(indicator.getOwner())) {
					indicatorsOfOwner.add(indicator.getOwner(), indicator);
				}
			}
			case Aim aim -> {
				for (Owner owner : resolvedOnly(aim.getDeliveredBy())) {
					aimsOfDeliverer.add(owner, aim);
				}
			}
			case Appearance appearance -> {
				if (resolved(appearance.getPart())) {
					appearancesOfPart.add(appearance.getPart(), appearance);
				}
			}
			case Consultation consultation -> consultations.add(consultation);
			case Response response -> visitResponse(response);
			case Reply reply -> visitReply(reply);
			case Restructure restructure -> restructures.add(restructure);
			case Move move -> visitMove(move);
			case Inspection inspection -> inspections.add(inspection);
			case InspectionAction action -> {
				for (Commitment commitment : resolvedOnly(action.getAddressedBy())) {
					actionsOfCommitment.add(commitment, action);
				}
			}
			default -> {
				// other elements carry no link that a report reads backwards
			}
		}
	}

	private void name(EObject element, String qualifiedName) {
		if (qualifiedName == null) {
			return;
		}
		qualifiedNames.put(element, qualifiedName);
		byQualifiedName.putIfAbsent(qualifiedName, element);
	}

	private void visitCommitment(Commitment commitment) {
		commitments.add(commitment);
		for (Ownership ownership : commitment.getOwnerships()) {
			if (resolved(ownership.getOwner())) {
				ownershipsOfOwner.add(ownership.getOwner(), ownership);
			}
		}
		for (Indicator indicator : resolvedOnly(commitment.getIndicators())) {
			commitmentsOfIndicator.add(indicator, commitment);
		}
		for (Dependable dependable : resolvedOnly(commitment.getDependsOn())) {
			dependentsOfDependable.add(dependable, commitment);
		}
	}

	private void visitOwner(Owner owner) {
		owners.add(owner);
		if (owner instanceof OrganisationUnit unit) {
			units.add(unit);
		}
		for (Owner successor : resolvedOnly(owner.getSuccessors())) {
			predecessorsOfOwner.add(successor, owner);
		}
		if (owner instanceof Post post && resolved(post.getHolder())) {
			postsOfHolder.add(post.getHolder(), post);
		}
		if (owner instanceof Portfolio portfolio && resolved(portfolio.getMember())) {
			portfoliosOfMember.add(portfolio.getMember(), portfolio);
		}
	}

	private void visitResponse(Response response) {
		for (Commitment commitment : resolvedOnly(response.getConcerns())) {
			responsesOfCommitment.add(commitment, response);
		}
		for (Move move : resolvedOnly(response.getConcernsMoves())) {
			responsesOfMove.add(move, response);
		}
		for (ConsultationTheme theme : resolvedOnly(response.getThemes())) {
			responsesOfTheme.add(theme, response);
		}
		if (resolved(response.getRespondent())) {
			responsesOfRespondent.add(response.getRespondent(), response);
		}
	}

	private void visitReply(Reply reply) {
		for (Commitment commitment : resolvedOnly(reply.getChanged())) {
			changingRepliesOfCommitment.add(commitment, reply);
		}
		for (Move move : resolvedOnly(reply.getChangedMoves())) {
			changingRepliesOfMove.add(move, reply);
		}
	}

	private void visitMove(Move move) {
		for (Owner from : resolvedOnly(move.getFrom())) {
			movesFromOwner.add(from, move);
		}
		for (Owner to : resolvedOnly(move.getTo())) {
			movesToOwner.add(to, move);
		}
		if (resolved(move.getSupersededBy())) {
			supersededMovesOfMove.add(move.getSupersededBy(), move);
		}
	}

	private OrganisationUnit findDirectorate(Owner owner) {
		EObject start = switch (owner) {
			case OrganisationUnit unit -> unit;
			case Post post -> post.eContainer();
			case Person person -> {
				List<Post> held = postsOfHolder.get(person);
				yield held.isEmpty() ? null : held.get(0).eContainer();
			}
			default -> null;
		};
		for (EObject container = start; container instanceof OrganisationUnit unit; container = unit.eContainer()) {
			if (unit.getKind() == UnitKind.DIRECTORATE) {
				return unit;
			}
		}
		return null;
	}

	// A commitment's aims: those it names; failing that, those of the themes and chapters it appears in.
	private void inferAims(Commitment commitment) {
		List<Aim> aims = new ArrayList<>(resolvedOnly(commitment.getAims()));
		if (aims.isEmpty()) {
			for (Theme theme : resolvedOnly(commitment.getThemes())) {
				addAll(aims, resolvedOnly(theme.getAims()));
			}
			for (Appearance appearance : commitment.getAppearances()) {
				PlanPart part = appearance.getPart();
				if (part instanceof Theme theme) {
					addAll(aims, resolvedOnly(theme.getAims()));
				} else if (part instanceof Section section && section.eContainer() instanceof Chapter chapter) {
					addIfResolved(aims, chapter.getAim());
				} else if (part instanceof Chapter chapter) {
					addIfResolved(aims, chapter.getAim());
				}
			}
		}
		for (Aim aim : aims) {
			aimsOfCommitment.add(commitment, aim);
		}
	}

	private static <T> void addAll(List<T> list, List<? extends T> more) {
		for (T item : more) {
			if (!list.contains(item)) {
				list.add(item);
			}
		}
	}

	private static <T extends EObject> void addIfResolved(List<T> list, T item) {
		if (resolved(item) && !list.contains(item)) {
			list.add(item);
		}
	}

	// ------------------------------------------------------------------ what the workspace holds, in document order

	/** The modules indexed, in the order given. */
	public List<PlanModule> modules() {
		return modules;
	}

	public List<Plan> plans() {
		return Collections.unmodifiableList(plans);
	}

	/** Every commitment of every plan. */
	public List<Commitment> commitments() {
		return Collections.unmodifiableList(commitments);
	}

	/** Every organisation unit, post, person and portfolio. */
	public List<Owner> owners() {
		return Collections.unmodifiableList(owners);
	}

	/** Every organisation unit, at any depth. */
	public List<OrganisationUnit> units() {
		return Collections.unmodifiableList(units);
	}

	/** The units whose kind is directorate, those in force and those that have ended alike. */
	public List<OrganisationUnit> directorates() {
		return units.stream().filter(u -> u.getKind() == UnitKind.DIRECTORATE).toList();
	}

	public List<Indicator> indicators() {
		return Collections.unmodifiableList(indicators);
	}

	public List<Consultation> consultations() {
		return Collections.unmodifiableList(consultations);
	}

	public List<Restructure> restructures() {
		return Collections.unmodifiableList(restructures);
	}

	public List<Inspection> inspections() {
		return Collections.unmodifiableList(inspections);
	}

	// ------------------------------------------------------------------ names

	/**
	 * The name by which the plan language refers to an element from anywhere: the module's namespace and the
	 * names of the element and its named containers, joined by dots ({@code kent.boldsteps.BoldSteps.R5}).
	 * Empty when the element has no name.
	 */
	public String qualifiedName(EObject element) {
		String name = qualifiedNames.get(element);
		return name == null ? "" : name;
	}

	/**
	 * Every named element below the modules (plans, commitments, owners, moves, responses and the rest), each
	 * once under its qualified name, in document order; a name declared twice gives its first element.
	 */
	public List<NamedElement> namedElements() {
		List<NamedElement> named = new ArrayList<>(byQualifiedName.size());
		for (EObject element : byQualifiedName.values()) {
			if (element instanceof NamedElement namedElement) {
				named.add(namedElement);
			}
		}
		return named;
	}

	/** The element with this qualified name; the first one written when a name is declared twice. */
	public Optional<EObject> element(String qualifiedName) {
		return Optional.ofNullable(byQualifiedName.get(qualifiedName));
	}

	// ------------------------------------------------------------------ links read backwards

	/** The ownerships (commitment and role) that name this owner. */
	public List<Ownership> ownershipsOf(Owner owner) {
		return ownershipsOfOwner.get(owner);
	}

	/** The commitments that this owner owns in any role, each once. */
	public List<Commitment> commitmentsOwnedBy(Owner owner) {
		List<Commitment> owned = new ArrayList<>();
		for (Ownership ownership : ownershipsOfOwner.get(owner)) {
			Commitment commitment = (Commitment) ownership.eContainer();
			// one commitment's ownerships are indexed together, so a repeat can only follow itself
			if (owned.isEmpty() || owned.get(owned.size() - 1) != commitment) {
				owned.add(commitment);
			}
		}
		return owned;
	}

	/** The commitments measured by this indicator. */
	public List<Commitment> commitmentsMeasuredBy(Indicator indicator) {
		return commitmentsOfIndicator.get(indicator);
	}

	/** The consultation responses that concern this commitment. */
	public List<Response> responsesConcerning(Commitment commitment) {
		return responsesOfCommitment.get(commitment);
	}

	/** The replies to consultation responses that changed this commitment. */
	public List<Reply> repliesChanging(Commitment commitment) {
		return changingRepliesOfCommitment.get(commitment);
	}

	/** The inspection actions that this commitment addresses. */
	public List<InspectionAction> inspectionActionsAddressedBy(Commitment commitment) {
		return actionsOfCommitment.get(commitment);
	}

	/** The commitments that depend on this commitment or policy document. */
	public List<Commitment> dependents(Dependable dependable) {
		return dependentsOfDependable.get(dependable);
	}

	/** Where commitments appear in this theme, chapter or section. */
	public List<Appearance> appearancesIn(PlanPart part) {
		return appearancesOfPart.get(part);
	}

	/** The restructure moves that take something away from this owner. */
	public List<Move> movesFrom(Owner owner) {
		return movesFromOwner.get(owner);
	}

	/** The restructure moves that give something to this owner. */
	public List<Move> movesTo(Owner owner) {
		return movesToOwner.get(owner);
	}

	/** The consultation responses that concern this move. */
	public List<Response> responsesConcerning(Move move) {
		return responsesOfMove.get(move);
	}

	/** The replies to consultation responses that changed this move. */
	public List<Reply> repliesChanging(Move move) {
		return changingRepliesOfMove.get(move);
	}

	/** The moves that this move superseded (an earlier draft's version of it). */
	public List<Move> movesSupersededBy(Move move) {
		return supersededMovesOfMove.get(move);
	}

	/** The responses filed under this consultation theme. */
	public List<Response> responsesUnder(ConsultationTheme theme) {
		return responsesOfTheme.get(theme);
	}

	/** The responses this respondent made. */
	public List<Response> responsesFrom(Respondent respondent) {
		return responsesOfRespondent.get(respondent);
	}

	/** The owners that name this owner as their successor. */
	public List<Owner> predecessors(Owner owner) {
		return predecessorsOfOwner.get(owner);
	}

	/** The indicators this owner is responsible for. */
	public List<Indicator> indicatorsOwnedBy(Owner owner) {
		return indicatorsOfOwner.get(owner);
	}

	/** The aims that the plan maps to this owner ("delivered by"). */
	public List<Aim> aimsDeliveredBy(Owner owner) {
		return aimsOfDeliverer.get(owner);
	}

	/** The posts this person holds. */
	public List<Post> postsHeldBy(Person person) {
		return postsOfHolder.get(person);
	}

	/** The portfolios this person holds. */
	public List<Portfolio> portfoliosOf(Person person) {
		return portfoliosOfMember.get(person);
	}

	/**
	 * The aims a commitment serves: those it names; when it names none, those served by the themes it names or
	 * appears in and by the chapters it appears in.
	 */
	public List<Aim> aimsOf(Commitment commitment) {
		return aimsOfCommitment.get(commitment);
	}

	/** The themes a commitment is under: those it names, then those it appears in, each once, in the order written. */
	public static List<Theme> themesOf(Commitment commitment) {
		List<Theme> themes = new ArrayList<>(resolvedOnly(commitment.getThemes()));
		for (Appearance appearance : commitment.getAppearances()) {
			if (appearance.getPart() instanceof Theme theme && resolved(theme) && !themes.contains(theme)) {
				themes.add(theme);
			}
		}
		return themes;
	}

	/**
	 * The directorate an owner belongs to: the unit itself or the nearest enclosing unit of kind directorate; for
	 * a post, the directorate of the unit it sits in; for a person, that of the first post they hold. Empty for
	 * portfolios and for anything outside a directorate.
	 */
	public Optional<OrganisationUnit> directorateOf(Owner owner) {
		return Optional.ofNullable(directorateOfOwner.get(owner));
	}

	/** The units and posts inside this owner, at any depth, in document order; empty for other owners. */
	public List<Owner> ownersWithin(Owner owner) {
		List<Owner> within = new ArrayList<>();
		if (owner instanceof OrganisationUnit unit) {
			collectWithin(unit, within);
		}
		return within;
	}

	private static void collectWithin(OrganisationUnit unit, List<Owner> within) {
		for (EObject child : unit.eContents()) {
			if (child instanceof Post post) {
				within.add(post);
			} else if (child instanceof OrganisationUnit inner) {
				within.add(inner);
				collectWithin(inner, within);
			}
		}
	}

	// ------------------------------------------------------------------ helpers shared by the analyses

	/** True when the reference is set and resolved. */
	public static boolean resolved(EObject element) {
		return element != null && !element.eIsProxy();
	}

	/** The resolved elements of a reference list, in order. */
	public static <T extends EObject> List<T> resolvedOnly(List<T> elements) {
		List<T> resolved = new ArrayList<>(elements.size());
		for (T element : elements) {
			if (resolved(element)) {
				resolved.add(element);
			}
		}
		return resolved;
	}

	/** The plan that declares this element, if any. */
	public static Optional<Plan> planOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Plan plan) {
				return Optional.of(plan);
			}
		}
		return Optional.empty();
	}

	/** One direction of a link: from a key to the elements that point at it, in the order they were seen. */
	private static final class Links<K, V> {
		private final Map<K, List<V>> lists = new IdentityHashMap<>();

		// Links from one element are added together, so a reference listed twice ("concerns R5, R5") can only
		// repeat the last value; checking that keeps adding constant-time.
		void add(K key, V value) {
			List<V> list = lists.computeIfAbsent(key, k -> new ArrayList<>(2));
			if (list.isEmpty() || list.get(list.size() - 1) != value) {
				list.add(value);
			}
		}

		List<V> get(K key) {
			List<V> list = lists.get(key);
			return list == null ? List.of() : Collections.unmodifiableList(list);
		}
	}
}
