package org.throughline.views.labels;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.Chapter;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.ConsultationTheme;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Inspection;
import org.throughline.model.plan.InspectionAction;
import org.throughline.model.plan.Milestone;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.NamedElement;
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
import org.throughline.model.plan.Respondent;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.Restructure;
import org.throughline.model.plan.Section;
import org.throughline.model.plan.SourceDocument;
import org.throughline.model.plan.Theme;
import org.throughline.trace.Labels;

/** How the views name plan elements: what kind of thing each is, and a line of text that says which one. */
public final class ElementLabels {

	private ElementLabels() {
	}

	/** The kind of element as people say it: "commitment", "directorate", "response". */
	public static String kind(EObject element) {
		return switch (element) {
			case null -> "";
			case Commitment c -> "commitment";
			case OrganisationUnit unit -> unit.getKind() == null ? "unit" : unit.getKind().getLiteral();
			case Post p -> "post";
			case Person p -> "person";
			case Portfolio p -> "portfolio";
			case Indicator i -> "indicator";
			case Response r -> "response";
			case Reply r -> "reply";
			case InspectionAction a -> "inspection action";
			case Inspection i -> "inspection";
			case Appearance a -> "appearance";
			case Aim a -> "aim";
			case Theme t -> "theme";
			case Chapter c -> "chapter";
			case Section s -> "section";
			case Move m -> "move";
			case Restructure r -> "restructure";
			case Consultation c -> "consultation";
			case ConsultationTheme t -> "consultation theme";
			case Respondent r -> "respondent";
			case Milestone m -> "milestone";
			case Ownership o -> "ownership";
			case PolicyDocument d -> "policy document";
			case SourceDocument d -> "source document";
			case Plan p -> "plan";
			case PlanModule m -> "module";
			case ProgressNote n -> "progress note";
			default -> element.eClass().getName().toLowerCase();
		};
	}

	/** The element's name as written in the plan ("S2"), or an empty string when it has none. */
	public static String name(EObject element) {
		if (element instanceof NamedElement named && named.getName() != null) {
			return named.getName();
		}
		if (element instanceof PlanModule module && module.getName() != null) {
			return module.getName();
		}
		return "";
	}

	/** What people read for it: its title or summary, else its name. */
	public static String title(EObject element) {
		return switch (element) {
			case null -> "";
			case Response response when blank(response.getTitle()) && !blank(response.getSummary()) ->
				response.getSummary();
			case NamedElement named -> Labels.label(named);
			case Reply reply -> Labels.outcome(reply.getOutcome()) + ": " + nullToEmpty(reply.getText());
			case Appearance appearance -> appearance.getPart() == null ? "" : Labels.label(appearance.getPart());
			case Milestone milestone -> nullToEmpty(milestone.getTitle())
					+ (milestone.getDue() == null ? "" : " (by " + milestone.getDue() + ")");
			case Ownership ownership -> ownership.getRole().getLiteral() + ": " + Labels.label(ownership.getOwner());
			case ProgressNote note -> (note.getDate() == null ? "" : note.getDate() + ": ") + nullToEmpty(note.getText());
			case PlanModule module -> nullToEmpty(module.getName());
			default -> "";
		};
	}

	/** Name and title on one line, "S2 Employ at least another 350 apprentices", without repeating a name. */
	public static String text(EObject element) {
		String name = name(element);
		String title = title(element);
		if (name.isEmpty() || title.equals(name)) {
			return title;
		}
		return title.isEmpty() ? name : name + "  " + title;
	}

	/** The text cut to at most {@code max} characters, with an ellipsis when cut. */
	public static String shorten(String text, int max) {
		// line breaks become spaces; runs of spaces stay, as they separate a name from its title
		String oneLine = text.replaceAll("[\\t\\r\\n]+", " ").strip();
		if (oneLine.length() <= max) {
			return oneLine;
		}
		int cut = oneLine.lastIndexOf(' ', max - 1);
		return oneLine.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
