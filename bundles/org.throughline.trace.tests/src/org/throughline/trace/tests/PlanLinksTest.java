package org.throughline.trace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.references.IncomingReferences;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.links.PlanLinks;
import org.throughline.model.links.PlanLinks.Link;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.PlanPackage;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/**
 * The one inverse index holds every resolved cross-reference of the metamodel once, under its target, at its
 * position, whichever reader built it: the trace index in its pass over the modules, and validation's copy kept on
 * the resource set.
 */
class PlanLinksTest {

	@TempDir
	Path folder;

	@Test
	void everyResolvedCrossReferenceIsFoundFromItsTargetAndNothingElseIs() throws Exception {
		PlanWorkspace workspace = PlanFixtures.load(PlanFixtures.copy(PlanFixtures.KENT, folder));
		TraceIndex index = TraceIndex.of(workspace.modules());
		PlanLinks links = index.links();
		int written = 0;
		Set<String> kinds = new TreeSet<>();
		for (PlanModule module : workspace.modules()) {
			List<EObject> elements = new ArrayList<>(List.of(module));
			module.eAllContents().forEachRemaining(elements::add);
			for (EObject source : elements) {
				for (EReference reference : source.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()) {
						continue;
					}
					List<?> targets = reference.isMany() ? (List<?>) source.eGet(reference)
							: source.eGet(reference) == null ? List.of() : List.of(source.eGet(reference));
					for (int i = 0; i < targets.size(); i++) {
						EObject target = (EObject) targets.get(i);
						if (PlanLinks.resolved(target)) {
							written++;
							kinds.add(reference.getEContainingClass().getName() + "." + reference.getName());
							assertTrue(links.to(target).contains(new Link(source, reference, i, target)),
									reference.getName() + " of " + index.qualifiedName(source));
							assertTrue(links.isReferenced(target, reference));
						}
					}
				}
			}
		}
		assertEquals(written, links.size(), "no link that the model does not hold");
		// the fixture uses most of the metamodel's cross-references: owners, measures, consultation, restructure, ...
		assertTrue(kinds.containsAll(Set.of("Ownership.owner", "Commitment.indicators", "Response.concerns",
				"Reply.changed", "Move.from", "Move.to", "Aim.deliveredBy", "Theme.aims", "Appearance.part",
				"InspectionAction.addressedBy", "Owner.successors", "Indicator.owner", "SourceReference.document")),
				kinds.toString());

		Owner bss = (Owner) index.element("kent.organisation.KCC.BSS").orElseThrow();
		assertEquals(List.of(index.element("kent.boldsteps.BoldSteps.R6").orElseThrow()), index.commitmentsOwnedBy(bss));

		PlanLinks validations = IncomingReferences.of(workspace.resourceSet());
		assertEquals(links.size(), validations.size(), "validation's links and the trace index's are the same");
		for (Owner owner : index.owners()) {
			assertEquals(index.ownershipsOf(owner),
					validations.sources(owner, PlanPackage.Literals.OWNERSHIP__OWNER, Ownership.class));
		}
	}

	@Test
	void anUnresolvedNameLinksToNothing() throws Exception {
		Path kent = PlanFixtures.copy(PlanFixtures.KENT, folder);
		PlanFixtures.replace(kent.resolve("boldsteps.plan"), "owner lead BSS", "owner lead BusinessStrategyAndSupport");
		TraceIndex index = TraceIndex.of(PlanFixtures.load(kent).modules());
		Owner bss = (Owner) index.element("kent.organisation.KCC.BSS").orElseThrow();
		Commitment r6 = (Commitment) index.element("kent.boldsteps.BoldSteps.R6").orElseThrow();
		assertEquals(List.of(), index.links().sources(bss, PlanPackage.Literals.OWNERSHIP__OWNER, Ownership.class));
		assertFalse(PlanLinks.resolved(r6.getOwnerships().get(0).getOwner()));
		assertTrue(index.commitmentsOwnedBy(bss).isEmpty(), "without the misspelling BSS owns R6");
	}
}
