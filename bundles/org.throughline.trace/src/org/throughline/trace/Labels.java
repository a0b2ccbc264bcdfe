package org.throughline.trace;

import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.ReplyOutcome;

/** What people read for an element: its title as the documents give it, or its name when it has no title. */
public final class Labels {

	private Labels() {
	}

	/** The title, or the name when the title is missing or blank; empty for a missing element. */
	public static String label(NamedElement element) {
		if (element == null) {
			return "";
		}
		String title = element.getTitle();
		if (title != null && !title.isBlank()) {
			return title;
		}
		return element.getName() == null ? "" : element.getName();
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
}
