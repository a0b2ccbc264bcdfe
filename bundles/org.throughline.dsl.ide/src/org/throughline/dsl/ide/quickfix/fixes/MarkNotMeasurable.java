package org.throughline.dsl.ide.quickfix.fixes;

import java.util.List;

import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.plan.Commitment;

/**
 * A commitment with no measure that cannot have one: says so, and leaves the caret where the reason goes. The
 * finding stays until the reason is written.
 */
public class MarkNotMeasurable implements PlanQuickFix {

	@Override
	public String issueCode() {
		return IssueCodes.COMMITMENT_WITHOUT_MEASURE;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		Commitment commitment = issue.element(Commitment.class).orElse(null);
		if (commitment == null || commitment.getNotMeasurableReason() != null) {
			return List.of();
		}
		return Blocks.closingBrace(commitment).map(brace -> List.of(PlanFix.in(issue.file(), "Mark as not measurable, because\u2026")
				.description("Adds \u2018not measurable because\u2019; write the reason between the quotes")
				.edit(TextEdit.insert(brace, "not measurable because \"\"\n"))
				.format(Blocks.region(commitment))
				.caretAfter("not measurable because \"")
				.build())).orElse(List.of());
	}
}
