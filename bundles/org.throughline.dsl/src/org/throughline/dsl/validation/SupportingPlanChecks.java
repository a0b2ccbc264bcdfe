package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.PLAN__SUPPORTED_BY;
import static org.throughline.model.plan.PlanPackage.Literals.POLICY_DOCUMENT__VALID_UNTIL;

import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.throughline.model.monitoring.AsAt;
import org.throughline.model.monitoring.PlanPeriods;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PolicyDocument;
import org.throughline.model.values.CalendarDate;

/**
 * The strategies and plans a plan is supported by are in force while it is: not ended before its period begins, not
 * begun after it ends, and, as at the plan's as-at date, not ended yet.
 */
class SupportingPlanChecks extends PlanChecks {

	@Check
	public void inForceFromBeforeUntil(PolicyDocument document) {
		if (document.getValidFrom() != null && document.getValidUntil() != null
				&& document.getValidUntil().isBefore(document.getValidFrom())) {
			addIssue("The document " + quoted(document) + " is in force until " + document.getValidUntil()
					+ ", before it is in force from " + document.getValidFrom(), document, POLICY_DOCUMENT__VALID_UNTIL,
					IssueCodes.PERIOD_REVERSED);
		}
	}

	@Check
	public void supportingPlansInForce(Plan plan) {
		List<PolicyDocument> documents = plan.getSupportedBy();
		CalendarDate asAt = AsAt.of(plan).orElse(null);
		for (int i = 0; i < documents.size(); i++) {
			PolicyDocument document = documents.get(i);
			if (document.eIsProxy()) {
				continue;
			}
			String why = notInForce(plan, document, asAt);
			if (why != null) {
				addIssue("The plan " + quoted(plan) + " is supported by " + quoted(document) + ", " + why, plan,
						PLAN__SUPPORTED_BY, i, IssueCodes.SUPPORTING_PLAN_NOT_IN_FORCE);
			}
		}
	}

	/** Why the document does not support the plan through its period, or null when it may. */
	private static String notInForce(Plan plan, PolicyDocument document, CalendarDate asAt) {
		CalendarDate from = document.getValidFrom();
		CalendarDate until = document.getValidUntil();
		if (PlanPeriods.isKnown(plan) && until != null && until.isBefore(PlanPeriods.firstDay(plan))) {
			return "which is in force until " + until + ", before the plan's period (" + PlanPeriods.describe(plan)
					+ ") begins";
		}
		if (PlanPeriods.isKnown(plan) && from != null && from.isAfter(PlanPeriods.lastDay(plan))) {
			return "which is in force from " + from + ", after the plan's period (" + PlanPeriods.describe(plan)
					+ ") ends";
		}
		if (asAt != null && until != null && until.isBefore(asAt)) {
			return "which was in force until " + until + ": as at " + asAt
					+ " the plan relies on a document no longer in force";
		}
		return null;
	}
}
