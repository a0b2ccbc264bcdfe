package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.COMMITMENT__STATUS;
import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__NAME;
import static org.throughline.model.plan.PlanPackage.Literals.OBSERVATION__VALUE;
import static org.throughline.model.plan.PlanPackage.Literals.PROGRESS_UPDATE__STATUS;
import static org.throughline.model.plan.PlanPackage.Literals.TARGET__VALUE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.xtext.validation.Check;
import org.throughline.model.facts.DeliveryFacts;
import org.throughline.model.monitoring.AsAt;
import org.throughline.model.monitoring.CommitmentStatus;
import org.throughline.model.monitoring.IndicatorResult;
import org.throughline.model.monitoring.PlanPeriods;
import org.throughline.model.monitoring.Rating;
import org.throughline.model.monitoring.Ratings;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Observation;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.Polarity;
import org.throughline.model.plan.ProgressUpdate;
import org.throughline.model.plan.Scale;
import org.throughline.model.plan.ScaleLevel;
import org.throughline.model.plan.Target;
import org.throughline.model.values.CalendarDate;
import org.throughline.model.values.FinancialYear;
import org.throughline.model.values.ReportingPeriod;

/**
 * Monitoring can be read: floors below their targets, commentary where a figure is amber or red, statuses on the
 * plan's scale, a progress update for every quarter that has ended by the as-at date, and statuses that agree with
 * the figures. The rules of rating are in {@link Ratings}.
 */
class MonitoringChecks extends PlanChecks {

	@Check
	public void floorBehindTarget(Indicator indicator) {
		Polarity polarity = Ratings.polarity(indicator);
		if (polarity == null) {
			return;
		}
		for (Target floor : indicator.getFloors()) {
			for (Target target : indicator.getTargets()) {
				BigDecimal least = value(floor);
				BigDecimal aim = value(target);
				if (least != null && aim != null && Objects.equals(floor.getDue(), target.getDue())
						&& least.compareTo(aim) != 0 && Ratings.meets(least, aim, polarity)) {
					addIssue("A floor of the indicator " + quoted(indicator) + " (" + least.toPlainString()
							+ ") is " + (polarity == Polarity.HIGHER ? "above" : "below") + " its target ("
							+ aim.toPlainString() + "), though " + (polarity == Polarity.HIGHER ? "higher" : "lower")
							+ " is better", floor, TARGET__VALUE, IssueCodes.FLOOR_BEYOND_TARGET);
				}
			}
		}
	}

	private static BigDecimal value(Target target) {
		return target.getValue() == null ? null : target.getValue().getValue();
	}

	@Check
	public void amberOrRedHasCommentary(Indicator indicator) {
		for (Observation actual : indicator.getActuals()) {
			if (actual.getPeriod() == null || actual.getPeriodEnd() != null
					|| actual.getCommentary() != null && !actual.getCommentary().isBlank()) {
				continue;
			}
			IndicatorResult result = Ratings.of(indicator, actual.getPeriod());
			if (result.actual() == actual && (result.rating() == Rating.AMBER || result.rating() == Rating.RED)) {
				addIssue("The actual of the indicator " + quoted(indicator) + " for " + actual.getPeriod() + " is "
						+ result.rating().word() + " (" + result.reason() + ") and has no commentary", actual,
						OBSERVATION__VALUE, IssueCodes.RATING_WITHOUT_COMMENTARY, result.rating().word());
			}
		}
	}

	@Check
	public void statusOnTheScale(Commitment commitment) {
		Scale scale = CommitmentStatus.scale(commitment);
		if (scale == null) {
			return;
		}
		if (commitment.getStatus() != null && !onScale(commitment.getStatus(), scale)) {
			addIssue(notOnScale(commitment.getStatus(), scale), commitment, COMMITMENT__STATUS,
					IssueCodes.STATUS_NOT_ON_SCALE);
		}
		updatesOnScale(commitment.getUpdates(), scale);
	}

	/** An action reports on the status scale of the plan whose commitments it delivers. */
	@Check
	public void actionStatusOnTheScale(Action action) {
		Scale scale = DeliveryFacts.statusScale(action);
		if (scale != null) {
			updatesOnScale(action.getUpdates(), scale);
		}
	}

	private void updatesOnScale(List<ProgressUpdate> updates, Scale scale) {
		for (ProgressUpdate update : updates) {
			if (update.getStatus() != null && !onScale(update.getStatus(), scale)) {
				addIssue(notOnScale(update.getStatus(), scale), update, PROGRESS_UPDATE__STATUS,
						IssueCodes.STATUS_NOT_ON_SCALE);
			}
		}
	}

	private static boolean onScale(ScaleLevel level, Scale scale) {
		return level.eIsProxy() || level.eContainer() == scale;
	}

	private String notOnScale(ScaleLevel level, Scale scale) {
		return "The status '" + level.getName() + "' is not a level of the plan's status scale " + quoted(scale)
				+ " (" + quotedList(scale.getLevels()) + ")";
	}

	@Check
	public void updateForEveryEndedQuarter(Commitment commitment) {
		Plan plan = commitment.eContainer() instanceof Plan p ? p : null;
		if (plan == null || CommitmentStatus.scale(commitment) == null || !PlanPeriods.isKnown(plan)) {
			return; // only a plan with a status scale reports progress on its commitments
		}
		CalendarDate asAt = AsAt.of(plan).orElse(null);
		if (asAt == null) {
			return;
		}
		List<String> owed = new ArrayList<>();
		for (FinancialYear year = plan.getPeriodStart(); year.compareTo(plan.getPeriodEnd()) <= 0
				&& year.firstDay().isBefore(asAt); year = year.next()) {
			for (ReportingPeriod quarter : ReportingPeriod.of(year, ReportingPeriod.Kind.QUARTER)) {
				if (quarter.endedBefore(asAt)
						&& commitment.getUpdates().stream().noneMatch(u -> quarter.equals(u.getPeriod()))) {
					owed.add(quarter.toString());
				}
			}
		}
		if (!owed.isEmpty()) {
			String list = owed.size() == 1 ? owed.get(0)
					: String.join(", ", owed.subList(0, owed.size() - 1)) + " and " + owed.get(owed.size() - 1);
			addIssue("The commitment " + quoted(commitment) + " has no progress update for " + list
					+ (owed.size() == 1 ? ", which has" : ", which have") + " ended by " + asAt, commitment,
					NAMED_ELEMENT__NAME, IssueCodes.MISSING_UPDATE, owed.toArray(String[]::new));
		}
	}

	@Check
	public void statusAgreesWithFigures(ProgressUpdate update) {
		if (!(update.eContainer() instanceof Commitment commitment) || update.getPeriod() == null) {
			return;
		}
		CommitmentStatus status = CommitmentStatus.of(commitment, update.getPeriod());
		if (status.update() == update && status.disagreesWithFigures()) {
			addIssue("The commitment " + quoted(commitment) + " is reported '" + update.getStatus().getName()
					+ "' for " + update.getPeriod() + " but its indicators are rated " + status.figures().word(),
					update, PROGRESS_UPDATE__STATUS, IssueCodes.STATUS_DISAGREES_WITH_FIGURES,
					status.figures().word());
		}
	}
}
