package org.throughline.trace;

import static org.throughline.model.plan.PlanPackage.Literals.AIM__DELIVERED_BY;
import static org.throughline.model.plan.PlanPackage.Literals.APPEARANCE__PART;
import static org.throughline.model.plan.PlanPackage.Literals.COMMITMENT__AREAS;
import static org.throughline.model.plan.PlanPackage.Literals.COMMITMENT__DEPENDS_ON;
import static org.throughline.model.plan.PlanPackage.Literals.COMMITMENT__INDICATORS;
import static org.throughline.model.plan.PlanPackage.Literals.COMMITMENT__THEMES;
import static org.throughline.model.plan.PlanPackage.Literals.INDICATOR__OWNER;
import static org.throughline.model.plan.PlanPackage.Literals.INSPECTION_ACTION__ADDRESSED_BY;
import static org.throughline.model.plan.PlanPackage.Literals.MOVE__FROM;
import static org.throughline.model.plan.PlanPackage.Literals.MOVE__SUPERSEDED_BY;
import static org.throughline.model.plan.PlanPackage.Literals.MOVE__TO;
import static org.throughline.model.plan.PlanPackage.Literals.OWNERSHIP__OWNER;
import static org.throughline.model.plan.PlanPackage.Literals.BUSINESS_PLAN__OWNER;
import static org.throughline.model.plan.PlanPackage.Literals.OWNER__SUCCESSORS;
import static org.throughline.model.plan.PlanPackage.Literals.PORTFOLIO__MEMBER;
import static org.throughline.model.plan.PlanPackage.Literals.POST__HOLDER;
import static org.throughline.model.plan.PlanPackage.Literals.REPLY__CHANGED;
import static org.throughline.model.plan.PlanPackage.Literals.REPLY__CHANGED_MOVES;
import static org.throughline.model.plan.PlanPackage.Literals.RESPONSE__CONCERNS;
import static org.throughline.model.plan.PlanPackage.Literals.RESPONSE__CONCERNS_MOVES;
import static org.throughline.model.plan.PlanPackage.Literals.RESPONSE__RESPONDENT;
import static org.throughline.model.plan.PlanPackage.Literals.RESPONSE__THEMES;
import static org.throughline.model.plan.PlanPackage.Literals.THEME__AIMS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.links.PlanLinks;
import org.throughline.model.facts.DeliveryFacts;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Area;
import org.throughline.model.plan.BusinessPlan;
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
 * The links read backwards are those of {@link PlanLinks}, built in the same pass; this class adds the lists of
 * elements by kind, qualified names, the aims a commitment serves (inferred, not written) and directorates.
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
	private final List<BusinessPlan> businessPlans = new ArrayList<>();

	private final Map<EObject, String> qualifiedNames = new IdentityHashMap<>();
	private final Map<String, EObject> byQualifiedName = new LinkedHashMap<>();

	private final PlanLinks.Builder linksBuilder = new PlanLinks.Builder();
	private PlanLinks links;
	private final Links<Commitment, Aim> aimsOfCommitment = new Links<>();
	private final Links<Aim, Commitment> commitmentsOfAim = new Links<>();
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
			index.linksBuilder.add(module);
			module.eAllContents().forEachRemaining(index::visit);
		}
		index.links = index.linksBuilder.build();
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
		linksBuilder.add(element);
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
			case Commitment commitment -> commitments.add(commitment);
			case Owner owner -> {
				owners.add(owner);
				if (owner instanceof OrganisationUnit unit) {
					units.add(unit);
				}
			}
			case Indicator indicator -> indicators.add(indicator);
			case Consultation consultation -> consultations.add(consultation);
			case Restructure restructure -> restructures.add(restructure);
			case Inspection inspection -> inspections.add(inspection);
			case BusinessPlan businessPlan -> businessPlans.add(businessPlan);
			default -> {
				// the other elements are in the lists of their containers; their links are in the links
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

	private OrganisationUnit findDirectorate(Owner owner) {
		EObject start = switch (owner) {
			case OrganisationUnit unit -> unit;
			case Post post -> post.eContainer();
			case Person person -> {
				List<Post> held = postsHeldBy(person);
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
			commitmentsOfAim.add(aim, commitment);
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

	/** Every directorate and team business plan, in document order. */
	public List<BusinessPlan> businessPlans() {
		return Collections.unmodifiableList(businessPlans);
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

	/** The ownerships of commitments (commitment and role) that name this owner. */
	public List<Ownership> ownershipsOf(Owner owner) {
		return links.sources(owner, OWNERSHIP__OWNER, Ownership.class).stream()
				.filter(o -> o.eContainer() instanceof Commitment).toList();
	}

	/**
	 * The business-plan actions this owner owns: those that name it, in document order, then those of the business
	 * plans it leads or owns that it owns through them, as {@link DeliveryFacts#owners(Action)} says.
	 */
	public List<Action> actionsOwnedBy(Owner owner) {
		List<Action> actions = new ArrayList<>();
		List<BusinessPlan> plans = new ArrayList<>();
		for (Ownership ownership : links.sources(owner, OWNERSHIP__OWNER, Ownership.class)) {
			if (ownership.eContainer() instanceof Action action && !actions.contains(action)) {
				actions.add(action);
			} else if (ownership.eContainer() instanceof BusinessPlan plan && !plans.contains(plan)) {
				plans.add(plan);
			}
		}
		for (BusinessPlan plan : links.sources(owner, BUSINESS_PLAN__OWNER, BusinessPlan.class)) {
			if (!plans.contains(plan)) {
				plans.add(plan);
			}
		}
		for (BusinessPlan plan : plans) {
			plan.getActions().stream().filter(a -> !actions.contains(a) && DeliveryFacts.owners(a).contains(owner))
					.forEach(actions::add);
		}
		return actions;
	}

	/** The commitments that this owner owns in any role, each once. */
	public List<Commitment> commitmentsOwnedBy(Owner owner) {
		List<Commitment> owned = new ArrayList<>();
		for (Ownership ownership : ownershipsOf(owner)) {
			Commitment commitment = (Commitment) ownership.eContainer();
			// one commitment's ownerships are indexed together, so a repeat can only follow itself
			if (owned.isEmpty() || owned.get(owned.size() - 1) != commitment) {
				owned.add(commitment);
			}
		}
		return owned;
	}

	/** The business-plan actions that deliver this commitment, in the order they are written. */
	public List<Action> actionsDelivering(Commitment commitment) {
		return DeliveryFacts.actions(links, commitment);
	}

	/** The commitments measured by this indicator. */
	public List<Commitment> commitmentsMeasuredBy(Indicator indicator) {
		return links.sources(indicator, COMMITMENT__INDICATORS, Commitment.class);
	}

	/** The consultation responses that concern this commitment. */
	public List<Response> responsesConcerning(Commitment commitment) {
		return links.sources(commitment, RESPONSE__CONCERNS, Response.class);
	}

	/** The replies to consultation responses that changed this commitment. */
	public List<Reply> repliesChanging(Commitment commitment) {
		return links.sources(commitment, REPLY__CHANGED, Reply.class);
	}

	/** The inspection actions that this commitment addresses. */
	public List<InspectionAction> inspectionActionsAddressedBy(Commitment commitment) {
		return links.sources(commitment, INSPECTION_ACTION__ADDRESSED_BY, InspectionAction.class);
	}

	/** The commitments that depend on this commitment or policy document. */
	public List<Commitment> dependents(Dependable dependable) {
		return links.sources(dependable, COMMITMENT__DEPENDS_ON, Commitment.class);
	}

	/** The commitments for this area, in the order the plan writes them. */
	public List<Commitment> commitmentsFor(Area area) {
		return links.sources(area, COMMITMENT__AREAS, Commitment.class);
	}

	/** Where commitments appear in this theme, chapter or section. */
	public List<Appearance> appearancesIn(PlanPart part) {
		return links.sources(part, APPEARANCE__PART, Appearance.class);
	}

	/** The restructure moves that take something away from this owner. */
	public List<Move> movesFrom(Owner owner) {
		return links.sources(owner, MOVE__FROM, Move.class);
	}

	/** The restructure moves that give something to this owner. */
	public List<Move> movesTo(Owner owner) {
		return links.sources(owner, MOVE__TO, Move.class);
	}

	/** The consultation responses that concern this move. */
	public List<Response> responsesConcerning(Move move) {
		return links.sources(move, RESPONSE__CONCERNS_MOVES, Response.class);
	}

	/** The replies to consultation responses that changed this move. */
	public List<Reply> repliesChanging(Move move) {
		return links.sources(move, REPLY__CHANGED_MOVES, Reply.class);
	}

	/** The moves that this move superseded (an earlier draft's version of it). */
	public List<Move> movesSupersededBy(Move move) {
		return links.sources(move, MOVE__SUPERSEDED_BY, Move.class);
	}

	/** The responses filed under this consultation theme. */
	public List<Response> responsesUnder(ConsultationTheme theme) {
		return links.sources(theme, RESPONSE__THEMES, Response.class);
	}

	/** The responses this respondent made. */
	public List<Response> responsesFrom(Respondent respondent) {
		return links.sources(respondent, RESPONSE__RESPONDENT, Response.class);
	}

	/** The owners that name this owner as their successor. */
	public List<Owner> predecessors(Owner owner) {
		return links.sources(owner, OWNER__SUCCESSORS, Owner.class);
	}

	/** The indicators this owner is responsible for. */
	public List<Indicator> indicatorsOwnedBy(Owner owner) {
		return links.sources(owner, INDICATOR__OWNER, Indicator.class);
	}

	/** The aims that the plan maps to this owner ("delivered by"). */
	public List<Aim> aimsDeliveredBy(Owner owner) {
		return links.sources(owner, AIM__DELIVERED_BY, Aim.class);
	}

	/** The posts this person holds. */
	public List<Post> postsHeldBy(Person person) {
		return links.sources(person, POST__HOLDER, Post.class);
	}

	/** The portfolios this person holds. */
	public List<Portfolio> portfoliosOf(Person person) {
		return links.sources(person, PORTFOLIO__MEMBER, Portfolio.class);
	}

	/**
	 * The aims a commitment serves: those it names; when it names none, those served by the themes it names or
	 * appears in and by the chapters it appears in.
	 */
	public List<Aim> aimsOf(Commitment commitment) {
		return aimsOfCommitment.get(commitment);
	}

	/** The commitments that serve this aim, as {@link #aimsOf} infers them, in document order. */
	public List<Commitment> commitmentsServing(Aim aim) {
		return commitmentsOfAim.get(aim);
	}

	/** The commitments that name this theme. */
	public List<Commitment> commitmentsNaming(Theme theme) {
		return links.sources(theme, COMMITMENT__THEMES, Commitment.class);
	}

	/** The themes that name this aim. */
	public List<Theme> themesServing(Aim aim) {
		return links.sources(aim, THEME__AIMS, Theme.class);
	}

	/**
	 * Every cross-reference of the indexed modules read backwards: the one inverse index, which the lookups above
	 * read and which {@link org.throughline.model.facts.CommitmentFacts} takes.
	 */
	public PlanLinks links() {
		return links;
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
		return PlanLinks.resolved(element);
	}

	/** The resolved elements of a reference list, in order. */
	public static <T extends EObject> List<T> resolvedOnly(List<T> elements) {
		return PlanLinks.resolvedOnly(elements);
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
