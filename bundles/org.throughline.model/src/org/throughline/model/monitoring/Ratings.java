package org.throughline.model.monitoring;

import java.math.BigDecimal;
import java.util.List;

import org.throughline.model.plan.Grade;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Observation;
import org.throughline.model.plan.Polarity;
import org.throughline.model.plan.Quantity;
import org.throughline.model.plan.Target;
import org.throughline.model.values.CalendarDate;
import org.throughline.model.values.ReportingPeriod;

/**
 * The rating rules (README.md, "Monitoring delivery"). For an indicator and a reporting period:
 * <ul>
 * <li>the actual is the one written for exactly that period, else the latest one dated within it;</li>
 * <li>the target in force is the one due soonest on or after the period's last day and within its financial
 * year; failing that, the latest one due before the period ended stays in force; failing that, an undated one. A
 * target due in a later financial year (a four-year target) is not yet in force. The floor in force is chosen the
 * same way from the floors;</li>
 * <li>green when the actual meets the target (equal counts as met), amber when it misses the target but meets the
 * floor, red when it misses the floor, or misses the target and there is no floor; "better" is higher or lower as
 * the indicator says;</li>
 * <li>none, with the reason, when there is no actual, no target, no stated polarity, or the figures are of
 * different kinds.</li>
 * </ul>
 * The direction of travel compares the actual with the previous period of the same length and with the same
 * period a year before: improving, worsening or unchanged, none when either actual is missing.
 */
public final class Ratings {

	private Ratings() {
	}

	public static IndicatorResult of(Indicator indicator, ReportingPeriod period) {
		Observation actual = actual(indicator, period);
		Target target = inForce(indicator.getTargets(), period);
		Target floor = inForce(indicator.getFloors(), period);
		Rating rating;
		String reason;
		Polarity polarity = polarity(indicator);
		if (actual == null) {
			rating = Rating.NONE;
			reason = "no actual yet";
		} else if (target == null) {
			rating = Rating.NONE;
			reason = "no target";
		} else if (polarity == null) {
			rating = Rating.NONE;
			reason = "the indicator does not say whether higher or lower is better";
		} else {
			BigDecimal value = number(actual.getValue());
			BigDecimal aim = number(target.getValue());
			BigDecimal least = floor == null ? null : number(floor.getValue());
			if (value == null || aim == null || floor != null && least == null
					|| actual.getValue().eClass() != target.getValue().eClass()) {
				rating = Rating.NONE;
				reason = "the actual and the target are not figures of the same kind";
			} else if (meets(value, aim, polarity)) {
				rating = Rating.GREEN;
				reason = "meets the target";
			} else if (least == null) {
				rating = Rating.RED;
				reason = "misses the target, and there is no floor";
			} else if (meets(value, least, polarity)) {
				rating = Rating.AMBER;
				reason = "misses the target but meets the floor";
			} else {
				rating = Rating.RED;
				reason = "below the floor";
			}
		}
		return new IndicatorResult(indicator, period, actual, target, floor, rating, reason,
				direction(indicator, polarity, actual, actual(indicator, period.previous())),
				direction(indicator, polarity, actual, actual(indicator, period.yearBefore())));
	}

	/**
	 * The period an indicator is rated for in a report for {@code report}: the latest period of the length the
	 * indicator is reported at (a quarter when quarterly, a month when monthly, else a year) that has ended by the
	 * report's last day. An annual indicator in a report for 2011/12 Q2 is rated for 2010/11.
	 */
	public static ReportingPeriod periodFor(Indicator indicator, ReportingPeriod report) {
		ReportingPeriod.Kind kind = reportedEvery(indicator);
		CalendarDate end = report.lastDay();
		for (ReportingPeriod candidate : ReportingPeriod.of(end.financialYear(), kind).reversed()) {
			if (!candidate.lastDay().isAfter(end)) {
				return candidate;
			}
		}
		return ReportingPeriod.of(end.financialYear(), kind).get(0).previous();
	}

	/**
	 * The length of the periods an indicator owes an actual for: a quarter when it is reported quarterly, a month
	 * when monthly, else (annually, termly, or not said) a year.
	 */
	public static ReportingPeriod.Kind reportedEvery(Indicator indicator) {
		if (!indicator.isSetFrequency()) {
			return ReportingPeriod.Kind.YEAR;
		}
		return switch (indicator.getFrequency()) {
			case QUARTERLY -> ReportingPeriod.Kind.QUARTER;
			case MONTHLY -> ReportingPeriod.Kind.MONTH;
			default -> ReportingPeriod.Kind.YEAR;
		};
	}

	/** The actual written for exactly {@code period}, else the latest dated within it; null when there is none. */
	public static Observation actual(Indicator indicator, ReportingPeriod period) {
		Observation dated = null;
		for (Observation actual : indicator.getActuals()) {
			if (period.equals(actual.getPeriod())
					&& (actual.getPeriodEnd() == null || period.equals(actual.getPeriodEnd()))) {
				return actual;
			}
			CalendarDate date = actual.getDate();
			if (date != null && period.contains(date) && (dated == null || !date.isBefore(dated.getDate()))) {
				dated = actual;
			}
		}
		return dated;
	}

	/** The target (or floor) in force for {@code period}, by the rule above; null when the list is empty. */
	public static Target inForce(List<Target> targets, ReportingPeriod period) {
		CalendarDate end = period.lastDay();
		CalendarDate yearEnd = period.financialYear().lastDay();
		Target soonestAfter = null;
		Target latestBefore = null;
		Target undated = null;
		for (Target target : targets) {
			CalendarDate due = target.getDue();
			if (due == null) {
				undated = undated == null ? target : undated;
			} else if (!due.isBefore(end) && !due.isAfter(yearEnd)) {
				if (soonestAfter == null || due.isBefore(soonestAfter.getDue())) {
					soonestAfter = target;
				}
			} else if (due.isBefore(end) && (latestBefore == null || due.isAfter(latestBefore.getDue()))) {
				latestBefore = target;
			}
		}
		return soonestAfter != null ? soonestAfter : latestBefore != null ? latestBefore : undated;
	}

	/** Higher or lower when the indicator says which is better; null when it does not, or says either. */
	public static Polarity polarity(Indicator indicator) {
		if (!indicator.isSetPolarity() || indicator.getPolarity() == Polarity.NEUTRAL) {
			return null;
		}
		return indicator.getPolarity();
	}

	/** Whether {@code value} is at {@code standard} or better. */
	public static boolean meets(BigDecimal value, BigDecimal standard, Polarity polarity) {
		int compared = value.compareTo(standard);
		return polarity == Polarity.LOWER ? compared <= 0 : compared >= 0;
	}

	private static Direction direction(Indicator indicator, Polarity polarity, Observation now, Observation then) {
		if (now == null || then == null || polarity == null || now.getValue() == null || then.getValue() == null
				|| now.getValue().eClass() != then.getValue().eClass()) {
			return Direction.NONE;
		}
		BigDecimal a = number(now.getValue());
		BigDecimal b = number(then.getValue());
		if (a == null || b == null) {
			return Direction.NONE;
		}
		int compared = a.compareTo(b);
		if (compared == 0) {
			return Direction.UNCHANGED;
		}
		return (compared > 0) == (polarity == Polarity.HIGHER) ? Direction.IMPROVING : Direction.WORSENING;
	}

	/** The figure a quantity compares by: its value (the lower end of a range), or a grade's rank. */
	static BigDecimal number(Quantity quantity) {
		if (quantity instanceof Grade grade) {
			return grade.getLevel() == null || !grade.getLevel().isSetRank() ? null
					: BigDecimal.valueOf(grade.getLevel().getRank());
		}
		return quantity == null ? null : quantity.getValue();
	}
}
