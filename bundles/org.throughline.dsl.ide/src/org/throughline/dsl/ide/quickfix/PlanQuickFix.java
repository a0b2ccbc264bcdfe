package org.throughline.dsl.ide.quickfix;

import java.util.List;

/**
 * Fixes for the issues of one code. A fix reads the issue's element and data and says which text to change; the
 * {@link PlanQuickFixes} that runs it formats what changed and checks that the file still parses.
 * <p>
 * To add one: write a class with the issue code and the edits, and bind it in {@code PlanIdeModule}'s
 * {@code configureQuickFixes}.
 */
public interface PlanQuickFix {

	/** The code of the issues this fix answers, as the validator reports it. */
	String issueCode();

	/** The fixes offered for one issue; empty when this issue cannot be fixed this way. */
	List<PlanFix> fixesFor(IssueContext issue);
}
