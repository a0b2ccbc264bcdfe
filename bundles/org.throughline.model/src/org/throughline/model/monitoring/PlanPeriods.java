package org.throughline.model.monitoring;

import org.throughline.model.plan.Plan;
import org.throughline.model.values.CalendarDate;
import org.throughline.model.values.Deadline;

/** The days a plan covers: from 1 April of its first financial year to 31 March after its last. */
public final class PlanPeriods {

	private PlanPeriods() {
	}

	/** Whether the plan states a period that runs forwards; the other checks say nothing about one that does not. */
	public static boolean isKnown(Plan plan) {
		return plan != null && plan.getPeriodStart() != null && plan.getPeriodEnd() != null
				&& plan.getPeriodStart().compareTo(plan.getPeriodEnd()) <= 0;
	}

	public static CalendarDate firstDay(Plan plan) {
		return plan.getPeriodStart().firstDay();
	}

	public static CalendarDate lastDay(Plan plan) {
		return plan.getPeriodEnd().lastDay();
	}

	public static boolean contains(Plan plan, CalendarDate day) {
		return !day.isBefore(firstDay(plan)) && !day.isAfter(lastDay(plan));
	}

	/** Whether any day of the deadline falls within the plan: "by 2014" does in a plan to 2014/15, "by 2016" does not. */
	public static boolean overlaps(Plan plan, Deadline deadline) {
		return !deadline.lastDay().isBefore(firstDay(plan)) && !deadline.firstDay().isAfter(lastDay(plan));
	}

	/** {@code 2011/12 to 2014/15}. */
	public static String describe(Plan plan) {
		return plan.getPeriodStart() + " to " + plan.getPeriodEnd();
	}
}
