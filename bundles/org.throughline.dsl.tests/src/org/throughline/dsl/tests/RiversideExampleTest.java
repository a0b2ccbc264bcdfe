package org.throughline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.examples.ExampleProject;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The second example, a council plan shaped unlike Kent's (illustrative), says everything it holds without a
 * finding: its vision, priorities, areas, partners and supporting plans all link, and every citation is found in
 * its text.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class RiversideExampleTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void theExampleHasNoFinding() throws Exception {
		ExampleProject.RIVERSIDE_COUNCIL_PLAN.copyTo(folder);
		PlanWorkspace workspace = Fixtures.load(injector, folder);
		assertEquals(List.of("delivery.plan", "indicators.plan", "organisation.plan", "plan.plan", "sources.plan"),
				ExampleProject.RIVERSIDE_COUNCIL_PLAN.planFileNames());
		assertEquals(List.of(), workspace.diagnostics().stream().map(d -> d.format(folder)).toList());
	}
}
