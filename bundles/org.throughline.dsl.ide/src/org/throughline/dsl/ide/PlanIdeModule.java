package org.throughline.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.throughline.dsl.ide.contentassist.PlanCrossrefProposalProvider;
import org.throughline.dsl.ide.folding.PlanFoldingRangeProvider;
import org.throughline.dsl.ide.highlighting.PlanSemanticHighlighting;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.ide.quickfix.fixes.AddProgressUpdate;
import org.throughline.dsl.ide.quickfix.fixes.AddReply;
import org.throughline.dsl.ide.quickfix.fixes.AssignSuggestedOwner;
import org.throughline.dsl.ide.quickfix.fixes.ChangeToSimilarName;
import org.throughline.dsl.ide.quickfix.fixes.CiteWhereQuoted;
import org.throughline.dsl.ide.quickfix.fixes.CreateIndicator;
import org.throughline.dsl.ide.quickfix.fixes.FollowTheFigures;
import org.throughline.dsl.ide.quickfix.fixes.MakeLead;
import org.throughline.dsl.ide.quickfix.fixes.MarkNotMeasurable;
import org.throughline.dsl.ide.quickfix.fixes.MeasureWithNewIndicator;
import org.throughline.dsl.ide.quickfix.fixes.MoveToSuccessor;
import org.throughline.dsl.ide.quickfix.fixes.SwapReversedPeriod;

import com.google.inject.Binder;
import com.google.inject.multibindings.Multibinder;

/** Editor-agnostic services of the plan language: content assist, hover, occurrences, symbols, code actions. */
public class PlanIdeModule extends AbstractPlanIdeModule {

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return PlanCrossrefProposalProvider.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return PlanSemanticHighlighting.class;
	}

	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return PlanFoldingRangeProvider.class;
	}

	/** Every quick fix, one line each; the fixes find their issues by code. */
	public void configureQuickFixes(Binder binder) {
		Multibinder<PlanQuickFix> fixes = Multibinder.newSetBinder(binder, PlanQuickFix.class);
		fixes.addBinding().to(SwapReversedPeriod.class);
		fixes.addBinding().to(AddProgressUpdate.class);
		fixes.addBinding().to(FollowTheFigures.class);
		fixes.addBinding().to(ChangeToSimilarName.class);
		fixes.addBinding().to(CreateIndicator.class);
		fixes.addBinding().to(AssignSuggestedOwner.class);
		fixes.addBinding().to(MakeLead.class);
		fixes.addBinding().to(MoveToSuccessor.class);
		fixes.addBinding().to(MarkNotMeasurable.class);
		fixes.addBinding().to(MeasureWithNewIndicator.class);
		fixes.addBinding().to(AddReply.class);
		fixes.addBinding().to(CiteWhereQuoted.class);
	}
}
