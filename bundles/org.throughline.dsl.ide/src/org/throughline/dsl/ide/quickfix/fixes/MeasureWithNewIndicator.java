package org.throughline.dsl.ide.quickfix.fixes;

import java.util.List;

import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.PlanModule;

/**
 * A commitment with no measure: creates an indicator stub named after it, where the plan's indicators are kept,
 * and says the commitment is measured by it.
 */
public class MeasureWithNewIndicator implements PlanQuickFix {

	@Override
	public String issueCode() {
		return IssueCodes.COMMITMENT_WITHOUT_MEASURE;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		Commitment commitment = issue.element(Commitment.class).orElse(null);
		if (commitment == null || commitment.getNotMeasurableReason() != null
				|| IndicatorStubs.module(issue.resource()).isEmpty()) {
			return List.of();
		}
		return Blocks.closingBrace(commitment).map(brace -> {
			String title = commitment.getTitle() == null ? commitment.getName() : commitment.getTitle();
			String name = IndicatorStubs.freeName(issue, IndicatorStubs.nameFrom(title, commitment.getName() + "Indicator"));
			PlanFix.Builder fix = PlanFix.in(issue.file(), "Create indicator \u2018" + name + "\u2019 to measure it");
			PlanModule there = IndicatorStubs.add(fix, issue, name, title);
			fix.edit(TextEdit.insert(brace, "measured by " + name + "\n")).format(Blocks.region(commitment));
			return List.of(fix.description("a stub in " + there.getName() + ", to be given a unit, baseline and target")
					.build());
		}).orElse(List.of());
	}
}
