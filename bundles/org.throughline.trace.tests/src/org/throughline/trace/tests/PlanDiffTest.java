package org.throughline.trace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.trace.tests.fixtures.PlanFixtures.replace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.plan.NamedElement;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.diff.ElementChange;
import org.throughline.trace.diff.FieldChange;
import org.throughline.trace.diff.PlanDiff;
import org.throughline.trace.diff.Rename;
import org.throughline.trace.diff.WordDiff;
import org.throughline.trace.diff.WordDiff.Kind;
import org.throughline.trace.diff.WordDiff.Piece;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/**
 * What changed between two versions of the Kent fixture, each made from the other by editing its text as a policy
 * officer would: every kind of change is found, and only what changed is reported.
 */
class PlanDiffTest {

	private static final String PLAN = "kent.boldsteps.BoldSteps.";

	@TempDir
	Path temp;

	private Path older;
	private Path newer;

	@BeforeEach
	void twoCopies() throws Exception {
		older = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("old"));
		newer = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("new"));
	}

	private PlanDiff diff() throws Exception {
		TraceIndex before = TraceIndex.of(PlanFixtures.load(older).modules());
		TraceIndex after = TraceIndex.of(PlanFixtures.load(newer).modules());
		return PlanDiff.between(before, after);
	}

	private static List<String> names(PlanDiff diff, List<NamedElement> elements, boolean old) {
		return elements.stream().map(e -> old ? diff.oldName(e) : diff.newName(e)).toList();
	}

	private static List<String> changedNames(PlanDiff diff) {
		return diff.changed().stream().map(ElementChange::name).toList();
	}

	private static FieldChange field(PlanDiff diff, String element, String field) {
		ElementChange change = diff.change(element).orElseThrow(() -> new AssertionError(element + " did not change"));
		return change.fields().stream().filter(f -> f.field().equals(field)).findFirst()
				.orElseThrow(() -> new AssertionError(element + " has no change of " + field + ": " + change.fieldNames()));
	}

	@Test
	void twoCopiesDoNotDiffer() throws Exception {
		PlanDiff diff = diff();
		assertTrue(diff.isEmpty(), () -> changedNames(diff).toString());
	}

	@Test
	void commentsLayoutAndTheOrderOfElementsAndFilesChangeNothing() throws Exception {
		Path plan = newer.resolve("boldsteps.plan");
		String text = Files.readString(plan);
		// comments added and removed, indentation and line breaks changed, a statement laid out over two lines
		text = text.replace("// Part of Bold Steps for Kent", "/* Part of Bold Steps for Kent */ // ").replace("\n\t", "\n  ")
				.replace("integrated and resilient,", "integrated and\n        resilient,");
		// the first commitment moved to the end of the plan
		int r3 = text.indexOf("  commitment R3 ");
		int r5 = text.indexOf("  commitment R5 ");
		String block = text.substring(r3, r5);
		text = text.substring(0, r3) + text.substring(r5);
		int end = text.lastIndexOf('}');
		text = text.substring(0, end) + block + text.substring(end);
		Files.writeString(plan, text);
		// an indicator moved into a file of its own, in the same module
		Path indicators = newer.resolve("indicators.plan");
		String all = Files.readString(indicators);
		int second = all.indexOf("// The Cabinet report gives");
		Files.writeString(indicators, all.substring(0, second));
		Files.createDirectories(newer.resolve("more"));
		Files.writeString(newer.resolve("more").resolve("indicators-2.plan"), all.substring(0, all.indexOf("indicator KccApprentices"))
				+ all.substring(second));
		PlanDiff diff = diff();
		assertTrue(diff.isEmpty(), () -> "added " + names(diff, diff.added(), false) + " removed "
				+ names(diff, diff.removed(), true) + " changed " + changedNames(diff));
	}

	@Test
	void anEditedStatementIsComparedWordByWord() throws Exception {
		replace(newer.resolve("boldsteps.plan"), "more integrated and resilient", "more integrated, local and resilient");
		PlanDiff diff = diff();
		assertEquals(List.of(PLAN + "V6"), changedNames(diff));
		assertEquals(List.of("statement"), diff.change(PLAN + "V6").orElseThrow().fieldNames());
		List<Piece> words = field(diff, PLAN + "V6", "statement").words();
		assertEquals(new Piece(Kind.REMOVED, "integrated"), words.get(1));
		assertEquals(new Piece(Kind.ADDED, "integrated, local"), words.get(2));
		assertTrue(words.get(0).text().endsWith("so that the service they provide is more"), words.toString());
		assertTrue(words.get(3).text().startsWith("and resilient, and in a better position"), words.toString());
		assertEquals(4, words.size(), words.toString());
		assertTrue(diff.added().isEmpty() && diff.removed().isEmpty() && diff.renamed().isEmpty());
	}

	@Test
	void anEditedTitleIsATitleChangeNotARename() throws Exception {
		replace(newer.resolve("boldsteps.plan"), "commitment V6 \"Restructure social services\"",
				"commitment V6 \"Restructure adult and children's social services\"");
		PlanDiff diff = diff();
		assertEquals(List.of(PLAN + "V6"), changedNames(diff));
		FieldChange title = field(diff, PLAN + "V6", "title");
		assertEquals(List.of(new Piece(Kind.SAME, "Restructure"), new Piece(Kind.ADDED, "adult and children's"),
				new Piece(Kind.SAME, "social services")), title.words());
		assertTrue(diff.renamed().isEmpty());
	}

	@Test
	void aRenamedCommitmentIsRecognisedAndWhatLinksToItIsUnchanged() throws Exception {
		replace(newer.resolve("boldsteps.plan"), "commitment R3 ", "commitment R3a ");
		replace(newer.resolve("consultation.plan"), "concerns R3\n", "concerns R3a\n");
		replace(newer.resolve("consultation.plan"), "changing R3 ", "changing R3a ");
		replace(newer.resolve("inspection.plan"), "addressed by V1, R3", "addressed by V1, R3a");
		PlanDiff diff = diff();
		assertEquals(1, diff.renamed().size());
		Rename rename = diff.renamed().get(0);
		assertEquals(PLAN + "R3", rename.oldName());
		assertEquals(PLAN + "R3a", rename.newName());
		assertEquals("commitment", rename.kind());
		assertFalse(rename.isMove());
		assertEquals(List.of(), names(diff, diff.added(), false));
		assertEquals(List.of(), names(diff, diff.removed(), true));
		assertEquals(List.of(), changedNames(diff), "the response, the reply and the inspection action that name it");
	}

	@Test
	void aUnitMovedIntoAnotherDirectorateIsRecognisedAsMoved() throws Exception {
		Path organisation = newer.resolve("organisation.plan");
		String unit = "\t\tunit YouthOffending \"Youth offending services\" { kind division source Agenda line 1257 }\n";
		replace(organisation, unit, "");
		replace(organisation, "\tunit CustomerAndCommunities \"Customer and Communities\" {\n",
				"\tunit CustomerAndCommunities \"Customer and Communities\" {\n" + unit);
		String text = Files.readString(newer.resolve("boldsteps.plan"));
		Files.writeString(newer.resolve("boldsteps.plan"),
				text.replace(" Communities.YouthOffending", " CustomerAndCommunities.YouthOffending"));
		text = Files.readString(newer.resolve("restructure.plan"));
		Files.writeString(newer.resolve("restructure.plan"),
				text.replace(" Communities.YouthOffending", " CustomerAndCommunities.YouthOffending"));
		PlanDiff diff = diff();
		assertEquals(1, diff.renamed().size(), () -> diff.renamed().toString());
		Rename move = diff.renamed().get(0);
		assertEquals("kent.organisation.KCC.Communities.YouthOffending", move.oldName());
		assertEquals("kent.organisation.KCC.CustomerAndCommunities.YouthOffending", move.newName());
		assertTrue(move.isMove());
		assertEquals(List.of(), changedNames(diff), "the commitment and the moves that name the unit");
		assertTrue(diff.added().isEmpty() && diff.removed().isEmpty());
	}

	@Test
	void ownersRolesAndMilestones() throws Exception {
		replace(newer.resolve("boldsteps.plan"), "owner accountable CabinetMemberCfe", "owner supporting CabinetMemberCfe");
		replace(newer.resolve("boldsteps.plan"), "by 2011-01-10", "by 2011-01-24");
		PlanDiff diff = diff();
		assertEquals(List.of(PLAN + "V1"), changedNames(diff));
		assertEquals(List.of("owners", "milestones"), diff.change(PLAN + "V1").orElseThrow().fieldNames());
		FieldChange owners = field(diff, PLAN + "V1", "owners");
		assertEquals(List.of("role accountable, owner kent.organisation.KCC.CabinetMemberCfe"), owners.removed());
		assertEquals(List.of("role supporting, owner kent.organisation.KCC.CabinetMemberCfe"), owners.added());
		FieldChange milestones = field(diff, PLAN + "V1", "milestones");
		assertEquals(List.of("title \"Improvement plan to Cabinet\", due 2011-01-10"), milestones.before());
		assertEquals(List.of("title \"Improvement plan to Cabinet\", due 2011-01-24"), milestones.after());
	}

	@Test
	void indicatorsTargetsBaselinesAndActuals() throws Exception {
		Path indicators = newer.resolve("indicators.plan");
		replace(indicators, "target at-least 350 by 2015-03-31", "target at-least 400 by 2015-03-31");
		replace(indicators, "\treported annually\n", "\treported annually\n\tactual 120 for 2011/12\n");
		replace(indicators, "baseline 26% on 2010-01-31", "baseline 25% on 2010-01-31");
		PlanDiff diff = diff();
		assertEquals(List.of("kent.indicators.KccApprentices", "kent.indicators.SocialWorkerVacancies"), changedNames(diff));
		assertEquals(List.of("targets", "actuals"),
				diff.change("kent.indicators.KccApprentices").orElseThrow().fieldNames());
		FieldChange targets = field(diff, "kent.indicators.KccApprentices", "targets");
		assertTrue(targets.before().get(0).startsWith("value at least 350, due 2015-03-31"), targets.before().toString());
		assertTrue(targets.after().get(0).startsWith("value at least 400, due 2015-03-31"), targets.after().toString());
		assertEquals(List.of("value 120, period 2011/12"), field(diff, "kent.indicators.KccApprentices", "actuals").added());
		assertEquals(List.of("baseline"), diff.change("kent.indicators.SocialWorkerVacancies").orElseThrow().fieldNames());
	}

	@Test
	void appearancesSupersessionsAndReplies() throws Exception {
		replace(newer.resolve("boldsteps.plan"), "\t\tappears in Residents (Agenda line 2536)\n", "");
		replace(newer.resolve("restructure.plan"), "\t\tsuperseded by YouthOffendingToCc\n", "");
		replace(newer.resolve("consultation.plan"), "reply noted \"Bold Steps for Kent makes a specific commitment",
				"reply changed \"Bold Steps for Kent makes a specific commitment");
		PlanDiff diff = diff();
		// in the order of the files, then of the elements in each
		assertEquals(List.of(PLAN + "R3", "kent.consultation.BoldStepsConsultation.PoscSocialServices",
				"kent.restructure.ChangeToKeepSucceeding.YouthOffendingToFhsc"), changedNames(diff));
		FieldChange appearances = field(diff, PLAN + "R3", "appearances");
		assertEquals(1, appearances.removed().size());
		assertTrue(appearances.removed().get(0).startsWith("in " + PLAN + "Residents, sources (document kent.sources.Agenda, line 2536"),
				appearances.removed().toString());
		assertEquals(List.of("kent.restructure.ChangeToKeepSucceeding.YouthOffendingToCc"),
				field(diff, "kent.restructure.ChangeToKeepSucceeding.YouthOffendingToFhsc", "superseded by").before());
		FieldChange reply = field(diff, "kent.consultation.BoldStepsConsultation.PoscSocialServices", "reply");
		assertTrue(reply.before().get(0).startsWith("outcome noted, text \"Bold Steps"), reply.before().toString());
		assertTrue(reply.after().get(0).startsWith("outcome changed, text \"Bold Steps"), reply.after().toString());
	}

	@Test
	void aLinkToARenamedElementThatWasNotFollowedIsAChange() throws Exception {
		replace(newer.resolve("boldsteps.plan"), "commitment R3 ", "commitment R3a ");
		replace(newer.resolve("consultation.plan"), "concerns R3\n", "concerns R3a\n");
		replace(newer.resolve("consultation.plan"), "changing R3 ", "changing R3a ");
		PlanDiff diff = diff();
		assertEquals(List.of("kent.inspection.OfstedSafeguarding2010.AssessmentQuality"), changedNames(diff));
		FieldChange addressedBy = field(diff, "kent.inspection.OfstedSafeguarding2010.AssessmentQuality", "addressed by");
		assertEquals(List.of(PLAN + "R3a"), addressedBy.removed(), "the old link, read under the new name");
	}

	@Test
	void addedAndRemovedElementsAndNoEchoAtWhatLinkedToTheRemovedOne() throws Exception {
		Path plan = newer.resolve("boldsteps.plan");
		String text = Files.readString(plan);
		int v6 = text.indexOf("\tcommitment V6 ");
		int p2 = text.indexOf("\tcommitment P2 ");
		text = text.substring(0, v6) + text.substring(p2);
		Files.writeString(plan, text);
		replace(plan, "\tcommitment R3 ", """
					commitment R4 "Expand the use of the Kent Card" {
						statement "We will further drive personalisation agenda and expand the use of the visa enabled Kent Card so service users can purchase services to suit their individual needs and requirements."
						appears in Residents (Agenda line 2537)
					}
					commitment R3 \
				""");
		PlanDiff diff = diff();
		assertEquals(List.of(PLAN + "R4"), names(diff, diff.added(), false));
		assertEquals(List.of(PLAN + "V6"), names(diff, diff.removed(), true));
		assertEquals(List.of(), changedNames(diff), "the response that concerns V6 is reported with V6's removal");
		assertTrue(diff.isAdded(diff.added().get(0)));
	}

	@Test
	void wordDiffOfALongTextStaysLinearAtItsEnds() {
		String before = "word ".repeat(5_000) + "old " + "word ".repeat(5_000);
		String after = "word ".repeat(5_000) + "new " + "word ".repeat(5_000);
		List<Piece> pieces = WordDiff.between(before, after);
		assertEquals(List.of(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME), pieces.stream().map(Piece::kind).toList());
		assertEquals("old", pieces.get(1).text());
		assertEquals(List.of(new Piece(Kind.SAME, "one two")), WordDiff.between("one  two", " one\n\ttwo "));
	}
}
