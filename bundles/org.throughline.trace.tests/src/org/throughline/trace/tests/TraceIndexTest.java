package org.throughline.trace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Person;
import org.throughline.model.plan.Portfolio;
import org.throughline.model.plan.Post;
import org.throughline.model.facts.CommitmentFacts;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** The index answers every backward question by lookup, in document order, and ignores unresolved links. */
class TraceIndexTest extends KentTestBase {

	private <T extends EObject> List<String> names(List<T> elements) {
		return elements.stream().map(index::qualifiedName).toList();
	}

	private static <T, R> List<R> map(List<T> items, Function<T, R> f) {
		return items.stream().map(f).toList();
	}

	@Test
	void everyNamedElementHasTheQualifiedNameThePlanLanguageUses() {
		Commitment v1 = commitment("V1");
		assertEquals("kent.boldsteps.BoldSteps.V1", index.qualifiedName(v1));
		assertEquals("kent.organisation.KCC.FHSC.DirectorChildrensServices",
				index.qualifiedName(organisation("FHSC.DirectorChildrensServices", Post.class)));
		assertEquals("kent.boldsteps", index.qualifiedName(v1.eContainer().eContainer()));
		assertEquals("", index.qualifiedName(v1.getOwnerships().get(0)));
	}

	@Test
	void theWorkspaceIsListedInDocumentOrder() {
		assertEquals(1, index.plans().size());
		assertEquals(List.of("R3", "R5", "R6", "D3", "S5", "D5", "V1", "V3", "V6", "P2"),
				map(index.commitments(), Commitment::getName));
		assertEquals(List.of("CFE", "Communities", "BSS", "CustomerAndCommunities", "Enterprise", "FHSC", "ELS"),
				map(index.directorates(), OrganisationUnit::getName));
		assertEquals(List.of("KccApprentices", "SocialWorkerVacancies"), map(index.indicators(), Indicator::getName));
		assertEquals(2, index.consultations().size());
		assertEquals(1, index.restructures().size());
		assertEquals(1, index.inspections().size());
	}

	@Test
	void ownershipsAreFoundFromTheOwner() {
		OrganisationUnit cc = organisation("CustomerAndCommunities", OrganisationUnit.class);
		assertEquals(List.of("kent.boldsteps.BoldSteps.R5"), names(index.commitmentsOwnedBy(cc)));
		Portfolio cabinetMember = organisation("CabinetMemberCfe", Portfolio.class);
		assertEquals(List.of(commitment("V1")), index.commitmentsOwnedBy(cabinetMember));
		assertEquals("accountable", index.ownershipsOf(cabinetMember).get(0).getRole().getLiteral());
		assertEquals(List.of(), index.commitmentsOwnedBy(organisation("ELS", OrganisationUnit.class)));
	}

	@Test
	void measuresResponsesRepliesAndActionsAreFoundFromTheCommitment() {
		Indicator vacancies = element("kent.indicators.SocialWorkerVacancies", Indicator.class);
		assertEquals(List.of(commitment("V3")), index.commitmentsMeasuredBy(vacancies));
		assertEquals(List.of("kent.consultation.BoldStepsConsultation.PoscSocialServices",
				"kent.consultation.StructureConsultation.TmbcSocialCare"),
				names(index.responsesConcerning(commitment("V6"))));
		assertEquals(1, index.repliesChanging(commitment("P2")).size());
		assertEquals(List.of(), index.repliesChanging(commitment("V6")));
		assertEquals(List.of("CaseloadReview", "AssessmentQuality", "WorkforceReview"),
				map(index.inspectionActionsAddressedBy(commitment("V1")), a -> a.getName()));
		assertEquals(List.of("AssessmentQuality"),
				map(index.inspectionActionsAddressedBy(commitment("R3")), a -> a.getName()));
	}

	@Test
	void movesAreFoundFromBothEnds() {
		OrganisationUnit youthOffending = organisation("Communities.YouthOffending", OrganisationUnit.class);
		assertEquals(List.of("YouthOffendingToFhsc", "YouthOffendingToCc"),
				map(index.movesFrom(youthOffending), m -> m.getName()));
		OrganisationUnit cc = organisation("CustomerAndCommunities", OrganisationUnit.class);
		assertEquals(List.of("YouthOffendingToCc", "CommunitiesEnds"), map(index.movesTo(cc), m -> m.getName()));
		var superseded = index.movesFrom(youthOffending).get(0);
		assertEquals(List.of(superseded), index.movesSupersededBy(index.movesFrom(youthOffending).get(1)));
		var childrensSocialCare = element("kent.restructure.ChangeToKeepSucceeding.ChildrensSocialCare",
				org.throughline.model.plan.Move.class);
		assertEquals(List.of("kent.consultation.StructureConsultation.TmbcSocialCare"),
				names(index.responsesConcerning(childrensSocialCare)));
	}

	@Test
	void theOrganisationIsReadBackwards() {
		OrganisationUnit fhsc = organisation("FHSC", OrganisationUnit.class);
		assertEquals(List.of("CFE", "Communities"), map(index.predecessors(fhsc), Owner::getName));
		assertEquals(List.of("SocialWorkerVacancies"), map(index.indicatorsOwnedBy(fhsc), Indicator::getName));
		assertEquals(List.of("Disadvantage"), map(index.aimsDeliveredBy(fhsc), Aim::getName));
		Person turner = organisation("RosalindTurner", Person.class);
		assertEquals(List.of("MdCfe"), map(index.postsHeldBy(turner), Post::getName));
		assertEquals(List.of("CabinetMemberCfe"),
				map(index.portfoliosOf(organisation("SarahHohler", Person.class)), Portfolio::getName));
		OrganisationUnit cfe = organisation("CFE", OrganisationUnit.class);
		assertEquals(List.of("SpecialistChildrensServices", "MdCfe"), map(index.ownersWithin(cfe), Owner::getName));
	}

	@Test
	void everyOwnerKnowsItsDirectorate() {
		OrganisationUnit cfe = organisation("CFE", OrganisationUnit.class);
		assertSame(cfe, index.directorateOf(cfe).orElseThrow());
		assertSame(cfe, index.directorateOf(organisation("CFE.SpecialistChildrensServices", Owner.class)).orElseThrow());
		assertSame(cfe, index.directorateOf(organisation("CFE.MdCfe", Owner.class)).orElseThrow());
		assertSame(cfe, index.directorateOf(organisation("RosalindTurner", Owner.class)).orElseThrow());
		assertTrue(index.directorateOf(organisation("CabinetMemberCfe", Owner.class)).isEmpty());
		assertTrue(index.directorateOf(organisation("SarahHohler", Owner.class)).isEmpty());
	}

	@Test
	void aCommitmentsAimsAreThoseItNamesOrThoseOfWhereItAppears() {
		assertEquals(List.of("Disadvantage"), map(index.aimsOf(commitment("P2")), Aim::getName));
		assertEquals(List.of("Citizen", "Disadvantage"), map(index.aimsOf(commitment("R3")), Aim::getName));
		assertEquals(List.of("Disadvantage", "Economy"), map(index.aimsOf(commitment("D3")), Aim::getName));
		assertEquals(List.of("Economy"), map(index.aimsOf(commitment("S5")), Aim::getName));
	}

	@Test
	void appearancesAndDependenciesAreFoundFromWhatTheyPointAt() throws Exception {
		Files.writeString(folder.resolve("depends.plan"), """
				module kent.depends
				import kent.boldsteps.BoldSteps.*
				plan Later "A later plan" {
					commitment X1 "Depends on V1" { depends on V1 statement "We will." }
				}
				""");
		index = TraceIndex.of(PlanFixtures.load(folder).modules());
		assertEquals(List.of("kent.depends.Later.X1"), names(index.dependents(commitment("V1"))));
		var mostVulnerable = element("kent.boldsteps.BoldSteps.Ch5.MostVulnerable",
				org.throughline.model.plan.Section.class);
		assertEquals(List.of("R3", "V1", "V3", "V6"),
				map(index.appearancesIn(mostVulnerable), a -> ((Commitment) a.eContainer()).getName()));
	}

	@Test
	void anUnresolvedOwnerOwnsNothing() throws Exception {
		Files.writeString(folder.resolve("dangling.plan"), """
				module kent.dangling
				plan Dangling "A plan with a broken link" {
					commitment X1 "Owned by nobody that exists" { owner lead Nowhere statement "We will." }
				}
				""");
		var workspace = PlanFixtures.load(folder);
		assertFalse(workspace.diagnostics().isEmpty());
		index = TraceIndex.of(workspace.modules());
		Commitment x1 = element("kent.dangling.Dangling.X1", Commitment.class);
		assertEquals(1, x1.getOwnerships().size());
		assertFalse(CommitmentFacts.owned(x1));
		assertTrue(index.owners().stream().allMatch(TraceIndex::resolved));
	}
}
