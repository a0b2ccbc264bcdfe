package org.throughline.cli.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.ide.hover.ElementSummaries;
import org.throughline.dsl.ide.hover.ElementSummary;
import org.throughline.model.labels.Labels;
import org.throughline.dsl.ide.references.PlanReferences;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.examples.ExampleProject;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/**
 * The hover of an owner and the trace index's owner trace (what the Trace view lists under "Owns", "Indicators it
 * reports" and "Aims it delivers") name the same commitments, indicators and aims in the same order, for every
 * owner of the Bold Steps for Kent example (whose papers name no commitment's owner) and of the Kent fixture (which
 * gives owners from the surrounding papers): both read the one inverse index.
 */
class OwnerTraceTest {

	@TempDir
	Path temp;

	@Test
	void theHoverAndTheTraceIndexListTheSameForEveryOwnerOfTheExample() throws Exception {
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(temp);
		// the example's papers name no owner of a commitment or an indicator; the units deliver the aims
		int[] found = assertSameTraceForEveryOwner(temp);
		assertTrue(found[0] > 100, "owners in the example: " + found[0]);
		assertEquals(0, found[1], "owners of commitments in the example");
		assertTrue(found[3] >= 4, "owners delivering aims: " + found[3]);
	}

	@Test
	void theHoverAndTheTraceIndexListTheSameOwnershipsForEveryOwnerOfTheKentFixture() throws Exception {
		int[] found = assertSameTraceForEveryOwner(PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("kent")));
		assertTrue(found[1] >= 5, "owners of commitments in the fixture: " + found[1]);
		assertTrue(found[2] > 0, "owners reporting indicators in the fixture: " + found[2]);
	}

	/** How many owners there are, and how many own a commitment, report an indicator and deliver an aim. */
	private static int[] assertSameTraceForEveryOwner(Path folder) throws Exception {
		PlanWorkspace workspace = PlanFixtures.load(folder);
		TraceIndex index = TraceIndex.of(workspace.modules());
		PlanReferences references = PlanReferences.of(workspace.resourceSet());
		int[] found = new int[4];
		for (Owner owner : index.owners()) {
			ElementSummary hover = ElementSummaries.summarise(owner, references);
			String who = index.qualifiedName(owner);
			found[0]++;

			List<String> owns = new ArrayList<>();
			for (Ownership ownership : index.ownershipsOf(owner)) {
				owns.add(ownership.getRole().getLiteral() + ": " + Labels.nameAndTitle(ownership.eContainer()));
			}
			assertEquals(owns.isEmpty() ? List.of("none: no commitment names it as owner") : owns,
					hover.section(ElementSummaries.OWNS).items(), who);
			found[1] += owns.isEmpty() ? 0 : 1;

			List<String> indicators = index.indicatorsOwnedBy(owner).stream().map(Labels::nameAndTitle).toList();
			ElementSummary.Section measures = hover.section(ElementSummaries.OWNS_MEASURES);
			assertEquals(indicators, measures == null ? List.of() : measures.items(), who);
			found[2] += indicators.isEmpty() ? 0 : 1;

			List<String> aims = index.aimsDeliveredBy(owner).stream().map(Labels::nameAndTitle).toList();
			ElementSummary.Section delivers = hover.section(ElementSummaries.DELIVERS);
			assertEquals(aims, delivers == null ? List.of() : delivers.items(), who);
			found[3] += aims.isEmpty() ? 0 : 1;
		}
		return found;
	}
}
