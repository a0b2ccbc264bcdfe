package org.throughline.model.monitoring;

import java.util.Collection;

import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Observation;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.Target;

/**
 * Whether an indicator can show progress within a plan, decided once for the validator (target-without-baseline,
 * target-outside-plan-period, missing-actual) and for a commitment's holes on the site, in the matrix and on the
 * command line.
 */
public final class IndicatorProgress {

	private IndicatorProgress() {
	}

	/** It has a target but no baseline to measure progress from. */
	public static boolean targetWithoutBaseline(Indicator indicator) {
		return !indicator.getTargets().isEmpty() && indicator.getBaseline() == null;
	}

	/**
	 * The target falls due outside the period of every one of the plans; false when it has no due date or none of
	 * the plans states a period.
	 */
	public static boolean dueOutside(Target target, Collection<Plan> plans) {
		if (target.getDue() == null || plans.stream().noneMatch(PlanPeriods::isKnown)) {
			return false;
		}
		return plans.stream().filter(PlanPeriods::isKnown).noneMatch(plan -> PlanPeriods.contains(plan, target.getDue()));
	}

	/** It has targets, and every one of them falls due outside the period of every one of the plans. */
	public static boolean everyTargetOutside(Indicator indicator, Collection<Plan> plans) {
		return !indicator.getTargets().isEmpty()
				&& indicator.getTargets().stream().allMatch(target -> dueOutside(target, plans));
	}

	/** Written with neither a period nor a date, so it cannot be placed in any reporting period. */
	public static boolean undated(Observation observation) {
		return observation.getPeriod() == null && observation.getDate() == null;
	}
}
