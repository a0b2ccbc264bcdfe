package org.throughline.trace.holes;

/**
 * Something a commitment lacks that scrutiny would ask for. Each hole has a stable code, used in CSV exports and
 * on the command line, a short label and a sentence that explains it.
 */
public enum Hole {

	NO_OWNER("no-owner", "No owner", "No unit, post, person or portfolio owns it."),
	NO_LEAD("no-lead", "No lead owner", "It has owners, but none of them in the lead role."),
	ENDED_OWNER("ended-owner", "Owner ends during the plan",
			"An owner stops being in force before the plan ends, or has been succeeded by another."),
	NO_MEASURE("no-measure", "No measure",
			"No indicator, no milestone, and no stated reason why it cannot be measured."),
	NO_TARGET("no-target", "No target", "It is measured only by indicators, and none of them has a target."),
	NO_BASELINE("no-baseline", "No baseline",
			"It is measured only by indicators, and none of those with a target has a baseline to measure progress from."),
	NO_TARGET_IN_PLAN("no-target-in-plan", "No target within the plan",
			"It is measured only by indicators, and every one of their targets falls due outside the plan's period."),
	UNANSWERED("unanswered", "Unanswered response", "A consultation response about it has no reply."),
	NO_SOURCE("no-source", "No source", "Neither it nor any of its appearances cites a source document.");

	private final String code;
	private final String label;
	private final String description;

	Hole(String code, String label, String description) {
		this.code = code;
		this.label = label;
		this.description = description;
	}

	/** Stable code, e.g. {@code no-owner}. */
	public String code() {
		return code;
	}

	/** Short label for a column or a badge, e.g. "No owner". */
	public String label() {
		return label;
	}

	/** One sentence that says what is missing. */
	public String description() {
		return description;
	}
}
