package org.throughline.model.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.ProgressUpdate;
import org.throughline.model.plan.Scale;
import org.throughline.model.plan.ScaleLevel;
import org.throughline.model.values.ReportingPeriod;

/**
 * A commitment's overall status for a period, by one rule (README.md, "Monitoring delivery"): the status of the
 * latest progress update for the period when there is one; otherwise the status its indicators' worst rating
 * stands for on the plan's status scale; otherwise none. On a scale, rank 1 is the best level: green stands for
 * the best level, red for the worst and amber for the level after the best.
 *
 * @param update     the update the status comes from; null when it comes from the figures or there is none
 * @param status     the status; null when there is none
 * @param figures    the worst rating of the commitment's indicators for the period ({@link Rating#NONE} when none
 *                   is rated)
 * @param indicators every indicator of the commitment, rated for the period
 */
public record CommitmentStatus(Commitment commitment, ReportingPeriod period, ProgressUpdate update,
		ScaleLevel status, Rating figures, List<IndicatorResult> indicators) {

	/** The status for {@code period}, with every indicator rated for the same period. */
	public static CommitmentStatus of(Commitment commitment, ReportingPeriod period) {
		return of(commitment, period, indicator -> period);
	}

	/**
	 * The status for {@code period}, with each indicator rated for the period {@code ratedFor} gives it (a report
	 * rates an annual indicator for its latest year, see {@link Ratings#periodFor}).
	 */
	public static CommitmentStatus of(Commitment commitment, ReportingPeriod period,
			Function<Indicator, ReportingPeriod> ratedFor) {
		List<IndicatorResult> results = new ArrayList<>();
		Rating worst = Rating.NONE;
		for (Indicator indicator : commitment.getIndicators()) {
			if (indicator.eIsProxy()) {
				continue;
			}
			IndicatorResult result = Ratings.of(indicator, ratedFor.apply(indicator));
			results.add(result);
			if (result.rating().severity() > worst.severity()) {
				worst = result.rating();
			}
		}
		ProgressUpdate latest = latestUpdate(commitment, period);
		if (latest != null && latest.getStatus() != null && !latest.getStatus().eIsProxy()) {
			return new CommitmentStatus(commitment, period, latest, latest.getStatus(), worst, results);
		}
		return new CommitmentStatus(commitment, period, null, levelFor(scale(commitment), worst), worst, results);
	}

	/** The last written of the updates dated latest for {@code period}; null when there is none. */
	public static ProgressUpdate latestUpdate(Commitment commitment, ReportingPeriod period) {
		ProgressUpdate latest = null;
		for (ProgressUpdate update : commitment.getUpdates()) {
			if (period.equals(update.getPeriod()) && (latest == null || latest.getDate() == null
					|| update.getDate() == null || !update.getDate().isBefore(latest.getDate()))) {
				latest = update;
			}
		}
		return latest;
	}

	/** The plan's status scale; null when it has none. */
	public static Scale scale(Commitment commitment) {
		EObject container = commitment.eContainer();
		while (container != null && !(container instanceof Plan)) {
			container = container.eContainer();
		}
		Plan plan = (Plan) container;
		Scale scale = plan == null ? null : plan.getStatusScale();
		return scale == null || scale.eIsProxy() ? null : scale;
	}

	/** The scale's levels, best (lowest rank) first. */
	public static List<ScaleLevel> levels(Scale scale) {
		return scale.getLevels().stream().filter(ScaleLevel::isSetRank)
				.sorted(Comparator.comparingInt(ScaleLevel::getRank)).toList();
	}

	/** The level a rating stands for: green the best, amber the next, red the worst; null for none or no scale. */
	public static ScaleLevel levelFor(Scale scale, Rating rating) {
		if (scale == null || rating == Rating.NONE) {
			return null;
		}
		List<ScaleLevel> levels = levels(scale);
		if (levels.isEmpty()) {
			return null;
		}
		return switch (rating) {
			case GREEN -> levels.get(0);
			case AMBER -> levels.get(Math.min(1, levels.size() - 1));
			default -> levels.get(levels.size() - 1);
		};
	}

	/** The rating a level stands for, the inverse of {@link #levelFor}: best green, worst red, others amber. */
	public static Rating ratingFor(Scale scale, ScaleLevel level) {
		List<ScaleLevel> levels = scale == null ? List.of() : levels(scale);
		int at = levels.indexOf(level);
		if (at < 0) {
			return Rating.NONE;
		}
		return at == 0 ? Rating.GREEN : at == levels.size() - 1 ? Rating.RED : Rating.AMBER;
	}

	/** The rating the status stands for on the plan's scale; the figures' rating when the plan has no scale. */
	public Rating rating() {
		Scale scale = scale(commitment);
		return scale == null || status == null ? figures : ratingFor(scale, status);
	}

	/** Whether the status was given by hand and the figures rate the commitment otherwise. */
	public boolean disagreesWithFigures() {
		Scale scale = update == null ? null : scale(commitment);
		return scale != null && figures != Rating.NONE && ratingFor(scale, status) != Rating.NONE
				&& ratingFor(scale, status) != figures;
	}
}
