package org.throughline.model.monitoring;

import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Observation;
import org.throughline.model.plan.Target;
import org.throughline.model.values.ReportingPeriod;

/**
 * An indicator's standing for one reporting period.
 *
 * @param actual           the actual for the period; null when none is reported
 * @param target           the target in force; null when there is none
 * @param floor            the floor standard in force; null when there is none
 * @param reason           why the rating is what it is, in words
 * @param sincePrevious    against the previous period of the same length
 * @param sinceYearBefore  against the same period a year before
 */
public record IndicatorResult(Indicator indicator, ReportingPeriod period, Observation actual, Target target,
		Target floor, Rating rating, String reason, Direction sincePrevious, Direction sinceYearBefore) {
}
