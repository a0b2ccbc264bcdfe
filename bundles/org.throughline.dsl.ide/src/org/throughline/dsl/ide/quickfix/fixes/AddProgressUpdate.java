package org.throughline.dsl.ide.quickfix.fixes;

import java.util.ArrayList;
import java.util.List;

import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.monitoring.CommitmentStatus;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Scale;
import org.throughline.model.plan.ScaleLevel;

/**
 * A commitment with no progress update for a quarter that has ended: one fix for each level of the plan's status
 * scale, each adding the update of the first quarter owed with that status, and the caret where its commentary
 * goes. The status is the officer's judgement, so every level is offered, the best first.
 */
public class AddProgressUpdate implements PlanQuickFix {

	@Override
	public String issueCode() {
		return IssueCodes.MISSING_UPDATE;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		Commitment commitment = issue.element(Commitment.class).orElse(null);
		String period = issue.data(0).orElse(null);
		Scale scale = commitment == null ? null : CommitmentStatus.scale(commitment);
		Integer brace = commitment == null ? null : Blocks.closingBrace(commitment).orElse(null);
		if (period == null || scale == null || brace == null) {
			return List.of();
		}
		List<PlanFix> fixes = new ArrayList<>();
		for (ScaleLevel level : CommitmentStatus.levels(scale)) {
			String line = "update " + period + " status " + level.getName() + " \"\"";
			fixes.add(PlanFix.in(issue.file(), "Add the update for " + period + ": " + level.getName())
					.description(line)
					.edit(TextEdit.insert(brace, line + "\n"))
					.format(Blocks.region(commitment))
					.caretAfter(line.substring(0, line.length() - 1))
					.build());
		}
		return fixes;
	}
}
