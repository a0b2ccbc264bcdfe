package org.throughline.trace.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.throughline.model.monitoring.AsAt;
import org.throughline.model.monitoring.PlanPeriods;
import org.throughline.model.monitoring.CommitmentStatus;
import org.throughline.model.monitoring.IndicatorResult;
import org.throughline.model.monitoring.Rating;
import org.throughline.model.monitoring.Ratings;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Plan;
import org.throughline.model.values.CalendarDate;
import org.throughline.model.values.ReportingPeriod;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.coverage.DirectorateRule;

/**
 * The monitoring report for a period: every commitment's status and every indicator's rating, per directorate
 * (by {@link DirectorateRule}), exceptions (red, then amber) first. The period is the latest quarter that ended
 * before the as-at date unless one is asked for.
 *
 * @param directorates one section per directorate in document order, then one with a null directorate for
 *                     commitments no directorate owns; sections with nothing in them are left out
 * @param indicators   every indicator measuring a commitment of the plans, each once, exceptions first
 */
public record MonitoringReport(CalendarDate asAt, ReportingPeriod period, List<Section> directorates,
		List<IndicatorResult> indicators, List<CommitmentStatus> commitments) {

	/** One directorate's part of the report. */
	public record Section(OrganisationUnit directorate, List<CommitmentStatus> commitments,
			List<IndicatorResult> indicators) {
	}

	/** The as-at date of a folder: {@code override} when given, else the latest any plan declares. */
	public static Optional<CalendarDate> asAt(TraceIndex index, CalendarDate override) {
		if (override != null) {
			return Optional.of(override);
		}
		return index.plans().stream().map(AsAt::of).flatMap(Optional::stream).max(Comparator.naturalOrder());
	}

	/** The latest quarter whose last day is before {@code asAt}. */
	public static ReportingPeriod latestEndedQuarter(CalendarDate asAt) {
		ReportingPeriod quarter = null;
		for (ReportingPeriod q : ReportingPeriod.of(asAt.financialYear(), ReportingPeriod.Kind.QUARTER)) {
			if (q.endedBefore(asAt)) {
				quarter = q;
			}
		}
		return quarter != null ? quarter
				: ReportingPeriod.of(asAt.financialYear(), ReportingPeriod.Kind.QUARTER).get(0).previous();
	}

	public static MonitoringReport of(TraceIndex index, CalendarDate asAt, ReportingPeriod period) {
		Map<OrganisationUnit, List<CommitmentStatus>> byDirectorate = new LinkedHashMap<>();
		for (OrganisationUnit directorate : index.directorates()) {
			byDirectorate.put(directorate, new ArrayList<>());
		}
		List<CommitmentStatus> unattributed = new ArrayList<>();
		List<CommitmentStatus> all = new ArrayList<>();
		Set<Indicator> indicators = new LinkedHashSet<>();
		for (Plan plan : index.plans()) {
			for (Commitment commitment : plan.getCommitments()) {
				CommitmentStatus status = statusFor(commitment, period);
				all.add(status);
				TraceIndex.resolvedOnly(commitment.getIndicators()).forEach(indicators::add);
				List<OrganisationUnit> directorates = DirectorateRule.of(index, commitment).directorates();
				if (directorates.isEmpty()) {
					unattributed.add(status);
				}
				for (OrganisationUnit directorate : directorates) {
					byDirectorate.computeIfAbsent(directorate, d -> new ArrayList<>()).add(status);
				}
			}
		}
		List<Section> sections = new ArrayList<>();
		byDirectorate.forEach((directorate, statuses) -> {
			if (!statuses.isEmpty()) {
				sections.add(section(directorate, statuses));
			}
		});
		if (!unattributed.isEmpty()) {
			sections.add(section(null, unattributed));
		}
		List<IndicatorResult> results = new ArrayList<>();
		for (Indicator indicator : indicators) {
			results.add(Ratings.of(indicator, Ratings.periodFor(indicator, period)));
		}
		return new MonitoringReport(asAt, period, List.copyOf(sections), exceptionsFirst(results),
				exceptionsFirstByStatus(all));
	}

	/**
	 * The period a plan's commitments are reported for now: the latest quarter ended by its as-at date, when it has
	 * one and that quarter is not before the plan begins.
	 */
	public static Optional<ReportingPeriod> currentPeriod(Plan plan) {
		return AsAt.of(plan).map(MonitoringReport::latestEndedQuarter).filter(
				quarter -> !PlanPeriods.isKnown(plan) || !quarter.lastDay().isBefore(PlanPeriods.firstDay(plan)));
	}

	/** A commitment's status with each indicator rated for the period it is reported at, as a report gives it. */
	public static CommitmentStatus statusFor(Commitment commitment, ReportingPeriod period) {
		return CommitmentStatus.of(commitment, period, indicator -> Ratings.periodFor(indicator, period));
	}

	private static Section section(OrganisationUnit directorate, List<CommitmentStatus> statuses) {
		Set<IndicatorResult> results = new LinkedHashSet<>();
		for (CommitmentStatus status : statuses) {
			results.addAll(status.indicators());
		}
		return new Section(directorate, exceptionsFirstByStatus(statuses), exceptionsFirst(new ArrayList<>(results)));
	}

	/** Red, then amber, then the rest, each group in its first order. */
	private static List<IndicatorResult> exceptionsFirst(List<IndicatorResult> results) {
		List<IndicatorResult> sorted = new ArrayList<>(results);
		sorted.sort(Comparator.comparingInt((IndicatorResult r) -> exceptionRank(r.rating())));
		return List.copyOf(sorted);
	}

	private static List<CommitmentStatus> exceptionsFirstByStatus(List<CommitmentStatus> statuses) {
		List<CommitmentStatus> sorted = new ArrayList<>(statuses);
		sorted.sort(Comparator.comparingInt((CommitmentStatus s) -> exceptionRank(s.rating())));
		return List.copyOf(sorted);
	}

	private static int exceptionRank(Rating rating) {
		return switch (rating) {
			case RED -> 0;
			case AMBER -> 1;
			default -> 2;
		};
	}

	/** Whether an indicator's result is an exception: red or amber. */
	public static boolean exception(Rating rating) {
		return rating == Rating.RED || rating == Rating.AMBER;
	}
}
