package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__NAME;


import org.eclipse.xtext.validation.Check;
import org.throughline.model.monitoring.AsAt;
import org.throughline.model.plan.Inspection;
import org.throughline.model.plan.InspectionAction;
import org.throughline.model.values.CalendarDate;

/** An inspection's area for improvement that is past its deadline is taken up by a commitment or reported on. */
class InspectionChecks extends PlanChecks {

	@Check
	public void overdueActionIsAddressed(InspectionAction action) {
		if (!(action.eContainer() instanceof Inspection inspection) || inspection.getPublished() == null
				|| !action.getAddressedBy().isEmpty() || !action.getProgress().isEmpty()) {
			return;
		}
		int months = action.getWithinMonths();
		CalendarDate deadline = inspection.getPublished().plusMonths(months);
		// Judged on the folder's as-at date, never on the machine's clock: without one, nothing is overdue.
		CalendarDate asAt = AsAt.ofFolder(action).orElse(null);
		if (asAt == null || !asAt.isAfter(deadline)) {
			return;
		}
		String due = months == 0 ? "immediately on publication" : months + (months == 1 ? " month" : " months")
				+ " after publication";
		addIssue("The inspection action " + quoted(action) + " was due by " + deadline + " (" + due
				+ ") but no commitment addresses it and no progress is reported", action, NAMED_ELEMENT__NAME,
				IssueCodes.OVERDUE_INSPECTION_ACTION, deadline.toString());
	}
}
