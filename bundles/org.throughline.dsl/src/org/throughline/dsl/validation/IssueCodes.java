package org.throughline.dsl.validation;

/**
 * The code of every finding the plan language reports. A code is what a quick fix is registered for and the key
 * by which a project's {@code throughline.settings} changes the finding's severity; {@link PlanIssueCodesProvider}
 * gives each its default. Codes never change once published: a renamed rule keeps its code.
 * <p>
 * Unresolved references keep Xtext's own code, {@link org.eclipse.xtext.diagnostics.Diagnostic#LINKING_DIAGNOSTIC},
 * so that Xtext's "change to" quick fix still applies; their issue data is the nearest existing name, if any.
 */
public final class IssueCodes {

	private IssueCodes() {
	}

	/**
	 * Text that is not written in the plan language: a word, a mark or a value where the language expects another, or
	 * a block or quoted text left open. Always an error. Data: {@code dropped} and the names in the text the parser
	 * skipped, when what it skipped held more than the mistake.
	 */
	public static final String SYNTAX = "syntax";

	/**
	 * A text holds a character that no output can carry (a control character such as U+0000, a noncharacter); the
	 * site and the exports write U+FFFD in its place.
	 */
	public static final String CONTROL_CHARACTER = "control-character";

	/** A plan's or a business plan's period ends before it starts. */
	public static final String PERIOD_REVERSED = "period-reversed";

	/** A commitment has no owner. Data: the qualified name of the suggested owner, when an aim of it names one. */
	public static final String COMMITMENT_WITHOUT_OWNER = "commitment-without-owner";

	/**
	 * A commitment has owners, but none of them leads. Data: the qualified name of the owner to make lead (the first
	 * supporting owner, else the first owner).
	 */
	public static final String COMMITMENT_WITHOUT_LEAD = "commitment-without-lead";

	/** A commitment has no indicator, no milestone and no stated reason why it is not measurable. */
	public static final String COMMITMENT_WITHOUT_MEASURE = "commitment-without-measure";

	/**
	 * An owner (of a commitment, or of an aim's delivery) is not in force at any time in the plan's period. Data: the
	 * qualified names of its successors that are in force then, following successors of successors.
	 */
	public static final String OWNER_NOT_IN_FORCE = "owner-not-in-force";

	/** An indicator has a target but no baseline. */
	public static final String TARGET_WITHOUT_BASELINE = "target-without-baseline";

	/**
	 * A target of an indicator is due outside the period of every plan whose commitments it measures. Data: the first
	 * and last day of the first such plan's period.
	 */
	public static final String TARGET_OUTSIDE_PLAN_PERIOD = "target-outside-plan-period";

	/**
	 * A milestone of a commitment is due outside the period of the commitment's plan. Data: the first and last day of
	 * the plan's period.
	 */
	public static final String MILESTONE_OUTSIDE_PLAN_PERIOD = "milestone-outside-plan-period";

	/**
	 * A strategy or plan that a plan is supported by is not in force while the plan is: it ends before the plan's
	 * period begins, begins after it ends, or has ended by the as-at date.
	 */
	public static final String SUPPORTING_PLAN_NOT_IN_FORCE = "supporting-plan-not-in-force";

	/** An indicator's baseline is for a time later than one of its targets is due. */
	public static final String BASELINE_AFTER_TARGET = "baseline-after-target";

	/** A target is stated in a different kind of quantity (count, money, percentage, grade) from the baseline. */
	public static final String UNIT_MISMATCH = "unit-mismatch";

	/**
	 * An indicator that measures a plan's commitments has no actual for a financial year of the plan that has ended.
	 * Data: those years, e.g. {@code 2011/12}.
	 */
	public static final String MISSING_ACTUAL = "missing-actual";

	/** A consultation response comments on commitments or restructure moves and has no reply. */
	public static final String RESPONSE_WITHOUT_REPLY = "response-without-reply";

	/**
	 * A reply says the plan was changed but names no changed commitment or move. Data: the qualified names of the
	 * commitments and moves the response concerns.
	 */
	public static final String CHANGED_REPLY_NAMES_NOTHING = "changed-reply-names-nothing";

	/** A response was received after its consultation closed. */
	public static final String LATE_RESPONSE = "late-response";

	/** The same qualified name is declared more than once in the plan folder. Data: the qualified name. */
	public static final String DUPLICATE_NAME = "duplicate-name";

	/** A commitment serves no aim and belongs to no theme, directly or through where it appears. */
	public static final String COMMITMENT_WITHOUT_AIM_OR_THEME = "commitment-without-aim-or-theme";

	/** No commitment serves an aim, directly or through a theme or chapter that serves it. */
	public static final String AIM_WITHOUT_COMMITMENT = "aim-without-commitment";

	/**
	 * An inspection's area for improvement is past its deadline and no commitment addresses it and no progress is
	 * reported. Data: the deadline.
	 */
	public static final String OVERDUE_INSPECTION_ACTION = "overdue-inspection-action";

	/**
	 * A reply says it changed a commitment or move that is the same as in the version the plan was consulted on
	 * ({@code consulted on}). Checked by the command line, which reads that version.
	 */
	public static final String REPLY_CHANGED_UNCHANGED = "reply-changed-unchanged";

	/**
	 * A commitment or move was added, renamed or changed since the version the plan was consulted on, and no
	 * response concerns it and no reply says it changed it.
	 */
	public static final String CHANGE_WITHOUT_REPLY = "change-without-reply";

	/** The version the plan names as consulted on ({@code consulted on}) is neither a folder nor a git revision that can be read. */
	public static final String CONSULTED_VERSION_UNREADABLE = "consulted-version-unreadable";

	/** A floor standard is on the better side of the target due on the same date. */
	public static final String FLOOR_BEYOND_TARGET = "floor-beyond-target";

	/** An actual rated amber or red has no commentary. Data: the rating, {@code amber} or {@code red}. */
	public static final String RATING_WITHOUT_COMMENTARY = "rating-without-commentary";

	/** An actual is for a period outside the period of every plan whose commitments the indicator measures. */
	public static final String ACTUAL_OUTSIDE_PLAN_PERIOD = "actual-outside-plan-period";

	/** A commitment's status or progress update is not a level of its plan's status scale. */
	public static final String STATUS_NOT_ON_SCALE = "status-not-on-scale";

	/**
	 * A commitment of a plan with a status scale has no progress update for a quarter that ended before the as-at
	 * date. Data: those quarters, e.g. {@code 2011/12 Q1}.
	 */
	public static final String MISSING_UPDATE = "missing-update";

	/** A status given by hand for a period disagrees with the ratings of the commitment's indicators. Data: their rating. */
	public static final String STATUS_DISAGREES_WITH_FIGURES = "status-disagrees-with-figures";

	/**
	 * No business-plan action delivers a commitment, though actions deliver other commitments of its plan (a plan whose
	 * business plans are not yet written has no such finding).
	 */
	public static final String COMMITMENT_WITHOUT_ACTION = "commitment-without-action";

	/** A business-plan action delivers no commitment. */
	public static final String ACTION_WITHOUT_COMMITMENT = "action-without-commitment";

	/** A business-plan action names no owner, and its business plan names none. */
	public static final String ACTION_WITHOUT_OWNER = "action-without-owner";

	/** A source document's file is not found beside the plan (in its {@code sources} folder) or cannot be read as UTF-8. */
	public static final String SOURCE_FILE_MISSING = "source-file-missing";

	/** A citation names a line beyond its document's end, or a range of lines that ends before it starts. */
	public static final String CITATION_OUT_OF_RANGE = "citation-out-of-range";

	/**
	 * A quoted text (a statement, an appearance's wording, a reply, a response's summary, an inspection text, a progress
	 * note) does not stand at the lines it cites, read as a reader would. Data, when it stands elsewhere in a cited
	 * document: the index of that citation among the element's sources, and the first and last line where it stands.
	 */
	public static final String QUOTE_NOT_AT_SOURCE = "quote-not-at-source";

	/** A commitment's statement cites no source. */
	public static final String STATEMENT_WITHOUT_SOURCE = "statement-without-source";

	/** A line of the settings file cannot be understood. Reported on the settings file; always an error. */
	public static final String INVALID_SETTINGS = "invalid-settings";
}
