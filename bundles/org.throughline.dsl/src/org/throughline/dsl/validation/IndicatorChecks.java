package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.COMMITMENT__INDICATORS;
import static org.throughline.model.plan.PlanPackage.Literals.INDICATOR__BASELINE;
import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__NAME;
import static org.throughline.model.plan.PlanPackage.Literals.TARGET__DUE;
import static org.throughline.model.plan.PlanPackage.Literals.TARGET__VALUE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.throughline.dsl.references.IncomingReferences;
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

import com.google.inject.Inject;

/**
 * An indicator can show progress: it has a baseline to start from, in the same kind of quantity as its targets and
 * earlier than them, targets within the period of the plans it measures, and an actual for each year that has ended.
 */
class IndicatorChecks extends PlanChecks {

	@Inject
	private Clock clock;

	@Check
	public void targetHasBaseline(Indicator indicator) {
		if (!indicator.getTargets().isEmpty() && indicator.getBaseline() == null) {
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
			CalendarDate due = target.getDue();
			if (due == null || plans.stream().anyMatch(plan -> PlanPeriods.contains(plan, due))) {
				continue;
			}
			Plan first = plans.get(0);
			String periods = plans.size() == 1
					? "the period of the plan " + quoted(first) + " (" + PlanPeriods.describe(first) + ")"
					: "the periods of the plans " + quotedList(plans) + " whose commitments it measures";
			addIssue("A target of the indicator " + quoted(indicator) + " is due " + due + ", outside " + periods, target,
					TARGET__DUE, IssueCodes.TARGET_OUTSIDE_PLAN_PERIOD, PlanPeriods.firstDay(first).toString(),
					PlanPeriods.lastDay(first).toString());
		}
	}

	@Check
	public void actualForEveryEndedYear(Indicator indicator) {
		if (indicator.getFrequency() == Frequency.OCCASIONAL) {
			return; // reported as data become available: no year is owed
		}
		CalendarDate today = CalendarDate.of(LocalDate.now(clock));
		Set<FinancialYear> owed = new TreeSet<>();
		for (Plan plan : plansMeasured(indicator)) {
			for (FinancialYear year = plan.getPeriodStart(); year.compareTo(plan.getPeriodEnd()) <= 0
					&& year.lastDay().isBefore(today); year = year.next()) {
				owed.add(year);
			}
		}
		owed.removeIf(year -> indicator.getActuals().stream().anyMatch(actual -> covers(actual, year)));
		if (owed.isEmpty()) {
			return;
		}
		List<String> years = owed.stream().map(FinancialYear::toString).toList();
		String list = years.size() == 1 ? years.get(0)
				: String.join(", ", years.subList(0, years.size() - 1)) + " and " + years.get(years.size() - 1);
		addIssue("The indicator " + quoted(indicator) + " has no actual for " + list + (years.size() == 1 ? ", which has"
				: ", which have") + " ended", indicator, NAMED_ELEMENT__NAME, IssueCodes.MISSING_ACTUAL,
				years.toArray(String[]::new));
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

	private static boolean covers(Observation observation, FinancialYear year) {
		if (observation.getPeriod() != null) {
			FinancialYear last = observation.getPeriodEnd() != null ? observation.getPeriodEnd() : observation.getPeriod();
			return observation.getPeriod().compareTo(year) <= 0 && year.compareTo(last) <= 0;
		}
		return observation.getDate() != null && observation.getDate().financialYear().equals(year);
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
