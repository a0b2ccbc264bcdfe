package org.throughline.model.labels;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.Chapter;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.ConsultationTheme;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Inspection;
import org.throughline.model.plan.InspectionAction;
import org.throughline.model.plan.Judgement;
import org.throughline.model.plan.Milestone;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.Organisation;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.Person;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.PolicyDocument;
import org.throughline.model.plan.Portfolio;
import org.throughline.model.plan.Post;
import org.throughline.model.plan.ProgressNote;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.ReplyOutcome;
import org.throughline.model.plan.Respondent;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.Restructure;
import org.throughline.model.plan.Scale;
import org.throughline.model.plan.ScaleLevel;
import org.throughline.model.plan.Section;
import org.throughline.model.plan.SourceDocument;
import org.throughline.model.plan.Theme;

/**
 * How a plan element is named to a person, the same in the editor (outline, hover, completion), the views, the
 * site and the command line: what kind of thing it is, its name, its title.
 */
public final class Labels {

	private Labels() {
	}

	/**
	 * What kind of thing the element is, as a policy officer says it: "commitment", "inspection action", and for
	 * an organisation unit its own kind ("directorate", "division"), for a move what it does ("merge", "split").
	 */
	public static String kind(EObject element) {
		return switch (element) {
			case null -> "";
			case Commitment c -> "commitment";
			case OrganisationUnit unit -> unit.getKind() == null ? "unit" : unit.getKind().getLiteral();
			case Organisation o -> "organisation";
			case Post p -> "post";
			case Person p -> "person";
			case Portfolio p -> "portfolio";
			case Indicator i -> "indicator";
			case Scale s -> "scale";
			case ScaleLevel l -> "level";
			case Response r -> "response";
			case Reply r -> "reply";
			case Respondent r -> "respondent";
			case Consultation c -> "consultation";
			case ConsultationTheme t -> "consultation theme";
			case InspectionAction a -> "inspection action";
			case Action a -> "action";
			case BusinessPlan b -> "business plan";
			case Inspection i -> "inspection";
			case Judgement j -> "judgement";
			case Appearance a -> "appearance";
			case Aim a -> "aim";
			case Theme t -> "theme";
			case Chapter c -> "chapter";
			case Section s -> "section";
			case Move m -> m.getKind() == null ? "move" : m.getKind().getLiteral();
			case Restructure r -> "restructure";
			case Milestone m -> "milestone";
			case Ownership o -> "ownership";
			case ProgressNote n -> "progress note";
			case PolicyDocument d -> "policy document";
			case SourceDocument d -> "source document";
			case Plan p -> "plan";
			case PlanModule m -> "module";
			default -> words(element.eClass().getName());
		};
	}

	/** The element's name as written in the plan ("S2"), or "" when it has none (yet). */
	public static String name(EObject element) {
		if (element instanceof NamedElement named && named.getName() != null) {
			return named.getName();
		}
		if (element instanceof PlanModule module && module.getName() != null) {
			return module.getName();
		}
		return "";
	}

	/** The element's own title, or null when it has none or a blank one. */
	public static String title(EObject element) {
		if (element instanceof NamedElement named && named.getTitle() != null && !named.getTitle().isBlank()) {
			return named.getTitle();
		}
		return null;
	}

	/** What people read for an element: its title as the documents give it, or its name when it has no title. */
	public static String label(NamedElement element) {
		if (element == null) {
			return "";
		}
		String title = title(element);
		return title != null ? title : name(element);
	}

	/** "R5 – Expand the Gateway programme": the name, then the title when there is one. */
	public static String nameAndTitle(EObject element) {
		return nameAndTitle(name(element), title(element));
	}

	/**
	 * A name and what people read for it on one line, "R5 – Expand the Gateway programme", without repeating the
	 * name or leaving a dash when either is missing.
	 */
	public static String nameAndTitle(String name, String title) {
		if (title == null || title.isEmpty() || title.equals(name)) {
			return name == null ? "" : name;
		}
		return name == null || name.isEmpty() ? title : name + " \u2013 " + title;
	}

	/** A count with its noun, singular or plural: "1 commitment", "3 commitments". */
	public static String count(int n, String singular, String plural) {
		return n + " " + (n == 1 ? singular : plural);
	}

	/** A reply's outcome as people say it: "changed", "noted", "no change". */
	public static String outcome(ReplyOutcome outcome) {
		return switch (outcome) {
			case CHANGED -> "changed";
			case NOTED -> "noted";
			case NO_CHANGE -> "no change";
		};
	}

	/** What an element of this class is called in words: "indicator", "organisation unit", "scale level". */
	public static String kindOf(EClass type) {
		return words(type.getName());
	}

	/** The word with "a" or "an" before it: "an indicator", "a post". */
	public static String withArticle(String word) {
		return ("aeiou".indexOf(Character.toLowerCase(word.isEmpty() ? 'x' : word.charAt(0))) >= 0 ? "an " : "a ")
				+ word;
	}

	/** A class name written in camel case as lower-case words: "ProgressNote" is "progress note". */
	private static String words(String camelCase) {
		StringBuilder words = new StringBuilder(camelCase.length() + 4);
		for (int i = 0; i < camelCase.length(); i++) {
			char c = camelCase.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				words.append(' ');
			}
			words.append(Character.toLowerCase(c));
		}
		return words.toString();
	}
}
