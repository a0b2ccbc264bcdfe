package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * A workspace parses and checks its files on all cores. What it finds must not depend on that: the same findings,
 * in the same order, as checking each file on its own, one after another, and the same on every load.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class ParallelCheckingTest {

	@Inject
	private Injector injector;

	@TempDir
	Path temp;

	@Test
	void checkingFilesTogetherFindsWhatCheckingThemOneByOneFinds() throws Exception {
		Path folder = ValidationScalingTest.generate(temp, 3000);
		// the reference: a workspace of its own, each file checked alone, one after another
		List<String> oneByOne = oneByOne(Fixtures.load(injector, folder), folder);
		// 30 files of each kind, with duplicate names across files and responses to other files' commitments
		assertTrue(oneByOne.size() > 2000, "the generated folder has gaps of every kind: " + oneByOne.size());
		for (int load = 1; load <= 3; load++) {
			PlanWorkspace workspace = Fixtures.load(injector, folder);
			List<String> together = workspace.diagnostics().stream().map(d -> d.format(folder)).toList();
			assertEquals(oneByOne, together, "load " + load + " found something else");
		}
	}

	private static List<String> oneByOne(PlanWorkspace workspace, Path folder) {
		List<PlanDiagnostic> found = new ArrayList<>(workspace.settingsProblems());
		for (XtextResource resource : workspace.resources()) {
			found.addAll(workspace.findings(resource));
		}
		Collections.sort(found);
		return found.stream().map(d -> d.format(folder)).toList();
	}
}
