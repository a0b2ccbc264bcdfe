package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.trace.tests.fixtures.PlanFixtures.replace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.examples.ExampleProject;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** {@code throughline diff}: two folders, or git revisions of one, compared as text, JSON or HTML. */
class DiffCommandTest {

	private static final String S2_BEFORE = "at least another 350 apprentices over the next four years.";
	private static final String S2_AFTER = "at least another 400 apprentices over the next four years.";
	private static final String R1 = "\tcommitment R1 \"Develop place based commissioning of local services through new Locality Boards\" {";

	@TempDir
	Path temp;

	/** A copy of the Bold Steps example, and the same with S2's statement edited and R1 removed. */
	private Path[] boldStepsTwice() throws Exception {
		Path older = temp.resolve("cabinet");
		Path newer = temp.resolve("final");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(older);
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(newer);
		Path plan = newer.resolve("bold-steps.plan");
		replace(plan, S2_BEFORE, S2_AFTER);
		String text = Files.readString(plan);
		int start = text.indexOf(R1);
		int end = text.indexOf("\n\t}\n", start) + "\n\t}\n".length();
		Files.writeString(plan, text.substring(0, start) + text.substring(end));
		return new Path[] { older, newer };
	}

	@Test
	void theExampleWithS2EditedAndR1RemovedShowsExactlyThoseTwoChanges() throws Exception {
		Path[] versions = boldStepsTwice();
		Run run = Run.of("diff", versions[0].toString(), versions[1].toString());
		assertEquals(0, run.code(), run.err());
		assertEquals(List.of(
				"Changes from " + versions[0] + " to " + versions[1] + ": 0 added, 1 removed, 0 renamed, 1 changed",
				"removed kent.boldsteps.BoldSteps.R1 (commitment \u201cDevelop place based commissioning of local services"
						+ " through new Locality Boards\u201d)",
				"changed kent.boldsteps.BoldSteps.S2 (commitment \u201cEmploy at least another 350 apprentices through the"
						+ " Kent Success Apprenticeship scheme\u201d): statement",
				"  statement: KCC will employ, through our Kent Success Apprenticeship scheme, at least another [-350-]"
						+ " {+400+} apprentices over the next four years."),
				run.outLines());
		assertTrue(run.clean(), run.err());
	}

	@Test
	void theExampleWithS2EditedAndR1RemovedAsJson() throws Exception {
		Path[] versions = boldStepsTwice();
		Run run = Run.of("diff", versions[0].toString(), versions[1].toString(), "--format", "json");
		assertEquals(0, run.code(), run.err());
		String before = "KCC will employ, through our Kent Success Apprenticeship scheme, " + S2_BEFORE;
		String after = "KCC will employ, through our Kent Success Apprenticeship scheme, " + S2_AFTER;
		assertEquals("""
				{
				  "old": "%s",
				  "new": "%s",
				  "added": [],
				  "removed": ["kent.boldsteps.BoldSteps.R1"],
				  "renamed": [],
				  "changed": [
				    {"name": "kent.boldsteps.BoldSteps.S2", "kind": "commitment", "fields": ["statement"],
				      "changes": [
				        {"field": "statement", "before": ["%s"], "after": ["%s"]}
				      ]}
				  ]
				}
				""".formatted(versions[0], versions[1], before, after), run.out());
	}

	@Test
	void noChangeIsSaidAndStillExitsZero() throws Exception {
		Path older = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("old"));
		Path newer = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("new"));
		Run text = Run.of("diff", older.toString(), newer.toString());
		assertEquals(0, text.code(), text.err());
		assertEquals(List.of("No changes from " + older + " to " + newer + "."), text.outLines());
		Run json = Run.of("diff", older.toString(), newer.toString(), "--format=json");
		assertTrue(json.out().contains("\"added\": [],\n  \"removed\": [],\n  \"renamed\": [],\n  \"changed\": []\n}"),
				json.out());
	}

	@Test
	void theSameInputGivesTheSameBytes() throws Exception {
		Path[] versions = boldStepsTwice();
		for (String format : List.of("text", "json", "html")) {
			Run first = Run.of("diff", versions[0].toString(), versions[1].toString(), "--format", format);
			Run second = Run.of("diff", versions[0].toString(), versions[1].toString(), "--format", format);
			assertEquals(first.out(), second.out(), format);
		}
	}

	@Test
	void htmlIsOnePageWrittenWholeToOut() throws Exception {
		Path[] versions = boldStepsTwice();
		Path page = temp.resolve("changes.html");
		Run run = Run.of("diff", versions[0].toString(), versions[1].toString(), "--format", "html", "-o", page.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals("", run.out());
		String html = Files.readString(page);
		assertTrue(html.startsWith("<!DOCTYPE html>"), html);
		assertTrue(html.contains("<del>350</del> <ins>400</ins>"), html);
		assertTrue(html.contains("<h2>Commitments removed</h2>"), html);
		assertTrue(html.contains("Develop place based commissioning of local services through new Locality Boards"), html);
	}

	@Test
	void gitRevisionsOfTheFolderAreComparedWithoutAGitProgram() throws Exception {
		Path repository = Files.createDirectory(temp.resolve("repository"));
		Path plans = PlanFixtures.copy(PlanFixtures.KENT, repository.resolve("plans"));
		Files.writeString(repository.resolve("README.md"), "The plan, as the policy unit keeps it.\n");
		PersonIdent unit = new PersonIdent("Policy Unit", "policy.unit@kent.gov.uk");
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("Cabinet version").setAuthor(unit).setCommitter(unit).setSign(false).call();
			git.tag().setName("cabinet").call();
			replace(plans.resolve("boldsteps.plan"), "more integrated and resilient", "more integrated, local and resilient");
			git.add().addFilepattern(".").call();
			git.commit().setMessage("Final version").setAuthor(unit).setCommitter(unit).setSign(false).call();
			// the folder as it is now, not yet committed
			replace(plans.resolve("boldsteps.plan"), "owner lead BSS", "owner lead CustomerAndCommunities");
		}
		Run range = Run.of("diff", plans.toString(), "--git", "cabinet..main", "--format", "json");
		assertEquals(0, range.code(), range.err());
		assertTrue(range.out().contains("\"changed\": [\n    {\"name\": \"kent.boldsteps.BoldSteps.V6\", \"kind\": \"commitment\","
				+ " \"fields\": [\"statement\"],"), range.out());
		assertTrue(!range.out().contains("BoldSteps.R6"), "the uncommitted change is not in main: " + range.out());

		Run sinceHead = Run.of("diff", plans.toString(), "--git", "HEAD");
		assertEquals(0, sinceHead.code(), sinceHead.err());
		assertEquals("changed kent.boldsteps.BoldSteps.R6 (commitment \u201cPublish salaries, performance and spending\u201d): owners",
				sinceHead.outLines().get(1));
		assertEquals(2 + 1, sinceHead.outLines().size(), sinceHead.out());

		Run firstCommit = Run.of("diff", plans.toString(), "--git", "HEAD~1..HEAD~1");
		assertEquals(List.of("No changes from HEAD~1 to HEAD~1."), firstCommit.outLines());
	}

	@Test
	void badUsageAndUnreadableInputExitTwoWithOneLine() throws Exception {
		Path plans = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("plans"));
		assertNull(new FileRepositoryBuilder().findGitDir(plans.toFile()).getGitDir(),
				"the test's folder must not be inside a git repository");
		Path missing = temp.resolve("missing");
		List<List<String>> cases = List.of(List.of("diff", plans.toString()),
				List.of("diff", plans.toString(), plans.toString(), "--git", "HEAD"),
				List.of("diff", plans.toString(), "--git", "..HEAD"),
				List.of("diff", plans.toString(), plans.toString(), "--format", "csv"),
				List.of("diff", plans.toString(), missing.toString()),
				List.of("diff", plans.toString(), "--git", "HEAD"));
		for (List<String> args : cases) {
			Run run = Run.of(args.toArray(String[]::new));
			assertEquals(2, run.code(), args + ": " + run.out() + run.err());
			assertEquals(1, run.errLines().size(), args + ": " + run.err());
			assertTrue(run.clean(), run.err());
			assertEquals("", run.out(), args.toString());
		}
		assertEquals(List.of("throughline: " + plans + " is not in a git repository, so it has no revision HEAD"),
				Run.of("diff", plans.toString(), "--git", "HEAD").errLines());
		try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
			Run unknown = Run.of("diff", plans.toString(), "--git", "consultation-draft");
			assertEquals(2, unknown.code());
			assertEquals(List.of("throughline: the git repository of " + plans + " has no revision consultation-draft"),
					unknown.errLines());
		}
	}
}
