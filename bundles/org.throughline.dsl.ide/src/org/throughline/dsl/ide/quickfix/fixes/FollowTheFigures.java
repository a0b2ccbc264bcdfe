package org.throughline.dsl.ide.quickfix.fixes;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.monitoring.CommitmentStatus;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.PlanPackage;
import org.throughline.model.plan.ProgressUpdate;
import org.throughline.model.plan.ScaleLevel;

/**
 * A progress update whose status stands for another rating than its commitment's indicators give: the status is
 * changed to the level the figures stand for, written as the status was (with its scale's name if it had one).
 */
public class FollowTheFigures implements PlanQuickFix {

	@Override
	public String issueCode() {
		return IssueCodes.STATUS_DISAGREES_WITH_FIGURES;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		ProgressUpdate update = issue.element(ProgressUpdate.class).orElse(null);
		if (update == null || !(update.eContainer() instanceof Commitment commitment) || update.getPeriod() == null) {
			return List.of();
		}
		CommitmentStatus status = CommitmentStatus.of(commitment, update.getPeriod());
		ScaleLevel level = CommitmentStatus.levelFor(CommitmentStatus.scale(commitment), status.figures());
		List<INode> written = NodeModelUtils.findNodesForFeature(update, PlanPackage.Literals.PROGRESS_UPDATE__STATUS);
		if (level == null || level == update.getStatus() || written.size() != 1) {
			return List.of();
		}
		INode node = written.get(0);
		String text = node.getText().strip();
		String replacement = text.substring(0, text.lastIndexOf('.') + 1) + level.getName();
		int offset = node.getTotalOffset() + node.getText().indexOf(text);
		return List.of(PlanFix.in(issue.file(), "Change the status to " + level.getName() + ", as the figures say")
				.description("The indicators are rated " + status.figures().word() + ", which stands for "
						+ level.getName() + " on the plan's status scale")
				.edit(new TextEdit(offset, text.length(), replacement))
				.build());
	}
}
