package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.COMMITMENT__NOT_MEASURABLE_REASON;
import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__NAME;

import org.eclipse.xtext.validation.Check;
import org.throughline.model.plan.Commitment;

/** Every commitment is measured, by an indicator or a milestone, or says why it cannot be. */
class MeasureChecks extends PlanChecks {

	@Check
	public void commitmentIsMeasured(Commitment commitment) {
		if (!commitment.getIndicators().isEmpty() || !commitment.getMilestones().isEmpty()) {
			return;
		}
		String reason = commitment.getNotMeasurableReason();
		if (reason == null) {
			addIssue("The commitment " + quoted(commitment) + " has no measure: name an indicator or a milestone, or say"
					+ " why it is not measurable", commitment, NAMED_ELEMENT__NAME, IssueCodes.COMMITMENT_WITHOUT_MEASURE);
		} else if (reason.isBlank()) {
			addIssue("The commitment " + quoted(commitment) + " has no measure and an empty reason why it is not"
					+ " measurable", commitment, COMMITMENT__NOT_MEASURABLE_REASON, IssueCodes.COMMITMENT_WITHOUT_MEASURE);
		}
	}
}
