package org.throughline.trace.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.throughline.model.plan.Commitment;
import org.throughline.trace.TraceIndex;

/**
 * How far a set of commitments is traced: how many are owned, measured, consulted on and answered, counted by
 * the {@link CoverageMeasure}s.
 * <p>
 * A commitment is <em>measured</em> when an indicator or a milestone measures it. One that the plan states
 * cannot be measured ("not measurable because ...") is counted apart, as {@link #statedNotMeasurable()}, and is
 * neither measured nor a hole; {@link #unmeasured()} counts those with neither. <em>Consulted on</em> means a
 * consultation response concerns it; <em>answered</em> means every such response has a reply; <em>in a business
 * plan</em> means a business-plan action delivers it.
 *
 * @param commitments           how many commitments were counted
 * @param owned                 owned in any role
 * @param led                   owned in the lead role
 * @param measured              measured by an indicator or a milestone (or both)
 * @param byIndicator           measured by at least one indicator
 * @param byMilestone           measured by at least one milestone
 * @param statedNotMeasurable   not measured, with a stated reason
 * @param consultedOn           at least one response concerns it
 * @param answered              consulted on, and every response about it has a reply
 * @param changedByConsultation a reply to a response changed it
 * @param inBusinessPlan        a business-plan action delivers it
 */
public record Coverage(int commitments, int owned, int led, int measured, int byIndicator, int byMilestone,
		int statedNotMeasurable, int consultedOn, int answered, int changedByConsultation, int inBusinessPlan) {

	/** Counts the given commitments, by each {@link CoverageMeasure}'s own test. */
	public static Coverage of(TraceIndex index, Collection<Commitment> commitments) {
		Map<CoverageMeasure, Integer> counts = new EnumMap<>(CoverageMeasure.class);
		for (CoverageMeasure measure : CoverageMeasure.values()) {
			counts.put(measure, 0);
		}
		for (Commitment commitment : commitments) {
			for (CoverageMeasure measure : CoverageMeasure.values()) {
				// the unmeasured are the rest, as unmeasured() says
				if (measure != CoverageMeasure.UNMEASURED && measure.holds(index, commitment)) {
					counts.merge(measure, 1, Integer::sum);
				}
			}
		}
		return new Coverage(commitments.size(), counts.get(CoverageMeasure.OWNED), counts.get(CoverageMeasure.LED),
				counts.get(CoverageMeasure.MEASURED), counts.get(CoverageMeasure.BY_INDICATOR),
				counts.get(CoverageMeasure.BY_MILESTONE), counts.get(CoverageMeasure.STATED_NOT_MEASURABLE),
				counts.get(CoverageMeasure.CONSULTED_ON), counts.get(CoverageMeasure.ANSWERED),
				counts.get(CoverageMeasure.CHANGED_BY_CONSULTATION), counts.get(CoverageMeasure.IN_BUSINESS_PLAN));
	}

	/** Commitments that nobody owns. */
	public int unowned() {
		return commitments - owned;
	}

	/** Commitments that are neither measured nor stated to be not measurable. */
	public int unmeasured() {
		return commitments - measured - statedNotMeasurable;
	}

	/** Responses about these commitments that await a reply, counted by commitment. */
	public int consultedButUnanswered() {
		return consultedOn - answered;
	}

	/** {@code part} as a whole percentage of all commitments counted, rounded half up; 0 when there are none. */
	public int percent(int part) {
		return percent(part, commitments);
	}

	/** {@code part} as a whole percentage of {@code whole}, rounded half up; 0 when {@code whole} is 0. */
	public static int percent(int part, int whole) {
		if (whole == 0) {
			return 0;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValue();
	}

	/** "42%", or "–" when there is nothing to take a percentage of. */
	public static String percentText(int part, int whole) {
		return whole == 0 ? "\u2013" : percent(part, whole) + "%";
	}
}
