package org.throughline.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanPackage;

/**
 * The plan language's validator: checks that a plan's own statements are consistent, and composes the checks of
 * its traceability, one group per concern.
 */
@ComposedChecks(validators = { OwnershipChecks.class, MeasureChecks.class, MilestoneChecks.class, IndicatorChecks.class,
		StructureChecks.class, ConsultationChecks.class, InspectionChecks.class, NameChecks.class, TextChecks.class,
		MonitoringChecks.class, CitationChecks.class, DeliveryChecks.class,
		SupportingPlanChecks.class })
public class PlanValidator extends AbstractPlanValidator {

	@Check
	public void checkPeriodOrder(Plan plan) {
		if (plan.getPeriodStart() != null && plan.getPeriodEnd() != null
				&& plan.getPeriodEnd().compareTo(plan.getPeriodStart()) < 0) {
			addIssue("The plan '" + plan.getName() + "' ends (" + plan.getPeriodEnd() + ") before it starts ("
					+ plan.getPeriodStart() + ")", plan, PlanPackage.Literals.PLAN__PERIOD_END, IssueCodes.PERIOD_REVERSED);
		}
	}

	@Check
	public void checkPeriodOrder(BusinessPlan plan) {
		if (plan.getPeriodStart() != null && plan.getPeriodEnd() != null
				&& plan.getPeriodEnd().compareTo(plan.getPeriodStart()) < 0) {
			addIssue("The business plan '" + plan.getName() + "' ends (" + plan.getPeriodEnd() + ") before it starts ("
					+ plan.getPeriodStart() + ")", plan, PlanPackage.Literals.BUSINESS_PLAN__PERIOD_END,
					IssueCodes.PERIOD_REVERSED);
		}
	}
}
