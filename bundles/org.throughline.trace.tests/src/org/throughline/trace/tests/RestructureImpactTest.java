package org.throughline.trace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Owner;
import org.throughline.trace.restructure.RestructureImpact;
import org.throughline.trace.restructure.RestructureImpact.EndedOwner;
import org.throughline.trace.restructure.RestructureImpact.MoveImpact;

/** "Change to keep succeeding" moves the commitments of CFE and Communities and ends three owners. */
class RestructureImpactTest extends KentTestBase {

	private RestructureImpact impact() {
		return RestructureImpact.of(index, index.restructures().get(0));
	}

	private static List<String> names(List<? extends Commitment> commitments) {
		return commitments.stream().map(Commitment::getName).toList();
	}

	@Test
	void eachMoveListsTheCommitmentsOfTheOwnersItTakesFrom() {
		List<MoveImpact> moves = impact().moves();
		assertEquals(List.of("CfeSplit", "ChildrensSocialCare", "DcsPost", "YouthOffendingToFhsc",
				"YouthOffendingToCc", "CommunitiesEnds"), moves.stream().map(m -> m.move().getName()).toList());
		assertEquals(List.of("V1"), names(moves.get(0).affectedCommitments()), "MdCfe sits inside CFE");
		assertEquals(List.of(), names(moves.get(1).affectedCommitments()));
		assertEquals(List.of("V1"), names(moves.get(2).affectedCommitments()));
		assertEquals(List.of("D5"), names(moves.get(4).affectedCommitments()));
		MoveImpact merge = moves.get(5);
		assertEquals(2, merge.affected().size(), "D5's lead and supporting owners are both inside Communities");
		assertEquals(List.of("D5"), names(merge.affectedCommitments()));
	}

	@Test
	void aSupersededMoveIsReportedButAffectsNothing() {
		MoveImpact first = impact().moves().get(3);
		assertTrue(first.superseded());
		assertFalse(impact().moves().get(4).superseded());
		assertEquals(List.of("V1", "D5"), names(impact().affectedCommitments()));
	}

	@Test
	void responsesAboutAMoveAreShownWithIt() {
		MoveImpact childrensSocialCare = impact().moves().get(1);
		assertEquals(List.of("TmbcSocialCare"),
				childrensSocialCare.responses().stream().map(r -> r.getName()).toList());
	}

	@Test
	void ownersNoLongerInForceAreListedWithTheirSuccessorsAndWhatTheyStillOwn() {
		List<EndedOwner> ended = impact().endedOwners();
		assertEquals(List.of("CFE", "MdCfe", "Communities"), ended.stream().map(e -> e.owner().getName()).toList());
		EndedOwner cfe = ended.get(0);
		assertEquals(List.of("CfeSplit"), cfe.endedBy().stream().map(m -> m.getName()).toList());
		assertEquals(List.of("FHSC", "ELS"), cfe.successors().stream().map(Owner::getName).toList());
		assertFalse(cfe.stillOwnsSomething());
		EndedOwner mdCfe = ended.get(1);
		assertEquals("2011-04-03", mdCfe.until().toString());
		assertEquals(List.of(), mdCfe.endedBy(), "ended by its date, not by a move that ends it");
		assertEquals(List.of("DirectorChildrensServices"), mdCfe.successors().stream().map(Owner::getName).toList());
		assertTrue(mdCfe.stillOwnsSomething());
		assertEquals(commitment("V1"), mdCfe.ownerships().get(0).eContainer());
		assertEquals(List.of("CustomerAndCommunities", "FHSC"),
				ended.get(2).successors().stream().map(Owner::getName).toList());
	}

	@Test
	void aMergeIntoOneOfTheMergedAndARenameWithoutANewNameEndNothing() throws Exception {
		java.nio.file.Files.writeString(folder.resolve("merge.plan"), """
				module kent.merge
				import kent.organisation.KCC.*
				organisation Posts "Posts in Enterprise" {
					post DirectorWaste "Director of Waste"
					post DirectorHighways "Director of Kent Highways"
				}
				restructure Change "Change to keep succeeding, second draft" {
					merge WasteHighways "Waste merged with Highways" from Posts.DirectorWaste, Posts.DirectorHighways to Posts.DirectorHighways
					rename RetitleEnterprise "Re-titling of the Enterprise directorate" from Enterprise
				}
				""");
		index = org.throughline.trace.TraceIndex
				.of(org.throughline.trace.tests.fixtures.PlanFixtures.load(folder).modules());
		RestructureImpact impact = RestructureImpact.of(index,
				element("kent.merge.Change", org.throughline.model.plan.Restructure.class));
		assertEquals(List.of("DirectorWaste"), impact.endedOwners().stream().map(e -> e.owner().getName()).toList());
		assertEquals(List.of("DirectorHighways"),
				impact.endedOwners().get(0).successors().stream().map(Owner::getName).toList());
	}
}
