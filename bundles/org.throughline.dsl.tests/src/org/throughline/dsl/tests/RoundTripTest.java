package org.throughline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.workspace.PlanDiagnostic.Severity;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.plan.PlanModule;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * What is saved reads back the same: a workspace serialised to text and parsed again, or saved as XMI and loaded
 * in a fresh resource set, equals the original, for the test files and for every file of the shipped example.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class RoundTripTest {

	@Inject
	private Injector injector;

	@Inject
	private ISerializer serializer;

	@TempDir
	Path temp;

	@Test
	void testFilesSurviveSerialisation() throws IOException {
		assertTextRoundTrip(Fixtures.copy("good", temp.resolve("in")));
	}

	@Test
	void exampleSurvivesSerialisation() throws IOException {
		assertTextRoundTrip(Fixtures.boldSteps(temp.resolve("in")));
	}

	@Test
	void testFilesSurviveXmi() throws IOException {
		assertXmiRoundTrip(Fixtures.copy("good", temp.resolve("in")));
	}

	@Test
	void exampleSurvivesXmi() throws IOException {
		assertXmiRoundTrip(Fixtures.boldSteps(temp.resolve("in")));
	}

	/** Loads a folder that has no errors; the example's gaps in traceability are warnings and stay. */
	private PlanWorkspace loadClean(Path folder) throws IOException {
		PlanWorkspace workspace = Fixtures.load(injector, folder);
		assertEquals(List.of(), workspace.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
				.map(d -> d.format(folder)).toList());
		return workspace;
	}

	private void assertTextRoundTrip(Path folder) throws IOException {
		PlanWorkspace original = loadClean(folder);
		Path out = temp.resolve("out");
		Files.createDirectories(out);
		for (PlanModule module : original.modules()) {
			Path file = Path.of(module.eResource().getURI().toFileString());
			String text = serializer.serialize(module, SaveOptions.newBuilder().format().getOptions());
			Files.writeString(out.resolve(folder.relativize(file).toString()), text, StandardCharsets.UTF_8);
		}
		PlanWorkspace again = loadClean(out);
		assertModulesEqual(original.modules(), again.modules());
	}

	private void assertXmiRoundTrip(Path folder) throws IOException {
		PlanWorkspace original = loadClean(folder);
		ResourceSet xmi = new ResourceSetImpl();
		xmi.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<Resource> saved = new ArrayList<>();
		for (PlanModule module : original.modules()) {
			Resource resource = xmi.createResource(URI.createFileURI(temp.resolve(module.getName() + ".xmi").toString()));
			resource.getContents().add(copier.copy(module));
			saved.add(resource);
		}
		copier.copyReferences();
		for (Resource resource : saved) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			resource.save(bytes, Map.of());
			Files.write(Path.of(resource.getURI().toFileString()), bytes.toByteArray());
		}

		ResourceSet fresh = new ResourceSetImpl();
		fresh.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		List<PlanModule> loaded = new ArrayList<>();
		for (Resource resource : saved) {
			loaded.add((PlanModule) fresh.getResource(resource.getURI(), true).getContents().get(0));
		}
		EcoreUtil.resolveAll(fresh);
		assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(fresh).isEmpty());
		assertModulesEqual(original.modules(), loaded);
	}

	private static void assertModulesEqual(List<PlanModule> expected, List<PlanModule> actual) {
		assertEquals(expected.size(), actual.size());
		for (int i = 0; i < expected.size(); i++) {
			EObject want = expected.get(i);
			EObject got = actual.get(i);
			assertTrue(new EcoreUtil.EqualityHelper().equals(want, got),
					"module " + expected.get(i).getName() + " differs after the round trip");
		}
	}
}
