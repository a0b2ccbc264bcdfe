package org.throughline.dsl.ide.checking;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.ide.highlighting.PlanStyles;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.dsl.ide.outline.PlanOutline;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Injector;

/**
 * What an editor shows of one checked plan file: its findings, outline, colours and folds, worked out together
 * after each pause in typing. Plain values, safe to hand to the UI thread.
 */
public record CheckedFile(List<Issue> issues, List<OutlineNode> outline, List<Highlight> highlights,
		List<FoldingRange> folding) {

	/** A range of text coloured for what it is, e.g. a reference. */
	public record Highlight(int offset, int length, PlanStyles style) {
	}

	/**
	 * Checks {@code resource}, a file of {@code workspace}, and works out what an editor shows of it; null when
	 * {@code cancel} said stop on the way.
	 */
	public static CheckedFile of(PlanWorkspace workspace, XtextResource resource, Injector language,
			CancelIndicator cancel) {
		List<Issue> issues = workspace.issues(resource, cancel);
		if (cancel.isCanceled()) {
			return null;
		}
		List<OutlineNode> outline = PlanOutline.of(resource, cancel);
		List<Highlight> highlights = new ArrayList<>();
		language.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> highlights.add(new Highlight(offset, length, PlanStyles.byId(ids[0]))), cancel);
		highlights.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
		List<FoldingRange> folding = List.copyOf(
				language.getInstance(IFoldingRangeProvider.class).getFoldingRanges(resource, cancel));
		return cancel.isCanceled() ? null
				: new CheckedFile(List.copyOf(issues), outline, List.copyOf(highlights), folding);
	}
}
