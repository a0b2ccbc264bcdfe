package org.throughline.dsl.ide.hover;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.throughline.dsl.ide.hover.ElementSummary.Section;
import org.throughline.dsl.ide.references.PlanReference;
import org.throughline.dsl.ide.references.PlanReferences;
import org.throughline.dsl.sources.SourceText;
import org.throughline.dsl.sources.SourceTexts;
import org.throughline.model.facts.CommitmentFacts;
import org.throughline.model.facts.DeliveryFacts;
import org.throughline.model.links.PlanLinks;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Milestone;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.PlanPackage;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.SourceDocument;
import org.throughline.model.plan.SourceReference;

/**
 * The trace of an element at a glance. A commitment: who owns it, what measures it, what consultees said about it
 * and where it appears. An owner: what it owns. Anything else: what refers to it.
 */
public final class ElementSummaries {

	public static final String OWNERS = "Owners";
	public static final String MEASURES = "Measured by";
	public static final String RESPONSES = "Consultation responses";
	public static final String APPEARANCES = "Appears in";
	public static final String DELIVERED_BY_ACTIONS = "Delivered by actions";
	public static final String OWNS = "Owns";
	public static final String OWNS_MEASURES = "Owns the indicators";
	public static final String DELIVERS = "Delivers the aims";
	public static final String SUCCESSION = "Succession";
	public static final String USED_BY = "Referred to by";

	private static final String NONE = "none";

	private ElementSummaries() {
	}

	public static ElementSummary summarise(EObject element, PlanReferences references) {
		if (element instanceof SourceReference citation) {
			return citation(citation);
		}
		String heading = Labels.kind(element) + " " + Labels.nameAndTitle(element);
		if (element instanceof Commitment commitment) {
			return new ElementSummary(heading, commitment.getStatement(), commitment(commitment, references));
		}
		if (element instanceof Owner owner) {
			return new ElementSummary(heading, null, owner(owner, references));
		}
		return new ElementSummary(heading, null, usedBy(element, references));
	}

	/** Lines of a citation a hover shows at most; a longer range ends with how many more there are. */
	static final int CITED_LINES_SHOWN = 20;

	/** A citation: the lines it cites, numbered, as the document gives them. */
	private static ElementSummary citation(SourceReference citation) {
		SourceDocument document = citation.getDocument();
		if (document == null || document.eIsProxy()) {
			return new ElementSummary("citation", "The document cited is not declared", List.of());
		}
		String cited = !citation.isSetLine() ? "" : citation.isSetLineEnd()
				? " lines " + citation.getLine() + " to " + citation.getLineEnd() : " line " + citation.getLine();
		String heading = document.getName() + cited;
		Optional<SourceText> text = SourceTexts.text(document);
		if (text.isEmpty()) {
			return new ElementSummary(heading, document.getFile() == null ? "The document names no file"
					: "The document's file \"" + document.getFile() + "\" is not found", List.of());
		}
		if (!citation.isSetLine()) {
			return new ElementSummary(heading, Labels.nameAndTitle(document) + ", " + text.get().lineCount()
					+ " lines", List.of());
		}
		int first = citation.getLine();
		int last = citation.isSetLineEnd() ? citation.getLineEnd() : first;
		if (first < 1 || last < first || first > text.get().lineCount()) {
			return new ElementSummary(heading, "The document has " + text.get().lineCount() + " lines", List.of());
		}
		List<String> lines = new ArrayList<>();
		int shownTo = Math.min(Math.min(last, text.get().lineCount()), first + CITED_LINES_SHOWN - 1);
		for (int n = first; n <= shownTo; n++) {
			lines.add(n + ": " + text.get().line(n));
		}
		if (shownTo < last) {
			lines.add("... " + (last - shownTo) + " more lines");
		}
		return new ElementSummary(heading, Labels.nameAndTitle(document), List.of(new Section("Lines", lines)));
	}

	private static List<Section> commitment(Commitment commitment, PlanReferences references) {
		List<Section> sections = new ArrayList<>();
		List<String> owners = new ArrayList<>();
		for (Ownership ownership : commitment.getOwnerships()) {
			Owner owner = ownership.getOwner();
			String role = ownership.getRole() == null ? "" : ownership.getRole().getLiteral() + ": ";
			owners.add(role + (owner == null || owner.eIsProxy() ? "(unresolved)" : Labels.nameAndTitle(owner)));
		}
		// an unresolved owner is listed as written, but owns nothing (CommitmentFacts)
		if (!CommitmentFacts.owned(commitment)) {
			owners.add(0, NONE + ": no one owns this commitment");
		}
		sections.add(new Section(OWNERS, owners));

		List<String> measures = new ArrayList<>();
		for (Indicator indicator : commitment.getIndicators()) {
			measures.add(indicator.eIsProxy() ? "(unresolved)" : Labels.nameAndTitle(indicator));
		}
		for (Milestone milestone : commitment.getMilestones()) {
			measures.add("milestone " + milestone.getTitle() + (milestone.getDue() == null ? "" : " by " + milestone.getDue()));
		}
		if (commitment.getNotMeasurableReason() != null) {
			measures.add("not measurable because " + commitment.getNotMeasurableReason());
		}
		if (!CommitmentFacts.measured(commitment) && commitment.getNotMeasurableReason() == null) {
			measures.add(0, NONE + ": nothing measures this commitment");
		}
		sections.add(new Section(MEASURES, measures));

		List<String> responses = new ArrayList<>();
		for (PlanReference reference : references.to(commitment)) {
			if (reference.reference() == PlanPackage.Literals.RESPONSE__CONCERNS
					&& reference.source() instanceof Response response) {
				responses.add(response(response));
			} else if (reference.reference() == PlanPackage.Literals.REPLY__CHANGED
					&& reference.source() instanceof Reply reply
					&& reply.eContainer() instanceof Response response) {
				responses.add("changed in reply to " + response(response));
			}
		}
		sections.add(new Section(RESPONSES, responses.isEmpty() ? List.of(NONE) : responses));

		List<String> appearances = new ArrayList<>();
		for (Appearance appearance : commitment.getAppearances()) {
			String part = appearance.getPart() == null || appearance.getPart().eIsProxy() ? "(unresolved)"
					: Labels.nameAndTitle(appearance.getPart());
			appearances.add(appearance.getWording() == null ? part : part + ": \u201c" + appearance.getWording() + "\u201d");
		}
		sections.add(new Section(APPEARANCES, appearances.isEmpty() ? List.of(NONE) : appearances));

		// the golden thread, once business plans are written
		List<String> actions = new ArrayList<>();
		for (Action action : DeliveryFacts.actions(references.links(), commitment)) {
			List<Owner> actionOwners = DeliveryFacts.owners(action);
			actions.add(Labels.nameAndTitle(action)
					+ (actionOwners.isEmpty() ? "" : "; owned by " + Labels.name(actionOwners.get(0))));
		}
		if (!actions.isEmpty()) {
			sections.add(new Section(DELIVERED_BY_ACTIONS, actions));
		}
		return sections;
	}

	private static String response(Response response) {
		StringBuilder text = new StringBuilder(Labels.name(response));
		if (response.getRespondent() != null && !response.getRespondent().eIsProxy()) {
			text.append(" from ").append(Labels.title(response.getRespondent()) != null
					? Labels.title(response.getRespondent()) : Labels.name(response.getRespondent()));
		}
		if (response.getStance() != null) {
			text.append(" (").append(response.getStance().getLiteral()).append(')');
		}
		Reply reply = response.getReply();
		text.append(reply == null || reply.getOutcome() == null ? "; no reply yet"
				: "; reply: " + reply.getOutcome().getLiteral());
		return text.toString();
	}

	private static List<Section> owner(Owner owner, PlanReferences references) {
		List<Section> sections = new ArrayList<>();
		List<String> owns = new ArrayList<>();
		List<String> indicators = new ArrayList<>();
		List<String> aims = new ArrayList<>();
		// the same lookups as the trace index's ownershipsOf, indicatorsOwnedBy and aimsDeliveredBy
		PlanLinks links = references.links();
		for (Ownership ownership : links.sources(owner, PlanPackage.Literals.OWNERSHIP__OWNER, Ownership.class)) {
			if (ownership.eContainer() instanceof Commitment commitment) {
				String role = ownership.getRole() == null ? "" : ownership.getRole().getLiteral() + ": ";
				owns.add(role + Labels.nameAndTitle(commitment));
			}
		}
		for (Indicator indicator : links.sources(owner, PlanPackage.Literals.INDICATOR__OWNER, Indicator.class)) {
			indicators.add(Labels.nameAndTitle(indicator));
		}
		for (Aim aim : links.sources(owner, PlanPackage.Literals.AIM__DELIVERED_BY, Aim.class)) {
			aims.add(Labels.nameAndTitle(aim));
		}
		sections.add(new Section(OWNS, owns.isEmpty() ? List.of(NONE + ": no commitment names it as owner") : owns));
		if (!indicators.isEmpty()) {
			sections.add(new Section(OWNS_MEASURES, indicators));
		}
		if (!aims.isEmpty()) {
			sections.add(new Section(DELIVERS, aims));
		}
		List<String> succession = new ArrayList<>();
		if (owner.getValidFrom() != null || owner.getValidUntil() != null) {
			succession.add("in force" + (owner.getValidFrom() == null ? "" : " from " + owner.getValidFrom())
					+ (owner.getValidUntil() == null ? "" : " until " + owner.getValidUntil()));
		}
		for (Owner successor : owner.getSuccessors()) {
			if (!successor.eIsProxy()) {
				succession.add("succeeded by " + Labels.nameAndTitle(successor));
			}
		}
		if (!succession.isEmpty()) {
			sections.add(new Section(SUCCESSION, succession));
		}
		return sections;
	}

	private static List<Section> usedBy(EObject element, PlanReferences references) {
		Map<String, List<String>> byKind = new LinkedHashMap<>();
		for (PlanReference reference : references.to(element)) {
			EObject named = namedContainer(reference.source());
			if (named != null) {
				byKind.computeIfAbsent(Labels.kind(named), k -> new ArrayList<>()).add(Labels.nameAndTitle(named));
			}
		}
		List<String> items = new ArrayList<>();
		byKind.forEach((kind, names) -> names.stream().distinct().forEach(name -> items.add(kind + " " + name)));
		return List.of(new Section(USED_BY, items.isEmpty() ? List.of(NONE) : items));
	}

	/** The nearest element with a name that contains {@code object}, or the object itself. */
	private static EObject namedContainer(EObject object) {
		for (EObject candidate = object; candidate != null; candidate = candidate.eContainer()) {
			if (!Labels.name(candidate).isEmpty()) {
				return candidate;
			}
		}
		return EcoreUtil2.getRootContainer(object);
	}
}
