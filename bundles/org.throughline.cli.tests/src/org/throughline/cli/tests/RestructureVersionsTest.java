package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.examples.ExampleProject;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.SourceReference;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.diff.ElementChange;
import org.throughline.trace.diff.PlanDiff;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/**
 * The restructure "Change to keep succeeding" as proposed on 11 October 2010 and as amended on 15 October: the two
 * versions differ by the amendments that Agenda line 144 lists and by nothing else, and each is the Bold Steps
 * example's record of the restructure, read at its date.
 */
class RestructureVersionsTest {

	private static final String RESTRUCTURE = "kent.restructure.ChangeToKeepSucceeding.";

	/** The amendments of Agenda line 144, in the order the restructure lists them. */
	private static final List<String> AMENDMENTS = Stream.of("TransitionDirectorDowngraded",
			"DirectorSupportingPeopleRetitled", "YouthOffendingToCc", "WasteHighwaysMerged",
			"EmergencyPlanningToPlanningEnvironment", "HrItMerged", "ProcurementDowngraded").map(n -> RESTRUCTURE + n).toList();

	/** The moves of 11 October that the amendments superseded. */
	private static final List<String> SUPERSEDED = Stream.of("TransitionDirectorPost", "DirectorSupportingPeoplePost",
			"YouthOffendingToFhsc", "DirectorWastePost", "CorporateDirectorHrPost", "DirectorProcurementPost")
			.map(n -> RESTRUCTURE + n).toList();

	@TempDir
	Path temp;

	private static final String PROPOSED = "proposed-2010-10-11";
	private static final String AMENDED = "amended-2010-10-15";

	private Path copy(ExampleProject project, String name) throws Exception {
		Path folder = temp.resolve(name);
		project.copyTo(folder);
		return folder;
	}

	/** Copies a version of the restructure, {@code projects/change-to-keep-succeeding/VERSION} of the examples bundle. */
	private Path version(String version, String name) throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(ExampleProject.class);
		Enumeration<URL> entries = bundle.findEntries("projects/change-to-keep-succeeding/" + version, "*.plan", false);
		assertNotNull(entries, "the examples bundle has no version " + version);
		Path folder = Files.createDirectories(temp.resolve(name));
		for (URL entry : Collections.list(entries)) {
			try (InputStream in = entry.openStream()) {
				Files.copy(in, folder.resolve(entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1)));
			}
		}
		return folder;
	}

	private static TraceIndex index(Path folder) throws Exception {
		return TraceIndex.of(PlanFixtures.load(folder).modules());
	}

	private static List<String> names(PlanDiff diff, List<NamedElement> elements, boolean old) {
		return elements.stream().map(e -> old ? diff.oldName(e) : diff.newName(e)).filter(n -> n.startsWith(RESTRUCTURE))
				.toList();
	}

	@Test
	void theComparisonShowsTheAmendmentsOfAgendaLine144AndNothingElse() throws Exception {
		Path proposed = version(PROPOSED, PROPOSED);
		Path amended = version(AMENDED, AMENDED);
		PlanDiff diff = PlanDiff.between(index(proposed), index(amended));
		assertEquals(AMENDMENTS, diff.added().stream().map(diff::newName).toList());
		assertEquals(SUPERSEDED, diff.removed().stream().map(diff::oldName).toList());
		assertEquals(List.of(), diff.renamed());
		assertEquals(List.of(), diff.changed().stream().map(ElementChange::name).toList());
		for (NamedElement added : diff.added()) {
			Move move = (Move) added;
			assertEquals("2010-10-15", String.valueOf(move.getProposed()), move.getName());
			assertTrue(move.getSources().stream().anyMatch(RestructureVersionsTest::isAgendaLine144), move.getName());
		}

		Run run = Run.of("diff", proposed.toString(), amended.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals("", run.err(), "both versions read without a finding that is an error");
		assertEquals("Changes from " + proposed + " to " + amended + ": 7 added, 6 removed, 0 renamed, 0 changed",
				run.outLines().get(0));
		assertEquals("added " + RESTRUCTURE + "YouthOffendingToCc (move \u201cyouth offending, along with Kent Drug and"
				+ " Alcohol Team and community safety\u201d)", run.outLines().get(3));
		assertEquals(1 + 7 + 6, run.outLines().size(), run.out());
	}

	private static boolean isAgendaLine144(SourceReference source) {
		return source.getDocument().getName().equals("Agenda") && source.getLine() == 144 && !source.isSetLineEnd();
	}

	@Test
	void eachVersionIsTheExamplesRecordOfTheRestructureAtItsDate() throws Exception {
		Path example = copy(ExampleProject.BOLD_STEPS_FOR_KENT, "bold-steps");
		TraceIndex recorded = index(example);
		// 11 October: none of the amendments of 15 October, and what they later superseded not yet marked so
		PlanDiff toRecord = PlanDiff.between(index(version(PROPOSED, "proposed")), recorded);
		List<String> dated15October = Stream.concat(AMENDMENTS.stream(), Stream.of(RESTRUCTURE + "RetitleEnterprise"))
				.sorted().toList();
		assertEquals(dated15October, names(toRecord, toRecord.added(), false).stream().sorted().toList());
		assertEquals(List.of(), names(toRecord, toRecord.removed(), true));
		List<ElementChange> changed = toRecord.changed().stream().filter(c -> c.name().startsWith(RESTRUCTURE)).toList();
		assertEquals(SUPERSEDED, changed.stream().map(ElementChange::name).toList());
		changed.forEach(c -> assertEquals(List.of("superseded by"), c.fieldNames(), c.name()));
		// 15 October: the record without what was superseded, and without the re-titling that was only raised
		PlanDiff fromRecord = PlanDiff.between(recorded, index(version(AMENDED, "amended")));
		assertEquals(Stream.concat(SUPERSEDED.stream(), Stream.of(RESTRUCTURE + "RetitleEnterprise")).sorted().toList(),
				names(fromRecord, fromRecord.removed(), true).stream().sorted().toList());
		assertEquals(List.of(), names(fromRecord, fromRecord.added(), false));
		assertEquals(List.of(), fromRecord.changed().stream().map(ElementChange::name).filter(n -> n.startsWith(RESTRUCTURE))
				.toList());
	}

	@Test
	void bothVersionsCarryTheExamplesOrganisationAndSources() throws Exception {
		Path example = copy(ExampleProject.BOLD_STEPS_FOR_KENT, "bold-steps");
		for (String version : List.of(PROPOSED, AMENDED)) {
			Path folder = version(version, "copy-of-" + version);
			try (Stream<Path> files = Files.list(folder)) {
				assertEquals(List.of("organisation.plan", "restructure.plan", "sources.plan"),
						files.map(f -> f.getFileName().toString()).sorted().toList());
			}
			for (String file : List.of("organisation.plan", "sources.plan")) {
				assertEquals(Files.readString(example.resolve(file)), Files.readString(folder.resolve(file)),
						version + "/" + file);
			}
		}
	}
}
