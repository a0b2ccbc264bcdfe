package org.throughline.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.examples.ExampleProject;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Folds: each element written over several lines, and each comment of several lines, can be folded away, exactly
 * where Xtext's own folding would put the folds.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class FoldingTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void everyElementOverSeveralLinesFoldsWhereXtextFoldsIt() throws IOException {
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(folder);
		PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class).load(folder);
		IFoldingRangeProvider folding = injector.getInstance(IFoldingRangeProvider.class);
		DefaultFoldingRangeProvider xtexts = injector.getInstance(DefaultFoldingRangeProvider.class);
		int folds = 0;
		for (XtextResource resource : workspace.resources()) {
			List<String> expected = ranges(xtexts.getFoldingRanges(resource, CancelIndicator.NullImpl));
			List<String> actual = ranges(folding.getFoldingRanges(resource, CancelIndicator.NullImpl));
			assertEquals(expected, actual, "folds of " + resource.getURI().lastSegment());
			folds += actual.size();
		}
		// every aim, theme, chapter, commitment, unit, indicator and consultation of the plan is there to fold
		assertTrue(folds > 500, "folds in the Bold Steps example: " + folds);
	}

	@Test
	void commentsFoldWhereXtextFoldsThemButTextThatLooksLikeOneDoesNot() throws IOException {
		PlanFiles files = new PlanFiles(injector, folder).with("plan.plan", """
				module kent.boldsteps
				/* Bold Steps for Kent,
				   the Cabinet version of November 2010 */
				plan BoldSteps "Bold Steps /* not a comment" {
					/* one line */ period 2011/12 to 2014/15
					commitment S2 "Employ at least another 350 apprentices" {
						/*
						 * Agenda line 2760
						 */
						kind deliver
					}
				}
				""");
		XtextResource resource = files.resource("plan.plan");
		List<String> expected = ranges(injector.getInstance(DefaultFoldingRangeProvider.class)
				.getFoldingRanges(resource, CancelIndicator.NullImpl));
		List<String> actual = ranges(injector.getInstance(IFoldingRangeProvider.class)
				.getFoldingRanges(resource, CancelIndicator.NullImpl));
		assertEquals(expected, actual);
		// the two comments of several lines, the one of one line (the editor folds whole lines and leaves it), the
		// plan and the commitment; nothing in the plan's title
		assertEquals(5, actual.size(), actual.toString());
		int inTitle = files.offsetOf("plan.plan", "/* not a comment");
		assertTrue(actual.stream().noneMatch(range -> range.startsWith(inTitle + "+")), actual.toString());
	}

	private static List<String> ranges(Collection<FoldingRange> ranges) {
		return ranges.stream().map(r -> r.getOffset() + "+" + r.getLength()).toList();
	}
}
