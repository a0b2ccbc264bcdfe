package org.throughline.dsl.ide.quickfix.fixes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.ide.quickfix.UnresolvedLink;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.labels.Labels;

import com.google.inject.Inject;

/**
 * An owner that is not in force while the plan runs (Communities, abolished in April 2011): names its successor in
 * force instead, one fix per successor.
 */
public class MoveToSuccessor implements PlanQuickFix {

	@Inject
	private Blocks blocks;

	@Override
	public String issueCode() {
		return IssueCodes.OWNER_NOT_IN_FORCE;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		// the issue marks the reference itself: the same node a broken link would have
		UnresolvedLink link = UnresolvedLink.at(issue).orElse(null);
		if (link == null) {
			return List.of();
		}
		List<PlanFix> fixes = new ArrayList<>();
		for (String successor : issue.data()) {
			blocks.nameInScope(link.source(), link.reference(), successor).ifPresent(named -> {
				EObject element = named.element().eIsProxy() ? EcoreUtil.resolve(named.element(), issue.resourceSet())
						: named.element();
				fixes.add(PlanFix.in(issue.file(), "Move to the successor \u2018" + named.text() + "\u2019")
						.description(Labels.title(element))
						.edit(new TextEdit(link.node().getOffset(), link.node().getLength(), named.text()))
						.build());
			});
		}
		return fixes;
	}
}
