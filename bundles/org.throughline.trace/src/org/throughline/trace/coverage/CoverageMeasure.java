package org.throughline.trace.coverage;

import java.util.Arrays;
import java.util.List;

import org.throughline.model.plan.Commitment;
import org.throughline.model.facts.CommitmentFacts;
import org.throughline.model.facts.DeliveryFacts;
import org.throughline.trace.TraceIndex;

/**
 * The measures of a coverage, in the order every summary lists them: what each is called and how it is counted.
 * {@link Coverage#of} counts by them, and the {@code stats} command, the site's coverage page and the workbench's
 * dashboard write their names from here.
 */
public enum CoverageMeasure {

	OWNED("Owned", null, "Owned", "owned", "Owned"),
	LED("With a lead owner", OWNED, "with a lead owner", "led", null),
	MEASURED("Measured", null, "Measured", "measured", "Measured"),
	BY_INDICATOR("Measured by an indicator", MEASURED, "by an indicator", "byIndicator", null),
	BY_MILESTONE("Measured by a milestone", MEASURED, "by a milestone", "byMilestone", null),
	STATED_NOT_MEASURABLE("Stated not measurable", null, "Stated not measurable", "statedNotMeasurable", "Reason"),
	UNMEASURED("Neither measured nor explained", null, "Neither measured nor explained", "unmeasured", null),
	CONSULTED_ON("Consulted on", null, "Consulted on", "consultedOn", "Consulted"),
	ANSWERED("Every response answered", CONSULTED_ON, "every response answered", "answered", "Answered"),
	CHANGED_BY_CONSULTATION("Changed by consultation", CONSULTED_ON, "changed by consultation",
			"changedByConsultation", null),
	IN_BUSINESS_PLAN("In a business plan", null, "In a business plan", "inBusinessPlan", "Business plan");

	private final String label;
	private final CoverageMeasure within;
	private final String shortLabel;
	private final String key;
	private final String heading;

	CoverageMeasure(String label, CoverageMeasure within, String shortLabel, String key, String heading) {
		this.label = label;
		this.within = within;
		this.shortLabel = shortLabel;
		this.key = key;
		this.heading = heading;
	}

	/** Its name standing alone: "Measured by an indicator". */
	public String label() {
		return label;
	}

	/** The measure it is a part of ("by an indicator" of "Measured"), or null. */
	public CoverageMeasure within() {
		return within;
	}

	/** Its line in a list where it stands indented under the measure it is part of: "  by an indicator". */
	public String line() {
		return within == null ? shortLabel : "  " + shortLabel;
	}

	/** Its key in the command line's JSON, the {@link Coverage} component it is: "byIndicator". */
	public String key() {
		return key;
	}

	/** Its heading as a column of a directorate's row, where space is short ("Reason"), or null if not a column. */
	public String heading() {
		return heading;
	}

	/** The measures a directorate's row shows, and the site's charts draw, in order. */
	public static List<CoverageMeasure> columns() {
		return Arrays.stream(values()).filter(m -> m.heading != null).toList();
	}

	/** Whether the commitment counts towards this measure. */
	public boolean holds(TraceIndex index, Commitment commitment) {
		return switch (this) {
			case OWNED -> CommitmentFacts.owned(commitment);
			case LED -> CommitmentFacts.led(commitment);
			case MEASURED -> CommitmentFacts.measured(commitment);
			case BY_INDICATOR -> CommitmentFacts.measuredByIndicator(commitment);
			case BY_MILESTONE -> CommitmentFacts.measuredByMilestone(commitment);
			case STATED_NOT_MEASURABLE -> CommitmentFacts.statedNotMeasurable(commitment);
			case UNMEASURED -> !CommitmentFacts.measured(commitment) && !CommitmentFacts.statedNotMeasurable(commitment);
			case CONSULTED_ON -> CommitmentFacts.consultedOn(index.links(), commitment);
			case ANSWERED -> CommitmentFacts.answered(index.links(), commitment);
			case CHANGED_BY_CONSULTATION -> CommitmentFacts.changedByConsultation(index.links(), commitment);
			case IN_BUSINESS_PLAN -> DeliveryFacts.delivered(index.links(), commitment);
		};
	}

	/** How many commitments of the coverage count towards this measure. */
	public int count(Coverage coverage) {
		return switch (this) {
			case OWNED -> coverage.owned();
			case LED -> coverage.led();
			case MEASURED -> coverage.measured();
			case BY_INDICATOR -> coverage.byIndicator();
			case BY_MILESTONE -> coverage.byMilestone();
			case STATED_NOT_MEASURABLE -> coverage.statedNotMeasurable();
			case UNMEASURED -> coverage.unmeasured();
			case CONSULTED_ON -> coverage.consultedOn();
			case ANSWERED -> coverage.answered();
			case CHANGED_BY_CONSULTATION -> coverage.changedByConsultation();
			case IN_BUSINESS_PLAN -> coverage.inBusinessPlan();
		};
	}
}
