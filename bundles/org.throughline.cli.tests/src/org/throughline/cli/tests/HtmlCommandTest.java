package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.commands.HtmlCommand;
import org.throughline.cli.load.LoadedPlan;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.html.SiteGenerator;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** {@code throughline html}: a whole site in OUT, or nothing; never anything outside OUT. */
class HtmlCommandTest {

	@TempDir
	Path temp;

	private Path kent() throws Exception {
		return PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("kent"));
	}

	private static List<String> listing(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void atATerminalTheFilesWrittenAreCountedOnOneLineOfStandardErrorThatIsClearedAtTheEnd() throws Exception {
		Path plans = kent();
		System.setProperty("throughline.progress", "terminal"); // as the launcher says when stderr is a terminal
		Run run;
		try {
			run = Run.of("html", plans.toString(), "-o", temp.resolve("site").toString());
		} finally {
			System.clearProperty("throughline.progress");
		}
		assertEquals(0, run.code(), run.err());
		assertTrue(run.err().startsWith("\rWriting the site's files: 25\rWriting the site's files: 50"), run.err());
		assertTrue(run.err().matches("(?s).*\r +\r"), "the line is cleared at the end: " + run.err());
		assertFalse(run.err().contains("\n"), "one line, written over, and nothing left of it");
		assertTrue(run.out().startsWith("Published "), run.out());
	}

	@Test
	void theSiteIsWrittenIntoOutAndNowhereElse() throws Exception {
		Path plans = kent();
		Path out = temp.resolve("site");
		Run run = Run.of("html", plans.toString(), "-o", out.toString());
		assertEquals(0, run.code(), run.err());
		// one line says what was done: every page counted, the folder as given
		long pages;
		try (var files = Files.walk(out)) {
			pages = files.filter(f -> f.toString().endsWith(".html")).count();
		}
		assertTrue(run.out().matches("Published " + pages + " pages to " + java.util.regex.Pattern.quote(out.toString())
				+ " in \\d+\\.\\d s\\R"), run.out());
		assertEquals("", run.err());
		assertEquals(List.of("kent", "site"), listing(temp));
		assertTrue(Files.readString(out.resolve("index.html")).contains("<meta name=\"generator\" content=\"Throughline\">"));
		assertTrue(Files.exists(out.resolve("commitments/kent.boldsteps.BoldSteps.V1.html")));
		assertTrue(Files.exists(out.resolve("style.css")));
		assertEquals(List.of("boldsteps.plan", "consultation.plan", "indicators.plan", "inspection.plan",
				"organisation.plan", "restructure.plan", "sources", "sources.plan"), listing(plans));
	}

	@Test
	void anEarlierSiteIsReplacedWhole() throws Exception {
		Path plans = kent();
		Path out = temp.resolve("site");
		assertEquals(0, Run.of("html", plans.toString(), "-o", out.toString()).code());
		Files.writeString(out.resolve("commitments/kent.boldsteps.BoldSteps.Gone.html"), "a page of a deleted commitment");
		Run again = Run.of("html", plans.toString(), "-o", out.toString());
		assertEquals(0, again.code(), again.err());
		assertFalse(Files.exists(out.resolve("commitments/kent.boldsteps.BoldSteps.Gone.html")));
		assertEquals(List.of("kent", "site"), listing(temp));
	}

	@Test
	void anOutputThatIsAFileIsRefused() throws Exception {
		Path file = Files.writeString(temp.resolve("site"), "not a folder");
		Run run = Run.of("html", kent().toString(), "-o", file.toString());
		assertEquals(2, run.code());
		assertEquals(List.of("throughline: " + file + " is a file, not a folder; give a new or empty folder for the site"),
				run.errLines());
		assertEquals("not a folder", Files.readString(file));
	}

	@Test
	void aFolderWithOtherFilesIsNeverReplaced() throws Exception {
		Path documents = Files.createDirectory(temp.resolve("documents"));
		Files.writeString(documents.resolve("budget.xlsx"), "keep me");
		Run run = Run.of("html", kent().toString(), "-o", documents.toString());
		assertEquals(2, run.code());
		assertEquals(List.of("throughline: " + documents + " is not empty and does not hold a site; give a new or empty "
				+ "folder, or the folder of an earlier site"), run.errLines());
		assertEquals(List.of("budget.xlsx"), listing(documents));
	}

	@Test
	void theInputFolderItselfIsNeverOverwritten() throws Exception {
		Path plans = kent();
		Run run = Run.of("html", plans.toString(), "-o", plans.toString());
		assertEquals(2, run.code());
		assertEquals(8, listing(plans).size(), "7 plan files and the sources folder");
	}

	@Test
	void anEmptyFolderIsUsed() throws Exception {
		Path out = Files.createDirectory(temp.resolve("site"));
		assertEquals(0, Run.of("html", kent().toString(), "-o", out.toString()).code());
		assertTrue(Files.exists(out.resolve("index.html")));
	}

	@Test
	void aMissingParentFolderIsRefusedAndNotCreated() throws Exception {
		Path out = temp.resolve("no/such/site");
		Run run = Run.of("html", kent().toString(), "-o", out.toString());
		assertEquals(2, run.code());
		assertEquals(List.of("throughline: cannot write " + out + ": the folder " + out.getParent() + " does not exist"),
				run.errLines());
		assertFalse(Files.exists(temp.resolve("no")));
	}

	@Test
	void aPlanWithASyntaxErrorIsPublishedWithItsErrorsAndExitsOne() throws Exception {
		Path plans = kent();
		Files.writeString(plans.resolve("broken.plan"), """
				module kent.broken
				plan Broken "A plan with a mistake" {
					commitment X1 "No closing quote" {
						statement "We will
				}
				""");
		Path out = temp.resolve("site");
		Run run = Run.of("html", plans.toString(), "-o", out.toString());
		assertEquals(1, run.code());
		assertTrue(run.errLines().get(0).startsWith("broken.plan:"), run.err());
		assertEquals("throughline: the plan has 1 error; the site was written all the same",
				run.errLines().get(run.errLines().size() - 1));
		String problems = Files.readString(out.resolve("problems.html"));
		assertTrue(problems.contains("<code>broken.plan:"), problems);
		assertTrue(run.clean());
	}

	@Test
	void unreadableInputWritesNoSite() throws Exception {
		Path plans = kent();
		Files.write(plans.resolve("latin1.plan"), "module kent.latin plan P \"Caf\u00e9\" { }".getBytes(StandardCharsets.ISO_8859_1));
		Path out = temp.resolve("site");
		Run run = Run.of("html", plans.toString(), "-o", out.toString());
		assertEquals(2, run.code());
		assertFalse(Files.exists(out));
		assertEquals("throughline: 1 file could not be read; no site was written", run.errLines().get(1));
		assertEquals(List.of("kent"), listing(temp));
	}

	@Test
	void aMissingPlanFolderWritesNoSite() throws Exception {
		Path out = temp.resolve("site");
		Run run = Run.of("html", temp.resolve("nope").toString(), "-o", out.toString());
		assertEquals(2, run.code());
		assertEquals(List.of("throughline: " + temp.resolve("nope") + " is not a folder: it does not exist"), run.errLines());
		assertFalse(Files.exists(out));
	}

	@Test
	void findingsAppearOnThePageOfTheCommitmentTheyConcern() throws Exception {
		Path plans = kent();
		Files.writeString(plans.resolve("dangling.plan"), """
				module kent.dangling
				plan Dangling "A plan" {
					commitment X1 "Owned by nobody that exists" { owner lead Nowhere }
				}
				""");
		Path out = temp.resolve("site");
		assertEquals(1, Run.of("html", plans.toString(), "-o", out.toString()).code());
		String page = Files.readString(out.resolve("commitments/kent.dangling.Dangling.X1.html"));
		assertTrue(page.contains("<h2 id=\"findings\">Validation findings</h2>"), page);
		assertTrue(page.contains("Couldn&#39;t resolve reference to Owner &#39;Nowhere&#39;. <code>dangling.plan:3:59 "
				+ "org.eclipse.xtext.diagnostics.Diagnostic.Linking</code>"), page);
	}

	@Test
	void theSiteIsTheOneRenderedWhileEveryElementStillKnowsItsPlaceInTheText() throws Exception {
		// publishing lets go of the node model once the findings are located; links that did not resolve stay so
		Path plans = kent();
		Files.writeString(plans.resolve("dangling.plan"), """
				module kent.dangling
				import kent.indicators.*
				plan Dangling "A plan" {
					commitment X1 "Owned by nobody that exists" {
						owner lead Nowhere
						measured by NoSuchIndicator, KccApprentices
					}
				}
				""");
		Path out = temp.resolve("site");
		assertEquals(1, Run.of("html", plans.toString(), "-o", out.toString()).code());

		PlanWorkspace workspace = PlanFixtures.load(plans);
		LoadedPlan held = LoadedPlan.of(plans, workspace, workspace.diagnostics(), TraceIndex.of(workspace.modules()));
		Map<String, String> expected = SiteGenerator.render(HtmlCommand.siteInput(held));
		List<String> written;
		try (Stream<Path> files = Files.walk(out)) {
			written = files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/'))
					.sorted().toList();
		}
		assertEquals(List.copyOf(expected.keySet()), written);
		for (Map.Entry<String, String> file : expected.entrySet()) {
			assertEquals(file.getValue(), Files.readString(out.resolve(file.getKey())), file.getKey());
		}
		assertTrue(Files.readString(out.resolve("commitments/kent.dangling.Dangling.X1.html")).contains("KccApprentices"));
	}

	@Test
	void comparedWithAGitRevisionTheSiteSaysWhatChangedSinceIt() throws Exception {
		Path repository = Files.createDirectory(temp.resolve("repository"));
		Path plans = PlanFixtures.copy(PlanFixtures.KENT, repository.resolve("plans"));
		PersonIdent unit = new PersonIdent("Policy Unit", "policy.unit@kent.gov.uk");
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("Cabinet version").setAuthor(unit).setCommitter(unit).setSign(false).call();
		}
		PlanFixtures.replace(plans.resolve("boldsteps.plan"), "owner lead BSS", "owner lead CustomerAndCommunities");
		Path out = temp.resolve("site");
		Run run = Run.of("html", plans.toString(), "-o", out.toString(), "--compare-with", "HEAD");
		assertEquals(0, run.code(), run.err());
		String changes = Files.readString(out.resolve("changes.html"));
		assertTrue(changes.contains("<h1>What changed since November 2010 (Cabinet Version)</h1>"), changes);
		assertTrue(changes.contains("Publish salaries, performance and spending</a>: <span class=\"change-kind\">changed: owners</span>"),
				changes);
		String r6 = Files.readString(out.resolve("commitments/kent.boldsteps.BoldSteps.R6.html"));
		assertTrue(r6.contains("<del>role lead, owner kent.organisation.KCC.BSS</del>"), r6);
	}

	@Test
	void anEarlierVersionThatCannotBeReadWritesNoSite() throws Exception {
		Path out = temp.resolve("site");
		Run run = Run.of("html", kent().toString(), "-o", out.toString(), "--compare-with", "consultation-draft");
		assertEquals(2, run.code());
		assertEquals(1, run.errLines().size(), run.err());
		assertTrue(run.err().startsWith("throughline: "), run.err());
		assertFalse(Files.exists(out));
	}
}
