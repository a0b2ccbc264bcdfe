package org.throughline.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.ide.references.PlanReferences;
import org.throughline.dsl.ide.rename.PlanRename;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** Renaming an element changes its declaration and every name that reaches it, in every file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class RenameTest {

	@Inject
	private Injector injector;

	@Inject
	private PlanRename rename;

	@TempDir
	Path folder;

	private PlanFiles files;

	private static final String PLAN = """
			module kent.boldsteps

			import kent.organisation.*
			import kent.organisation.KCC.*
			import kent.indicators.*

			plan BoldSteps "Bold Steps for Kent" {
				aim Citizen "To put the citizen in control" {
					delivered by CustomerAndCommunities
				}
				commitment R5 "Expand the Gateway programme" {
					owner lead Enterprise
					owner supporting kent.organisation.KCC.Enterprise.Highways
					measured by Apprentices
				}
				commitment T1 "Lobby for transport" {
					owner lead KCC.Enterprise
				}
			}
			""";

	private PlanRename.Result renameAt(String file, String snippet, String newName) throws IOException {
		PlanWorkspace workspace = files.workspace();
		EObject element = rename.renameableAt(files.resource(file), files.offsetOf(file, snippet));
		return rename.rename(element, newName, workspace.resources(), PlanReferences.of(workspace.resourceSet()));
	}

	private String after(PlanRename.Result result, String file) {
		List<TextEdit> edits = result.edits().getOrDefault(URI.createFileURI(files.path(file).toString()), List.of());
		return TextEdit.apply(files.text(file), edits);
	}

	@Test
	void aUnitIsRenamedInEveryFileHoweverItIsWritten() throws IOException {
		files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION)
				.with("indicators.plan", PlanFiles.INDICATORS).with("plan.plan", PLAN);
		PlanRename.Result result = renameAt("plan.plan", "Enterprise\n", "GrowthEnvironmentTransport");
		assertTrue(result.isPossible(), result.errors().toString());
		assertEquals(List.of(), result.warnings());
		assertTrue(after(result, "organisation.plan").contains("unit GrowthEnvironmentTransport \"Enterprise and Environment\""));
		String plan = after(result, "plan.plan");
		assertTrue(plan.contains("owner lead GrowthEnvironmentTransport\n"), plan);
		assertTrue(plan.contains("owner supporting kent.organisation.KCC.GrowthEnvironmentTransport.Highways"), plan);
		assertTrue(plan.contains("owner lead KCC.GrowthEnvironmentTransport"), plan);
		assertEquals(4, result.editCount());

		// written back, everything still links
		files.with("organisation.plan", after(result, "organisation.plan")).with("plan.plan", plan);
		assertEquals(List.of(), PlanFiles.errors(files.workspace()));
	}

	@Test
	void renamingAContainerRenamesImportsOfIt() throws IOException {
		files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION)
				.with("indicators.plan", PlanFiles.INDICATORS).with("plan.plan", PLAN);
		PlanRename.Result result = renameAt("organisation.plan", "KCC", "Kent");
		assertTrue(result.isPossible(), result.errors().toString());
		String plan = after(result, "plan.plan");
		assertTrue(plan.contains("import kent.organisation.Kent.*"), plan);
		assertTrue(plan.contains("kent.organisation.Kent.Enterprise.Highways"), plan);
		assertTrue(plan.contains("owner lead Kent.Enterprise"), plan);
		assertTrue(after(result, "indicators.plan").contains("import kent.organisation.Kent.*"));
		files.with("organisation.plan", after(result, "organisation.plan")).with("plan.plan", plan)
				.with("indicators.plan", after(result, "indicators.plan"));
		assertEquals(List.of(), PlanFiles.errors(files.workspace()));
	}

	@Test
	void aModuleKeepsItsNamespace() throws IOException {
		files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION)
				.with("indicators.plan", PlanFiles.INDICATORS).with("plan.plan", PLAN);
		PlanRename.Result result = renameAt("indicators.plan", "indicators", "measures");
		assertTrue(after(result, "indicators.plan").startsWith("module kent.measures\n"));
		assertTrue(after(result, "plan.plan").contains("import kent.measures.*"));
	}

	@Test
	void aNameThatIsTakenOrNotANameIsRefused() throws IOException {
		files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION);
		Map<String, String> refusals = Map.of("ELS", "already names", "owner", "word of the plan language",
				"2Fast", "not a name", "Enterprise", "already called");
		refusals.forEach((name, reason) -> {
			try {
				PlanRename.Result result = renameAt("organisation.plan", "Enterprise", name);
				assertFalse(result.isPossible(), name);
				assertTrue(result.errors().get(0).contains(reason), name + ": " + result.errors());
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		});
	}
}
