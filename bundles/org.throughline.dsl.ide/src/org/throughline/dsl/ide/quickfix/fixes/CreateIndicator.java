package org.throughline.dsl.ide.quickfix.fixes;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.ide.quickfix.UnresolvedLink;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.PlanPackage;

/**
 * "measured by PupilsInGoodSchools" where no such indicator exists: creates it, as a stub to fill in, where the
 * plan's other indicators are kept.
 */
public class CreateIndicator implements PlanQuickFix {

	private static final Pattern SIMPLE_NAME = Pattern.compile("\\^?[A-Za-z_][A-Za-z_0-9]*");

	@Override
	public String issueCode() {
		return Diagnostic.LINKING_DIAGNOSTIC;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		UnresolvedLink link = UnresolvedLink.at(issue).orElse(null);
		if (link == null || link.reference() != PlanPackage.Literals.COMMITMENT__INDICATORS
				|| !SIMPLE_NAME.matcher(link.text()).matches() || IndicatorStubs.module(issue.resource()).isEmpty()) {
			return List.of();
		}
		String name = link.text();
		PlanFix.Builder fix = PlanFix.in(issue.file(), "Create indicator \u2018" + name + "\u2019");
		PlanModule there = IndicatorStubs.add(fix, issue, name, IndicatorStubs.title(name));
		return List.of(fix.description("in " + there.getName()).build());
	}
}
