package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__NAME;

import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.xtext.validation.Check;
import org.throughline.model.plan.Inspection;
import org.throughline.model.plan.InspectionAction;
import org.throughline.model.values.CalendarDate;

import com.google.inject.Inject;

/** An inspection's area for improvement that is past its deadline is taken up by a commitment or reported on. */
class InspectionChecks extends PlanChecks {

	@Inject
	private Clock clock;

	@Check
	public void overdueActionIsAddressed(InspectionAction action) {
		if (!(action.eContainer() instanceof Inspection inspection) || inspection.getPublished() == null
				|| !action.getAddressedBy().isEmpty() || !action.getProgress().isEmpty()) {
			return;
		}
		int months = action.getWithinMonths();
		CalendarDate deadline = inspection.getPublished().plusMonths(months);
		if (!CalendarDate.of(LocalDate.now(clock)).isAfter(deadline)) {
			return;
		}
		String due = months == 0 ? "immediately on publication" : months + (months == 1 ? " month" : " months")
				+ " after publication";
		addIssue("The inspection action " + quoted(action) + " was due by " + deadline + " (" + due
				+ ") but no commitment addresses it and no progress is reported", action, NAMED_ELEMENT__NAME,
				IssueCodes.OVERDUE_INSPECTION_ACTION, deadline.toString());
	}
}
