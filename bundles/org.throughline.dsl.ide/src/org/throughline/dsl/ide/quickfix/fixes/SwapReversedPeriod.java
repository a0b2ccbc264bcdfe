package org.throughline.dsl.ide.quickfix.fixes;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.ModuleElement;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanPackage;

/** A plan's or business plan's period written end first, "period 2014/15 to 2011/12", is turned round. */
public class SwapReversedPeriod implements PlanQuickFix {

	@Override
	public String issueCode() {
		return IssueCodes.PERIOD_REVERSED;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		return issue.element(ModuleElement.class).filter(e -> e instanceof Plan || e instanceof BusinessPlan).map(plan -> {
			boolean business = plan instanceof BusinessPlan;
			List<INode> starts = NodeModelUtils.findNodesForFeature(plan,
					business ? PlanPackage.Literals.BUSINESS_PLAN__PERIOD_START : PlanPackage.Literals.PLAN__PERIOD_START);
			List<INode> ends = NodeModelUtils.findNodesForFeature(plan,
					business ? PlanPackage.Literals.BUSINESS_PLAN__PERIOD_END : PlanPackage.Literals.PLAN__PERIOD_END);
			if (starts.size() != 1 || ends.size() != 1) {
				return List.<PlanFix>of();
			}
			INode start = starts.get(0);
			INode end = ends.get(0);
			return List.of(PlanFix.in(issue.file(), "Swap the start and end of the period")
					.description("period " + end.getText().strip() + " to " + start.getText().strip())
					.edit(new TextEdit(start.getOffset(), start.getLength(), end.getText().strip()))
					.edit(new TextEdit(end.getOffset(), end.getLength(), start.getText().strip()))
					.build());
		}).orElse(List.of());
	}
}
