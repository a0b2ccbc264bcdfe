package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.plan.PlanModule;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * An editor brings its file up to each new text in place, parsing again only the part that changed. Whatever was
 * typed, the workspace must then link and check exactly as a workspace loaded afresh with that text: the same
 * findings in every file, and every link of every file to the same element.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class InPlaceUpdateTest {

	@Inject
	private Injector injector;

	@TempDir
	Path temp;

	/** The texts typed so far, by file, as an editor holds them unsaved. */
	private final Map<Path, String> edited = new HashMap<>();

	@Test
	void typingInTheBoldStepsPlanLinksAndChecksAsLoadingItAgain() throws IOException {
		Path folder = Fixtures.boldSteps(temp);
		Path plan = folder.resolve("bold-steps.plan");
		Path consultation = folder.resolve("consultation-bold-steps.plan");
		PlanWorkspace workspace = Fixtures.load(injector, folder);
		workspace.diagnostics();
		XtextResource resource = workspace.resource(plan).orElseThrow();
		PlanModule module = (PlanModule) resource.getContents().get(0);

		// a word typed into the statement of a commitment that consultation responses and a reply point at
		expectSameAsLoaded(workspace, plan, text -> insertAfter(text, "commitment C3_5 \"Support quality", " also"));
		assertSame(resource, workspace.resource(plan).orElseThrow(), "the file's resource is kept");
		assertSame(module, resource.getContents().get(0), "the module element is kept: only a part was parsed again");
		// its name changed, so the consultation's links to it break, and back, so they hold again
		expectSameAsLoaded(workspace, plan, text -> text.replace("commitment C3_5 ", "commitment C3_5x "));
		expectSameAsLoaded(workspace, plan, text -> text.replace("commitment C3_5x ", "commitment C3_5 "));
		// a source line of a commitment, a reference of another, and a reference of the plan outside any commitment
		expectSameAsLoaded(workspace, plan, text -> insertAfter(text,
				"appears in Ch3.Schools (Agenda lines 2994 to 2998)\n\t\tsource Agenda lines 2994 to 299", "9"));
		expectSameAsLoaded(workspace, plan, text -> text.replace("appears in Ch3.Schools (Agenda lines 2994 to 2998)",
				"appears in Ch3.Nowhere (Agenda lines 2994 to 2998)"));
		expectSameAsLoaded(workspace, plan, text -> text.replace("\treplaces TowardsTwentyTen\n",
				"\treplaces TowardsTwentyEleven\n"));
		// a commitment without a name typed in before it: no name is added, but the commitment has moved
		expectSameAsLoaded(workspace, plan, text -> text.replace("\tcommitment C3_5 ",
				"\tcommitment \"Not yet named\" {\n\t}\n\tcommitment C3_5 "));
		expectSameAsLoaded(workspace, plan, text -> text.replace("\tcommitment \"Not yet named\" {\n\t}\n", ""));
		// half a commitment: a syntax error, then mended
		expectSameAsLoaded(workspace, plan, text -> text.replace("commitment R2 \"Establish a 'right to bid' process\" {",
				"commitment R2 \"Establish a 'right to bid' process\""));
		expectSameAsLoaded(workspace, plan, text -> text.replace("commitment R2 \"Establish a 'right to bid' process\"",
				"commitment R2 \"Establish a 'right to bid' process\" {"));
		// an import changed within its line, so that only the import is parsed again, and back
		expectSameAsLoaded(workspace, plan, text -> text.replace("import kent.indicators.*\n", "import kent.indicatorz.*\n"));
		expectSameAsLoaded(workspace, plan, text -> text.replace("import kent.indicatorz.*\n", "import kent.indicators.*\n"));
		// an import taken away: the names it brought in no longer resolve
		expectSameAsLoaded(workspace, plan, text -> text.replace("import kent.indicators.*\n", ""));
		// the other side: a response's text, in the consultation
		expectSameAsLoaded(workspace, consultation, text -> insertAfter(text, "respondent CarersFirst \"Carers", " of Kent"));
	}

	@Test
	void editingOneOfManyFilesLinksTheOtherFilesToWhatWasParsedAnew() throws IOException {
		// commitments of each plan file have responses in every consultation file, and owners in other files
		Path folder = ValidationScalingTest.generate(temp, 600);
		Path plan = firstFile(folder, "plan");
		PlanWorkspace workspace = Fixtures.load(injector, folder);
		workspace.diagnostics();
		String text = Files.readString(plan);
		int commitment = text.indexOf("commitment ");
		int statement = text.indexOf('"', commitment) + 1;
		expectSameAsLoaded(workspace, plan, t -> t.substring(0, statement) + "Soon " + t.substring(statement));
		expectSameAsLoaded(workspace, plan, t -> t.substring(0, statement) + t.substring(statement + "Soon ".length()));
		// a new commitment at the end of the first plan: a name is added
		int close = text.lastIndexOf('}');
		expectSameAsLoaded(workspace, plan, t -> t.substring(0, close) + "\tcommitment Added \"We will add\"\n"
				+ t.substring(close));
	}

	private void expectSameAsLoaded(PlanWorkspace workspace, Path file, UnaryOperator<String> edit)
			throws IOException {
		String before = workspace.resource(file).orElseThrow().getParseResult().getRootNode().getText();
		String after = edit.apply(before);
		assertTrue(!after.equals(before), "the edit changes the text");
		workspace.update(file, after);
		edited.put(file.toAbsolutePath().normalize(), after);
		PlanWorkspace loaded = injector.getInstance(PlanWorkspace.class).load(workspace.root(), edited);
		assertSameLines(links(loaded), links(workspace), "links after editing " + file.getFileName());
		assertSameLines(findings(loaded), findings(workspace), "findings after editing " + file.getFileName());
	}

	/** Equal lists, or a failure that shows the lines that differ rather than the whole lists. */
	private static void assertSameLines(List<String> expected, List<String> actual, String what) {
		if (!expected.equals(actual)) {
			List<String> missing = new ArrayList<>(expected);
			missing.removeAll(actual);
			List<String> extra = new ArrayList<>(actual);
			extra.removeAll(expected);
			assertEquals(String.join("\n", missing.subList(0, Math.min(10, missing.size()))),
					String.join("\n", extra.subList(0, Math.min(10, extra.size()))),
					what + ": " + missing.size() + " lines missing, " + extra.size() + " extra (or in another order)");
		}
	}

	private static String insertAfter(String text, String anchor, String inserted) {
		int at = text.indexOf(anchor);
		assertTrue(at >= 0, anchor);
		return text.substring(0, at + anchor.length()) + inserted + text.substring(at + anchor.length());
	}

	private static List<String> findings(PlanWorkspace workspace) {
		return workspace.diagnostics().stream().map(d -> d.format(workspace.root())).toList();
	}

	/** Every link of every file, as the element it starts from and the place of the element it reaches. */
	private static List<String> links(PlanWorkspace workspace) {
		List<String> links = new ArrayList<>();
		for (XtextResource resource : workspace.resources()) {
			for (var contents = resource.getAllContents(); contents.hasNext();) {
				EObject source = contents.next();
				for (EReference reference : source.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
						continue;
					}
					List<?> targets = reference.isMany() ? (List<?>) source.eGet(reference, true)
							: Collections.singletonList(source.eGet(reference, true));
					for (Object target : targets) {
						links.add(EcoreUtil.getURI(source) + " " + reference.getName() + " -> " + place((EObject) target));
					}
				}
			}
		}
		return links;
	}

	private static String place(EObject target) {
		if (target == null) {
			return "nothing";
		}
		if (target.eIsProxy()) {
			return "unresolved";
		}
		return target.eResource() == null ? "an element in no file" : EcoreUtil.getURI(target).toString();
	}

	private static Path firstFile(Path folder, String prefix) throws IOException {
		try (var files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().findFirst().orElseThrow();
		}
	}
}
