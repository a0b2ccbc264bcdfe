package org.throughline.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.ide.hover.ElementSummaries;
import org.throughline.dsl.ide.hover.ElementSummary;
import org.throughline.dsl.ide.references.PlanReferences;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** Hovering a citation shows the lines it cites, numbered, as the document in {@code sources/} gives them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class CitationHoverTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void aCitationShowsItsLines() throws Exception {
		Files.createDirectories(folder.resolve("sources"));
		Files.writeString(folder.resolve("sources/agenda.txt"), """
				Bold Steps for Employment and Skills

				- KCC will employ, through our Kent Success Apprenticeship scheme, at least

				another 350 apprentices over the next four years.
				""");
		PlanFiles files = new PlanFiles(injector, folder).with("plan.plan", """
				module kent.boldsteps
				document Agenda "Cabinet Scrutiny Committee agenda pack" { file "agenda.txt" }
				document Missing "A paper not in sources" { file "missing.txt" }
				plan BoldSteps "Bold Steps for Kent" {
					commitment S2 "Employ apprentices" {
						source Agenda lines 3 to 5
						source Missing line 1
					}
				}
				""");
		ElementSummary hover = hoverAt(files, "lines 3 to 5");
		assertEquals("Agenda lines 3 to 5", hover.heading());
		assertEquals("Agenda \u2013 Cabinet Scrutiny Committee agenda pack", hover.text());
		assertEquals(List.of("3: - KCC will employ, through our Kent Success Apprenticeship scheme, at least", "4: ",
				"5: another 350 apprentices over the next four years."), hover.section("Lines").items());
		ElementSummary missing = hoverAt(files, "line 1");
		assertEquals("Missing line 1", missing.heading());
		assertEquals("The document's file \"missing.txt\" is not found", missing.text());
	}

	private static ElementSummary hoverAt(PlanFiles files, String snippet) throws Exception {
		XtextResource resource = files.resource("plan.plan");
		EObject citation = NodeModelUtils.findActualSemanticObjectFor(NodeModelUtils
				.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), files.offsetOf("plan.plan", snippet)));
		return ElementSummaries.summarise(citation, PlanReferences.of(files.workspace().resourceSet()));
	}
}
