package org.throughline.model.monitoring;

import org.throughline.model.plan.Plan;
import org.throughline.model.values.CalendarDate;

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

	/** {@code 2011/12 to 2014/15}. */
	public static String describe(Plan plan) {
		return plan.getPeriodStart() + " to " + plan.getPeriodEnd();
	}
}
