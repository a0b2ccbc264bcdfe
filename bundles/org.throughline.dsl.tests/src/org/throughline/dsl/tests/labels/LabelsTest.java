package org.throughline.dsl.tests.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.tests.PlanInjectorProvider;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.PlanModule;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The one vocabulary of element kinds and labels that the outline, hover, completion, views, site and command line
 * share, on the Bold Steps for Kent example: words a policy officer uses, not the language's keywords.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class LabelsTest {

	@Inject
	private Injector injector;

	private final Map<String, EObject> byName = new HashMap<>();

	@TempDir
	Path temp;

	@BeforeEach
	void loadTheExample() throws Exception {
		for (PlanModule module : Fixtures.load(injector, Fixtures.boldSteps(temp)).modules()) {
			module.eAllContents().forEachRemaining(e -> {
				if (e instanceof NamedElement named && named.getName() != null) {
					byName.putIfAbsent(named.getName(), named);
				}
			});
		}
	}

	@Test
	void aUnitIsCalledWhatItIs() {
		assertEquals("organisation", Labels.kind(byName.get("KCC")));
		assertEquals("directorate", Labels.kind(byName.get("Enterprise")));
		assertEquals("division", Labels.kind(byName.get("Highways")));
	}

	@Test
	void anInspectionsActionAndASourceDocumentSayWhatTheyAre() {
		assertEquals("inspection", Labels.kind(byName.get("OfstedSafeguardingLac")));
		assertEquals("inspection action", Labels.kind(byName.get("SgImmCaseload")));
		assertEquals("source document", Labels.kind(byName.get("Letter")));
		assertEquals("commitment", Labels.kind(byName.get("R5")));
	}

	@Test
	void aLabelIsTheTitleElseTheName() {
		EObject r5 = byName.get("R5");
		assertEquals("Expand the 'Gateway' programme", Labels.label((NamedElement) r5));
		assertEquals("R5 \u2013 Expand the 'Gateway' programme", Labels.nameAndTitle(r5));
		assertEquals("R5", Labels.nameAndTitle("R5", "R5"), "a title that is the name is not repeated");
		assertEquals("R5", Labels.nameAndTitle("R5", null));
		assertNull(Labels.title(null));
		assertEquals("", Labels.kind(null));
	}
}
