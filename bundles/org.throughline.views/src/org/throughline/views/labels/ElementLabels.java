package org.throughline.views.labels;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.Milestone;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.ProgressNote;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.Response;

/**
 * How the views write plan elements on one line: the elements the model {@link Labels} does not name (replies,
 * milestones, ownerships, progress notes), and a line cut to fit a view.
 */
public final class ElementLabels {

	private ElementLabels() {
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

	/** Name and title on one line as the editor writes them, "S2 – Employ at least another 350 apprentices". */
	public static String text(EObject element) {
		return Labels.nameAndTitle(Labels.name(element), title(element));
	}

	/** The text cut to at most {@code max} characters, with an ellipsis when cut. */
	public static String shorten(String text, int max) {
		// line breaks become spaces
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
