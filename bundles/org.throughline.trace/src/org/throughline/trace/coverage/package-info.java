/**
 * The plan-level summary: {@link org.throughline.trace.coverage.PlanSummary#of} counts a plan's commitments that
 * are owned, measured (or stated not measurable), consulted on and answered, for the whole plan and per
 * directorate, as {@link org.throughline.trace.coverage.Coverage} records with percentages.
 */
package org.throughline.trace.coverage;
