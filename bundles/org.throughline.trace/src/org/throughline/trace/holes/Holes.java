package org.throughline.trace.holes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.throughline.model.monitoring.IndicatorProgress;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Plan;
import org.throughline.model.facts.CommitmentFacts;
import org.throughline.trace.TraceIndex;

/** Finds what each commitment lacks, from the facts of {@link CommitmentFacts} and the index's backward links. */
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
		if (CommitmentFacts.ownedByEndingOwner(commitment)) {
			holes.add(Hole.ENDED_OWNER);
		}
		Plan plan = CommitmentFacts.planOf(commitment);
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
		if (CommitmentFacts.consultedOn(index.links(), commitment) && !CommitmentFacts.answered(index.links(), commitment)) {
			holes.add(Hole.UNANSWERED);
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
