package org.throughline.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.dsl.ide.outline.PlanOutline;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.examples.ExampleProject;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** A word typed into a commitment leaves the Outline of the file whole: every element after it is still there. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class TypoOutlineTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	private List<String> outline() throws IOException {
		PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class).load(folder);
		XtextResource plan = workspace.resource(folder.resolve("bold-steps.plan")).orElseThrow();
		return flatten(PlanOutline.of(plan, CancelIndicator.NullImpl), "");
	}

	private static List<String> flatten(List<OutlineNode> nodes, String indent) {
		List<String> lines = new ArrayList<>();
		for (OutlineNode node : nodes) {
			lines.add(indent + node.kind() + " " + node.name() + " " + node.title() + " " + node.gaps());
			lines.addAll(flatten(node.children(), indent + "  "));
		}
		return lines;
	}

	@Test
	void theOutlineAfterATypoHasEveryElementOfTheFile() throws IOException {
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(folder);
		List<String> clean = outline();
		Path file = folder.resolve("bold-steps.plan");
		String text = Files.readString(file);
		String b2 = "commitment B2 \"A new relationship with business through the Local Enterprise Partnership\" {\n\t\tkind deliver";
		assertTrue(text.contains(b2));
		Files.writeString(file, text.replace(b2, b2 + " oops"));
		List<String> typo = outline();
		assertTrue(clean.size() > 100, "the example's outline has every aim, theme, chapter and commitment");
		assertEquals(clean, typo);
	}
}
