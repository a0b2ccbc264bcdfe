package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.throughline.trace.tests.fixtures.PlanFixtures.replace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/**
 * A plan that names the version it was consulted on has its replies checked against what changed since: a reply
 * that says it changed what did not change, and a change that nothing in the consultation explains.
 */
class ConsultedVersionTest {

	private static final String CODES = "reply-changed-unchanged|change-without-reply|consulted-version-unreadable";

	@TempDir
	Path temp;

	/** The Kent fixture as consulted on, and a later version that names it. */
	private Path later(String consultedOn) throws Exception {
		PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("consultation-draft"));
		Path plans = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("cabinet"));
		replace(plans.resolve("boldsteps.plan"), "\tstage cabinet\n", "\tstage cabinet\n\tconsulted on \"" + consultedOn + "\"\n");
		return plans;
	}

	private static List<String> findings(Run run) {
		return run.outLines().stream().filter(l -> l.matches(".*: (error|warning|info) (" + CODES + "): .*")).toList();
	}

	@Test
	void aReplyThatChangedNothingAndAChangeNothingExplainsAreReported() throws Exception {
		Path plans = later("../consultation-draft");
		// R3 changed as its reply says; P2's reply says it changed P2, which is as it was; V6 changed unexplained
		replace(plans.resolve("boldsteps.plan"), "reducing duplication in assessment processes",
				"reducing duplication and speeding up assessment processes");
		replace(plans.resolve("boldsteps.plan"), "more integrated and resilient", "more integrated, local and resilient");
		Run run = Run.of("validate", plans.toString());
		assertEquals(0, run.code(), run.out() + run.err());
		List<String> findings = findings(run);
		assertEquals(2, findings.size(), run.out());
		assertTrue(findings.get(0).matches("boldsteps\\.plan:\\d+:\\d+: info change-without-reply: Commitment "
				+ "kent\\.boldsteps\\.BoldSteps\\.V6 \\(“Restructure social services”\\) changed \\(statement\\) since "
				+ "\\.\\./consultation-draft, the version consulted on, and no reply says it changed it"), findings.get(0));
		assertTrue(findings.get(1).matches("consultation\\.plan:\\d+:\\d+: warning reply-changed-unchanged: The reply to "
				+ "PoscFreeSchools says it changed commitment kent\\.boldsteps\\.BoldSteps\\.P2 \\(“Support quality and choice "
				+ "from a diverse range of providers”\\), which is the same as in \\.\\./consultation-draft, the version consulted on"),
				findings.get(1));
		// at the reply, on its line of the file
		int line = Integer.parseInt(findings.get(1).split(":")[1]);
		assertTrue(Files.readAllLines(plans.resolve("consultation.plan")).get(line - 1).contains("reply changed"),
				findings.get(1));
	}

	@Test
	void whenTheRepliesMatchWhatChangedNothingIsReported() throws Exception {
		Path plans = later("../consultation-draft");
		replace(plans.resolve("boldsteps.plan"), "reducing duplication in assessment processes",
				"reducing duplication and speeding up assessment processes");
		replace(plans.resolve("boldsteps.plan"), "We will support quality and choice from a diverse range of providers.",
				"We will support quality and choice from a diverse range of providers, including parents who wish to establish Free Schools.");
		Run run = Run.of("validate", plans.toString());
		assertEquals(List.of(), findings(run), run.out());
	}

	@Test
	void withoutAConsultedVersionNothingIsChecked() throws Exception {
		Path plans = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("cabinet"));
		assertEquals(List.of(), findings(Run.of("validate", plans.toString())));
	}

	@Test
	void theSettingsFileSetsTheirSeverities() throws Exception {
		Path plans = later("../consultation-draft");
		replace(plans.resolve("boldsteps.plan"), "more integrated and resilient", "more integrated, local and resilient");
		Files.writeString(plans.resolve("throughline.settings"), "reply-changed-unchanged = error\nchange-without-reply = ignore\n");
		Run run = Run.of("validate", plans.toString());
		assertEquals(1, run.code(), run.out());
		List<String> findings = findings(run);
		assertEquals(2, findings.size(), run.out());
		assertTrue(findings.get(0).contains(": error reply-changed-unchanged: The reply to PoscFreeSchools"), findings.get(0));
		assertTrue(findings.get(1).contains(": error reply-changed-unchanged: The reply to PoscAssessment"), findings.get(1));
	}

	@Test
	void theConsultedVersionMayBeAGitRevision() throws Exception {
		Path repository = Files.createDirectory(temp.resolve("repository"));
		Path plans = PlanFixtures.copy(PlanFixtures.KENT, repository.resolve("plans"));
		PersonIdent unit = new PersonIdent("Policy Unit", "policy.unit@kent.gov.uk");
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("Consultation draft").setAuthor(unit).setCommitter(unit).setSign(false).call();
			git.tag().setName("consultation-draft").call();
		}
		replace(plans.resolve("boldsteps.plan"), "\tstage cabinet\n", "\tstage cabinet\n\tconsulted on \"consultation-draft\"\n");
		replace(plans.resolve("boldsteps.plan"), "reducing duplication in assessment processes",
				"reducing duplication and speeding up assessment processes");
		Run run = Run.of("validate", plans.toString());
		List<String> findings = findings(run);
		assertEquals(1, findings.size(), run.out());
		assertTrue(findings.get(0).contains("warning reply-changed-unchanged: The reply to PoscFreeSchools says it changed "
				+ "commitment kent.boldsteps.BoldSteps.P2"), findings.get(0));
	}

	@Test
	void aConsultedVersionThatCannotBeReadIsReportedWhereItIsNamed() throws Exception {
		Path plans = later("draft-of-october");
		Run run = Run.of("validate", plans.toString());
		List<String> findings = findings(run);
		assertEquals(1, findings.size(), run.out());
		assertTrue(findings.get(0).startsWith("boldsteps.plan:17:"), findings.get(0));
		assertTrue(findings.get(0).contains("warning consulted-version-unreadable: The version consulted on, "
				+ "draft-of-october, cannot be read: " + plans + " is not in a git repository"), findings.get(0));
		assertTrue(run.clean(), run.out() + run.err());
	}
}
