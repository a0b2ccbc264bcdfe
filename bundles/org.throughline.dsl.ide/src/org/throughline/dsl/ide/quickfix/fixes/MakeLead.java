package org.throughline.dsl.ide.quickfix.fixes;

import java.util.List;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.PlanPackage;

import com.google.inject.Inject;

/** A commitment whose owners only support it: makes the owner the rule suggests its lead. */
public class MakeLead implements PlanQuickFix {

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	@Override
	public String issueCode() {
		return IssueCodes.COMMITMENT_WITHOUT_LEAD;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		Commitment commitment = issue.element(Commitment.class).orElse(null);
		String lead = issue.data(0).orElse(null);
		if (commitment == null || lead == null) {
			return List.of();
		}
		for (Ownership ownership : commitment.getOwnerships()) {
			QualifiedName owner = ownership.getOwner() == null || ownership.getOwner().eIsProxy() ? null
					: qualifiedNames.getFullyQualifiedName(ownership.getOwner());
			List<INode> role = NodeModelUtils.findNodesForFeature(ownership, PlanPackage.Literals.OWNERSHIP__ROLE);
			if (owner != null && owner.toString().equals(lead) && !role.isEmpty()) {
				return List.of(PlanFix.in(issue.file(), "Make \u2018" + ownership.getOwner().getName() + "\u2019 the lead owner")
						.edit(new TextEdit(role.get(0).getOffset(), role.get(0).getLength(), "lead"))
						.build());
			}
		}
		return List.of();
	}
}
