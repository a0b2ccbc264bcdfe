package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.COMMITMENT__INDICATORS;
import static org.throughline.model.plan.PlanPackage.Literals.INDICATOR__BASELINE;
import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__NAME;
import static org.throughline.model.plan.PlanPackage.Literals.OBSERVATION__PERIOD;
import static org.throughline.model.plan.PlanPackage.Literals.TARGET__DUE;
import static org.throughline.model.plan.PlanPackage.Literals.TARGET__VALUE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.throughline.dsl.references.IncomingReferences;
import org.throughline.model.monitoring.AsAt;
import org.throughline.model.monitoring.IndicatorProgress;
import org.throughline.model.monitoring.PlanPeriods;
import org.throughline.model.monitoring.Ratings;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Count;
import org.throughline.model.plan.Frequency;
import org.throughline.model.plan.Grade;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Money;
import org.throughline.model.plan.Observation;
import org.throughline.model.plan.Percentage;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.Quantity;
import org.throughline.model.plan.Target;
import org.throughline.model.values.CalendarDate;
import org.throughline.model.values.FinancialYear;
import org.throughline.model.values.ReportingPeriod;


/**
 * An indicator can show progress: it has a baseline to start from, in the same kind of quantity as its targets and
 * earlier than them, targets within the period of the plans it measures, and an actual for each period (of how
 * often it is reported) that has ended by the plan's as-at date.
 */
class IndicatorChecks extends PlanChecks {

	@Check
	public void targetHasBaseline(Indicator indicator) {
		if (IndicatorProgress.targetWithoutBaseline(indicator)) {
			addIssue("The indicator " + quoted(indicator) + " has a target but no baseline to measure progress from",
					indicator, NAMED_ELEMENT__NAME, IssueCodes.TARGET_WITHOUT_BASELINE);
		}
	}

	@Check
	public void targetsInBaselineUnit(Indicator indicator) {
		Observation baseline = indicator.getBaseline();
		if (baseline == null || baseline.getValue() == null) {
			return;
		}
		String baselineKind = kind(baseline.getValue());
		for (Target target : indicator.getTargets()) {
			if (target.getValue() != null && target.getValue().eClass() != baseline.getValue().eClass()) {
				addIssue("A target of the indicator " + quoted(indicator) + " is " + kind(target.getValue())
						+ " but its baseline is " + baselineKind, target, TARGET__VALUE, IssueCodes.UNIT_MISMATCH);
			}
		}
	}

	private static String kind(Quantity quantity) {
		if (quantity instanceof Money) {
			return "an amount of money";
		}
		if (quantity instanceof Percentage) {
			return "a percentage";
		}
		if (quantity instanceof Grade) {
			return "a grade";
		}
		return quantity instanceof Count ? "a count" : "a " + quantity.eClass().getName();
	}

	@Check
	public void baselineBeforeTargets(Indicator indicator) {
		Observation baseline = indicator.getBaseline();
		CalendarDate baselineEnd = baseline == null ? null : lastDay(baseline);
		if (baselineEnd == null) {
			return;
		}
		CalendarDate earliestDue = null;
		for (Target target : indicator.getTargets()) {
			if (target.getDue() != null && (earliestDue == null || target.getDue().isBefore(earliestDue))) {
				earliestDue = target.getDue();
			}
		}
		if (earliestDue != null && baselineEnd.isAfter(earliestDue)) {
			addIssue("The baseline of the indicator " + quoted(indicator) + " (" + when(baseline)
					+ ") is later than its target due " + earliestDue, indicator, INDICATOR__BASELINE,
					IssueCodes.BASELINE_AFTER_TARGET);
		}
	}

	@Check
	public void targetsWithinPlanPeriod(Indicator indicator) {
		List<Plan> plans = plansMeasured(indicator);
		if (plans.isEmpty()) {
			return;
		}
		for (Target target : indicator.getTargets()) {
			if (!IndicatorProgress.dueOutside(target, plans)) {
				continue;
			}
			Plan first = plans.get(0);
			String periods = plans.size() == 1
					? "the period of the plan " + quoted(first) + " (" + PlanPeriods.describe(first) + ")"
					: "the periods of the plans " + quotedList(plans) + " whose commitments it measures";
			addIssue("A target of the indicator " + quoted(indicator) + " is due " + target.getDue() + ", outside " + periods, target,
					TARGET__DUE, IssueCodes.TARGET_OUTSIDE_PLAN_PERIOD, PlanPeriods.firstDay(first).toString(),
					PlanPeriods.lastDay(first).toString());
		}
	}

	@Check
	public void actualForEveryEndedPeriod(Indicator indicator) {
		if (indicator.getFrequency() == Frequency.OCCASIONAL) {
			return; // reported as data become available: no period is owed
		}
		ReportingPeriod.Kind kind = Ratings.reportedEvery(indicator);
		Set<ReportingPeriod> owed = new TreeSet<>();
		for (Plan plan : plansMeasured(indicator)) {
			// Judged on the plan's as-at date, never on the machine's clock: without one, nothing is owed.
			CalendarDate asAt = AsAt.of(plan).orElse(null);
			if (asAt == null) {
				continue;
			}
			for (FinancialYear year = plan.getPeriodStart(); year.compareTo(plan.getPeriodEnd()) <= 0
					&& year.firstDay().isBefore(asAt); year = year.next()) {
				for (ReportingPeriod period : ReportingPeriod.of(year, kind)) {
					if (period.endedBefore(asAt)) {
						owed.add(period);
					}
				}
			}
		}
		owed.removeIf(period -> indicator.getActuals().stream().anyMatch(actual -> covers(actual, period)));
		if (owed.isEmpty()) {
			return;
		}
		List<String> periods = owed.stream().map(ReportingPeriod::toString).toList();
		String list = periods.size() == 1 ? periods.get(0)
				: String.join(", ", periods.subList(0, periods.size() - 1)) + " and " + periods.get(periods.size() - 1);
		// An undated actual is an actual, but no period can claim it: say so rather than that there is none.
		long undated = indicator.getActuals().stream().filter(IndicatorProgress::undated).count();
		String why = undated == 0 ? ""
				: undated == 1 ? "; its one undated actual cannot be placed in a period: give it 'for' a period or 'on' a date"
						: "; its " + undated + " undated actuals cannot be placed in a period: give each 'for' a period or 'on' a date";
		addIssue("The indicator " + quoted(indicator) + " has no " + (undated == 0 ? "" : "dated ") + "actual for " + list
				+ (periods.size() == 1 ? ", which has" : ", which have") + " ended" + why, indicator, NAMED_ELEMENT__NAME,
				IssueCodes.MISSING_ACTUAL, periods.toArray(String[]::new));
	}

	@Check
	public void actualsWithinPlanPeriod(Indicator indicator) {
		List<Plan> plans = plansMeasured(indicator);
		if (plans.isEmpty()) {
			return;
		}
		for (Observation actual : indicator.getActuals()) {
			ReportingPeriod first = actual.getPeriod();
			ReportingPeriod last = actual.getPeriodEnd() != null ? actual.getPeriodEnd() : first;
			if (first == null || plans.stream().anyMatch(plan -> !first.firstDay().isBefore(PlanPeriods.firstDay(plan))
					&& !last.lastDay().isAfter(PlanPeriods.lastDay(plan)))) {
				continue;
			}
			addIssue("An actual of the indicator " + quoted(indicator) + " is for " + first
					+ (last != first ? " to " + last : "") + ", outside the period of "
					+ (plans.size() == 1 ? "the plan " + quoted(plans.get(0)) + " (" + PlanPeriods.describe(plans.get(0)) + ")"
							: "every plan whose commitments it measures"),
					actual, OBSERVATION__PERIOD, IssueCodes.ACTUAL_OUTSIDE_PLAN_PERIOD);
		}
	}

	/** The plans with a known period whose commitments this indicator measures, in the order they are found. */
	private static List<Plan> plansMeasured(Indicator indicator) {
		Set<Plan> plans = new LinkedHashSet<>();
		for (Commitment commitment : IncomingReferences.around(indicator).sources(indicator, COMMITMENT__INDICATORS,
				Commitment.class)) {
			Plan plan = EcoreUtil2.getContainerOfType(commitment, Plan.class);
			if (PlanPeriods.isKnown(plan)) {
				plans.add(plan);
			}
		}
		return new ArrayList<>(plans);
	}

	/** Whether an actual is for the whole of {@code period}: its span of periods holds it, or it is dated within it. */
	private static boolean covers(Observation observation, ReportingPeriod period) {
		if (observation.getPeriod() != null) {
			ReportingPeriod last = observation.getPeriodEnd() != null ? observation.getPeriodEnd() : observation.getPeriod();
			return !period.firstDay().isBefore(observation.getPeriod().firstDay())
					&& !period.lastDay().isAfter(last.lastDay());
		}
		return observation.getDate() != null && period.contains(observation.getDate());
	}

	/** The last day an observation is for; {@code null} when it is undated. */
	private static CalendarDate lastDay(Observation observation) {
		if (observation.getDate() != null) {
			return observation.getDate();
		}
		if (observation.getPeriod() != null) {
			return (observation.getPeriodEnd() != null ? observation.getPeriodEnd() : observation.getPeriod()).lastDay();
		}
		return null;
	}

	private static String when(Observation observation) {
		if (observation.getDate() != null) {
			return "on " + observation.getDate();
		}
		return "for " + observation.getPeriod()
				+ (observation.getPeriodEnd() != null ? " to " + observation.getPeriodEnd() : "");
	}
}
