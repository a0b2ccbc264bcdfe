package org.throughline.html.pages;

import org.throughline.model.plan.Inspection;
import org.throughline.model.plan.InspectionAction;

/** How an inspection action's deadline reads: relative, as the inspectorate wrote it, and as a date. */
final class InspectionText {

	private InspectionText() {
	}

	/** "immediately", or "within 3 months, by 2011-02-19" when the inspection's publication date is known. */
	static String deadline(InspectionAction action) {
		if (!action.isSetWithinMonths()) {
			return "immediately";
		}
		String text = "within " + action.getWithinMonths() + (action.getWithinMonths() == 1 ? " month" : " months");
		if (action.eContainer() instanceof Inspection inspection && inspection.getPublished() != null) {
			text += ", by " + inspection.getPublished().plusMonths(action.getWithinMonths());
		}
		return text;
	}
}
