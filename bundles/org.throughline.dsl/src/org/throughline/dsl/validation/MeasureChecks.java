package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.COMMITMENT__NOT_MEASURABLE_REASON;
import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__NAME;

import org.eclipse.xtext.validation.Check;
import org.throughline.model.facts.CommitmentFacts;
import org.throughline.model.plan.Commitment;

/**
 * Every commitment is measured, by an indicator or a milestone, or says why it cannot be. An indicator written but
 * not declared measures nothing ({@link CommitmentFacts} says why): the commitment gets this warning beside the
 * linking error, as the holes and the coverage figures count it unmeasured.
 */
class MeasureChecks extends PlanChecks {

	@Check
	public void commitmentIsMeasured(Commitment commitment) {
		if (CommitmentFacts.measured(commitment)) {
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
