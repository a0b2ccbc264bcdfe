package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.references.IncomingReferences;
import org.throughline.model.links.PlanLinks;
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanFactory;
import org.throughline.model.plan.PlanPackage;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** The inverted cross-references of a resource set are computed once and again only after the models change. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class IncomingReferencesTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	private PlanWorkspace load() throws Exception {
		return Fixtures.load(injector, Fixtures.copy("validation/ownership", folder));
	}

	private static Plan plan(PlanWorkspace workspace) {
		return workspace.modules().stream().flatMap(m -> m.getElements().stream()).filter(Plan.class::isInstance)
				.map(Plan.class::cast).findFirst().orElseThrow();
	}

	private static Commitment commitment(Plan plan, String name) {
		return plan.getCommitments().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void theReferencesToAnElementAreFoundAcrossFilesInTheirOrder() throws Exception {
		PlanWorkspace workspace = load();
		Plan plan = plan(workspace);
		Aim economy = plan.getAims().get(0);
		PlanLinks incoming = IncomingReferences.of(workspace.resourceSet());
		assertEquals(List.of(commitment(plan, "Owned"), commitment(plan, "Unowned")),
				incoming.sources(economy, PlanPackage.Literals.COMMITMENT__AIMS, Commitment.class));
		assertEquals(List.of(), incoming.sources(economy, PlanPackage.Literals.COMMITMENT__THEMES, Commitment.class));
		assertTrue(incoming.isReferenced(commitment(plan, "Owned").getOwnerships().get(0).getOwner(),
				PlanPackage.Literals.OWNERSHIP__OWNER));
		assertSame(incoming, IncomingReferences.of(workspace.resourceSet()), "unchanged models are not inverted again");
	}

	@Test
	void aChangedModelIsInvertedAgain() throws Exception {
		PlanWorkspace workspace = load();
		Plan plan = plan(workspace);
		Aim citizen = plan.getAims().get(1);
		PlanLinks before = IncomingReferences.of(workspace.resourceSet());
		assertEquals(2, before.sources(citizen, PlanPackage.Literals.COMMITMENT__AIMS, Commitment.class).size());

		commitment(plan, "Orphan").getAims().clear();
		PlanLinks after = IncomingReferences.of(workspace.resourceSet());
		assertEquals(List.of(commitment(plan, "Unowned")),
				after.sources(citizen, PlanPackage.Literals.COMMITMENT__AIMS, Commitment.class));

		Resource added = workspace.resourceSet().createResource(
				org.eclipse.emf.common.util.URI.createFileURI(folder.resolve("added.plan").toString()));
		Commitment elsewhere = PlanFactory.eINSTANCE.createCommitment();
		elsewhere.getAims().add(citizen);
		added.getContents().add(elsewhere);
		assertEquals(List.of(commitment(plan, "Unowned"), elsewhere), IncomingReferences.of(workspace.resourceSet())
				.sources(citizen, PlanPackage.Literals.COMMITMENT__AIMS, Commitment.class));

		workspace.resourceSet().getResources().remove(added);
		assertFalse(IncomingReferences.of(workspace.resourceSet())
				.sources(citizen, PlanPackage.Literals.COMMITMENT__AIMS, Commitment.class).contains(elsewhere));
	}
}
