package org.throughline.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanPackage;

/** Checks that a plan's own statements are consistent. The traceability rules live beside it. */
public class PlanValidator extends AbstractPlanValidator {

	public static final String PERIOD_REVERSED = "period-reversed";

	@Check
	public void checkPeriodOrder(Plan plan) {
		if (plan.getPeriodStart() != null && plan.getPeriodEnd() != null
				&& plan.getPeriodEnd().compareTo(plan.getPeriodStart()) < 0) {
			error("The plan '" + plan.getName() + "' ends (" + plan.getPeriodEnd() + ") before it starts ("
					+ plan.getPeriodStart() + ")", PlanPackage.Literals.PLAN__PERIOD_END, PERIOD_REVERSED);
		}
	}
}
