package org.throughline.dsl.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.scoping.PlanIndex;
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.tests.validation.ValidationInjectorProvider;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * A plan workspace finds imported names through its index with one lookup per name; every name must still link
 * exactly as Xtext's own import scope links it, which asks the global scope once per import.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class ImportScopingTest {

	@Inject
	private Injector injector;

	@Inject
	private IQualifiedNameProvider names;

	@TempDir
	Path folder;

	@Test
	void importsLinkAsXtextLinksThem() throws Exception {
		write("structure.plan", """
				module kent.structure

				organisation KCC "Kent County Council" {
					unit Enterprise "Enterprise and Environment"
					unit Communities "Communities"
					unit Finance "Finance"
				}
				""");
		write("district.plan", """
				module kent.district

				organisation Ashford "Ashford Borough Council" {
					unit Finance "Finance"
					unit Planning "Planning"
				}
				""");
		write("other.plan", """
				module kent.other

				organisation Local "An organisation whose name this module's own organisation shares" {
					unit Finance "Finance"
				}
				""");
		write("plan.plan", """
				module kent.plan

				import kent.structure.KCC.*
				import kent.structure.KCC.Communities
				import kent.district.Ashford.*
				import kent.structure.*
				import kent.district.*
				import kent.other.*

				organisation Local "A unit of this module" {
					unit Finance "Local finance"
				}

				plan P "Plan" {
					commitment Imported "Owner found through a wildcard import" {
						owner lead Enterprise
					}
					commitment Twice "Owner found through two imports of the same unit" {
						owner lead Communities
					}
					commitment Ambiguous "Two imports name different units Finance" {
						owner lead Finance
					}
					commitment Relative "A name relative to an imported namespace" {
						owner lead Ashford.Planning
					}
					commitment OwnModule "A name relative to this module, which no import can hide" {
						owner lead Local.Finance
					}
					commitment Qualified "A fully qualified name" {
						owner lead kent.district.Ashford.Finance
					}
					commitment Nowhere "A name that no import resolves" {
						owner lead Treasury
					}
				}
				""");

		write("single.plan", """
				module kent.single

				import kent.district.Ashford
				import kent.district.Ashford.Planning

				plan S "Single-element imports" {
					commitment Dotted "A single-element import does not resolve a longer name" {
						owner lead Ashford.Planning
					}
					commitment Plain "A single-element import resolves its own name" {
						owner lead Planning
					}
				}
				""");
		write("relative.plan", """
				module kent.relative

				import Local.*

				organisation Local "An organisation of this module, imported relative to it" {
					unit Treasury "Treasury"
				}

				plan R "An import relative to the module" {
					commitment OwnImport "Owner found through an import of this module's own organisation" {
						owner lead Treasury
					}
				}
				""");
		// two files declare kent.twice.Local.Desk; each file's own element hides the other's
		write("twice-a.plan", """
				module kent.twice

				organisation Local "Declared in two files" {
					unit Desk "Desk"
				}
				""");
		write("twice-b.plan", """
				module kent.twice

				import kent.twice.Local.*

				organisation Local "Declared in two files" {
					unit Desk "Desk"
				}

				plan T "A name declared in two files" {
					commitment OwnFirst "Owner declared here and in another file" {
						owner lead Desk
					}
				}
				""");

		PlanWorkspace workspace = workspace();
		assertNotNull(PlanIndex.of(workspace.resourceSet()), "the workspace links through the plan index");
		List<String> indexed = links(workspace.resourceSet());
		assertEquals(links(xtextLinked()), indexed);
		assertOwner(indexed, "Imported", "kent.structure.KCC.Enterprise in structure.plan");
		assertOwner(indexed, "Twice", "kent.structure.KCC.Communities in structure.plan");
		assertOwner(indexed, "Ambiguous", "unresolved");
		assertOwner(indexed, "Relative", "kent.district.Ashford.Planning in district.plan");
		assertOwner(indexed, "OwnModule", "kent.plan.Local.Finance in plan.plan");
		assertOwner(indexed, "Qualified", "kent.district.Ashford.Finance in district.plan");
		assertOwner(indexed, "Nowhere", "unresolved");
		assertLinked(indexed, "kent.single.S.Dotted/Ownership.owner -> unresolved");
		assertLinked(indexed,
				"kent.single.S.Plain/Ownership.owner -> kent.district.Ashford.Planning in district.plan");
		assertLinked(indexed,
				"kent.relative.R.OwnImport/Ownership.owner -> kent.relative.Local.Treasury in relative.plan");
		assertLinked(indexed, "kent.twice.T.OwnFirst/Ownership.owner -> kent.twice.Local.Desk in twice-b.plan");
	}

	@Test
	void theBoldStepsExampleLinksAsXtextLinksIt() throws Exception {
		Fixtures.boldSteps(folder);
		PlanWorkspace workspace = workspace();
		assertNotNull(PlanIndex.of(workspace.resourceSet()), "the workspace links through the plan index");
		List<String> indexed = links(workspace.resourceSet());
		assertEquals(links(xtextLinked()), indexed);
		assertTrue(indexed.size() > 500, "the example has hundreds of cross-references: " + indexed.size());
	}

	private static void assertOwner(List<String> links, String commitment, String owner) {
		assertLinked(links, "kent.plan.P." + commitment + "/Ownership.owner -> " + owner);
	}

	private static void assertLinked(List<String> links, String link) {
		assertTrue(links.contains(link), () -> link + " is not among " + links);
	}

	private void write(String name, String text) throws IOException {
		Files.writeString(folder.resolve(name), text);
	}

	private PlanWorkspace workspace() throws IOException {
		return Fixtures.load(injector, folder);
	}

	/** The same files loaded with Xtext's own index and import scope, the reference that the index must match. */
	private ResourceSet xtextLinked() throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		IResourceDescription.Manager manager = injector.getInstance(IResourceDescription.Manager.class);
		List<IResourceDescription> descriptions = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".plan")).sorted().toList()) {
				Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
				descriptions.add(manager.getResourceDescription(resource));
			}
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(descriptions));
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}

	/** Every cross-reference in the resource set as {@code source.reference -> target}, in content order. */
	private List<String> links(ResourceSet resourceSet) {
		List<String> links = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			for (var contents = resource.getAllContents(); contents.hasNext();) {
				EObject source = contents.next();
				for (EReference reference : source.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || !source.eIsSet(reference)) {
						continue;
					}
					Object value = source.eGet(reference, false);
					for (Object target : value instanceof List<?> list ? list : List.of(value)) {
						links.add(source(source) + "." + reference.getName() + " -> " + name((EObject) target));
					}
				}
			}
		}
		return links;
	}

	/** A named element by its name; another by the name of the element around it and its kind. */
	private String source(EObject element) {
		QualifiedName name = names.getFullyQualifiedName(element);
		return name != null ? name.toString() : source(element.eContainer()) + "/" + element.eClass().getName();
	}

	/** A target by its qualified name and its file, since a name may be declared in more than one. */
	private String name(EObject element) {
		if (element.eIsProxy()) {
			return "unresolved";
		}
		QualifiedName name = names.getFullyQualifiedName(element);
		return (name == null ? EcoreUtil.getURI(element).fragment() : name.toString()) + " in "
				+ element.eResource().getURI().lastSegment();
	}
}
