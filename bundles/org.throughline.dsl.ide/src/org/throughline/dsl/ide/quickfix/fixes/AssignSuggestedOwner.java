package org.throughline.dsl.ide.quickfix.fixes;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.PlanPackage;

import com.google.inject.Inject;

/**
 * A commitment with no owner, whose aim is delivered by a unit: makes that unit its lead owner, as the plan maps
 * aims to directorates.
 */
public class AssignSuggestedOwner implements PlanQuickFix {

	@Inject
	private Blocks blocks;

	@Override
	public String issueCode() {
		return IssueCodes.COMMITMENT_WITHOUT_OWNER;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		Commitment commitment = issue.element(Commitment.class).orElse(null);
		String suggested = issue.data(0).orElse(null);
		Integer brace = commitment == null ? null : Blocks.closingBrace(commitment).orElse(null);
		if (suggested == null || brace == null) {
			return List.of();
		}
		return blocks.nameInScope(commitment, PlanPackage.Literals.OWNERSHIP__OWNER, suggested).map(owner -> {
			var element = owner.element().eIsProxy() ? EcoreUtil.resolve(owner.element(), issue.resourceSet())
					: owner.element();
			return List.of(PlanFix.in(issue.file(), "Make \u2018" + owner.text() + "\u2019 the lead owner")
					.description(Labels.title(element) == null ? "the unit that delivers the commitment's aim"
							: Labels.title(element) + ", which delivers the commitment's aim")
					.edit(TextEdit.insert(brace, "owner lead " + owner.text() + "\n"))
					.format(Blocks.region(commitment))
					.build());
		}).orElse(List.of());
	}
}
