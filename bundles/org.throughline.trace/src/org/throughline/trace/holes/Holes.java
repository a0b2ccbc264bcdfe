package org.throughline.trace.holes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.throughline.model.monitoring.IndicatorProgress;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.Response;
import org.throughline.trace.CommitmentFacts;
import org.throughline.trace.TraceIndex;

/** Finds what each commitment lacks, reading only the commitment and the index's backward links. */
public final class Holes {

	private Holes() {
	}

	/** The holes of one commitment, in the order of {@link Hole}; empty when it is fully traced. */
	public static Set<Hole> of(TraceIndex index, Commitment commitment) {
		Set<Hole> holes = EnumSet.noneOf(Hole.class);
		if (!CommitmentFacts.owned(commitment)) {
			holes.add(Hole.NO_OWNER);
		} else if (!CommitmentFacts.led(commitment)) {
			holes.add(Hole.NO_LEAD);
		}
		Plan plan = TraceIndex.planOf(commitment).orElse(null);
		for (Ownership ownership : commitment.getOwnerships()) {
			if (TraceIndex.resolved(ownership.getOwner())
					&& CommitmentFacts.endsDuringPlan(ownership.getOwner(), plan)) {
				holes.add(Hole.ENDED_OWNER);
				break;
			}
		}
		if (!CommitmentFacts.measured(commitment) && !CommitmentFacts.statedNotMeasurable(commitment)) {
			holes.add(Hole.NO_MEASURE);
		}
		if (CommitmentFacts.measuredByIndicator(commitment) && !CommitmentFacts.measuredByMilestone(commitment)) {
			List<Indicator> indicators = TraceIndex.resolvedOnly(commitment.getIndicators());
			List<Indicator> targeted = indicators.stream().filter(indicator -> !indicator.getTargets().isEmpty()).toList();
			if (targeted.isEmpty()) {
				holes.add(Hole.NO_TARGET);
			} else {
				// Its only measures cannot show progress within the plan: the validator's facts, per commitment.
				if (targeted.stream().allMatch(IndicatorProgress::targetWithoutBaseline)) {
					holes.add(Hole.NO_BASELINE);
				}
				List<Plan> plans = plan == null ? List.of() : List.of(plan);
				if (targeted.stream().allMatch(indicator -> IndicatorProgress.everyTargetOutside(indicator, plans))) {
					holes.add(Hole.NO_TARGET_IN_PLAN);
				}
			}
		}
		for (Response response : index.responsesConcerning(commitment)) {
			if (response.getReply() == null) {
				holes.add(Hole.UNANSWERED);
				break;
			}
		}
		if (!cited(commitment)) {
			holes.add(Hole.NO_SOURCE);
		}
		return holes;
	}

	private static boolean cited(Commitment commitment) {
		if (!commitment.getSources().isEmpty()) {
			return true;
		}
		for (Appearance appearance : commitment.getAppearances()) {
			if (!appearance.getSources().isEmpty()) {
				return true;
			}
		}
		return false;
	}
}
