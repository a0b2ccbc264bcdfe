package org.throughline.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.examples.ExampleProject;
import org.throughline.model.plan.Commitment;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.tests.fixtures.PlanFixtures;
import org.throughline.views.links.LinkGroup;
import org.throughline.views.links.TraceLinks;
import org.throughline.views.model.PlanModel;
import org.throughline.views.model.SourceRange;

/**
 * The views' model of a plan is a copy of the one live model that the editors change in place: it must say what the
 * live model said when it was made, link within itself, keep broken links broken, and know where each element is
 * written, without a display.
 */
class PlanModelCopyTest {

	@TempDir
	Path temp;

	private Path plans;
	private PlanWorkspace live;

	@BeforeEach
	void loadTheExample() throws Exception {
		plans = temp.resolve("bold-steps");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(plans);
		live = PlanFixtures.injector().getInstance(PlanWorkspace.class).load(plans);
	}

	@Test
	void theCopyHasEveryElementOfTheLiveModelUnderTheSameNames() {
		PlanModel model = PlanModel.copyOf("bold-steps-for-kent", 1, live);
		TraceIndex original = TraceIndex.of(live.modules());
		List<String> before = original.commitments().stream().map(original::qualifiedName).toList();
		List<String> after = model.index().commitments().stream().map(model.index()::qualifiedName).toList();
		assertEquals(before, after);
		assertEquals(101, after.size());
		for (Commitment commitment : model.index().commitments()) {
			assertTrue(model.contains(commitment));
			for (EObject target : linksOf(commitment)) {
				assertTrue(target.eIsProxy() || model.contains(target),
						() -> model.index().qualifiedName(commitment) + " links out of the copy");
			}
		}
	}

	@Test
	void theCopyKnowsWhereEachCommitmentIsWrittenAndWhatIsAtAnOffset() throws Exception {
		PlanModel model = PlanModel.copyOf("bold-steps-for-kent", 1, live);
		Path file = plans.resolve("bold-steps.plan").toAbsolutePath().normalize();
		String text = Files.readString(file);
		EObject h4 = model.element("kent.boldsteps.BoldSteps.H4").orElseThrow();
		SourceRange range = model.source(h4).orElseThrow();
		int declared = text.indexOf("commitment H4 ");
		assertEquals(lineOf(text, declared), range.line());
		assertEquals("H4", text.substring(range.offset(), range.offset() + range.length()));
		int inH4 = text.indexOf("source Agenda line 2575");
		URI uri = URI.createFileURI(file.toString());
		assertEquals(h4, TraceLinks.traceableAtOrAbove(model.elementAt(uri, inH4).orElseThrow()));
	}

	@Test
	void theCopyStaysAsItWasWhenTheLiveModelChangesInPlace() throws Exception {
		PlanModel model = PlanModel.copyOf("bold-steps-for-kent", 1, live);
		Path file = plans.resolve("bold-steps.plan").toAbsolutePath().normalize();
		String text = Files.readString(file);
		XtextResource changed = live.update(file, text.replace("commitment H4 ", "commitment H44 "));
		assertNotSame(changed.getResourceSet(), model.element("kent.boldsteps.BoldSteps.H4").orElseThrow().eResource()
				.getResourceSet());
		assertTrue(model.element("kent.boldsteps.BoldSteps.H4").isPresent());
		assertFalse(model.element("kent.boldsteps.BoldSteps.H44").isPresent());
		PlanModel next = PlanModel.copyOf("bold-steps-for-kent", 2, live);
		assertTrue(next.element("kent.boldsteps.BoldSteps.H44").isPresent());
		assertFalse(next.element("kent.boldsteps.BoldSteps.H4").isPresent());
	}

	@Test
	void anOwnerThatDoesNotResolveStaysUnresolvedInTheCopy() throws Exception {
		Path file = plans.resolve("bold-steps.plan").toAbsolutePath().normalize();
		String text = Files.readString(file);
		int h4 = text.indexOf("commitment H4 ");
		int body = text.indexOf('{', h4) + 1;
		live.update(file, text.substring(0, body) + "\n\t\towner lead NoSuchDirectorate" + text.substring(body));
		EObject original = TraceIndex.of(live.modules()).element("kent.boldsteps.BoldSteps.H4").orElseThrow();
		assertEquals(1, linksOf(original).stream().filter(EObject::eIsProxy).count());
		PlanModel model = PlanModel.copyOf("bold-steps-for-kent", 1, live);
		Commitment copy = (Commitment) model.element("kent.boldsteps.BoldSteps.H4").orElseThrow();
		List<EObject> unresolved = linksOf(copy).stream().filter(EObject::eIsProxy).toList();
		assertEquals(1, unresolved.size(), "the unresolved owner is kept, unresolved");
		List<LinkGroup> trace = TraceLinks.of(model, copy);
		assertFalse(trace.isEmpty());
	}

	/** The targets of the links written in an element and in what it contains. */
	private static List<EObject> linksOf(EObject element) {
		List<EObject> targets = new java.util.ArrayList<>(element.eCrossReferences());
		element.eAllContents().forEachRemaining(child -> targets.addAll(child.eCrossReferences()));
		return targets;
	}

	private static int lineOf(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}
}
