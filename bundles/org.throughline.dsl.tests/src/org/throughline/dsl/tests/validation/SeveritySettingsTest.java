package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.settings.ProjectSettings;
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The severities of one project's findings come from the throughline.settings file at the root of its plan folder,
 * as the command line sees them in {@code PlanWorkspace.diagnostics()} (plans from resources/validation/ownership).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class SeveritySettingsTest {

	private static final String UNOWNED = "plan.plan:19:13: %s commitment-without-owner: The commitment 'Unowned' has no"
			+ " owner; its aim 'Economy' is delivered by 'Enterprise'";
	private static final String ORPHAN = "plan.plan:22:13: %s commitment-without-owner: The commitment 'Orphan' has no"
			+ " owner";
	private static final String SUPPORTED = "plan.plan:25:13: %s commitment-without-lead: The commitment 'Supported' has"
			+ " no lead owner: its owners only support it or answer for it politically";
	private static final String ACCOUNTABLE = "plan.plan:29:13: %s commitment-without-lead: The commitment 'Accountable'"
			+ " has no lead owner: its owners only support it or answer for it politically";

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	private List<String> diagnostics(Path root, String... codes) throws IOException {
		Set<String> wanted = Set.of(codes);
		return Fixtures.load(injector, root).diagnostics().stream().filter(d -> wanted.contains(d.code()))
				.map(d -> d.format(root)).toList();
	}

	private void settings(String text) throws IOException {
		Files.writeString(folder.resolve(ProjectSettings.FILE_NAME), text);
	}

	@Test
	void withoutASettingsFileEveryRuleHasItsDefaultSeverity() throws Exception {
		Fixtures.copy("validation/ownership", folder);
		assertEquals(List.of(UNOWNED.formatted("warning"), ORPHAN.formatted("warning"), SUPPORTED.formatted("warning"),
				ACCOUNTABLE.formatted("warning")),
				diagnostics(folder, IssueCodes.COMMITMENT_WITHOUT_OWNER, IssueCodes.COMMITMENT_WITHOUT_LEAD));
	}

	@Test
	void aSettingChangesTheSeverityOfOneRule() throws Exception {
		Fixtures.copy("validation/ownership", folder);
		settings("""
				# Every commitment of this plan must have an owner before it goes to Cabinet.
				commitment-without-owner = error
				""");
		assertEquals(List.of(UNOWNED.formatted("error"), ORPHAN.formatted("error"), SUPPORTED.formatted("warning"),
				ACCOUNTABLE.formatted("warning")),
				diagnostics(folder, IssueCodes.COMMITMENT_WITHOUT_OWNER, IssueCodes.COMMITMENT_WITHOUT_LEAD));
	}

	@Test
	void aRuleSetToIgnoreIsSwitchedOff() throws Exception {
		Fixtures.copy("validation/ownership", folder);
		settings("commitment-without-lead = ignore\n");
		assertEquals(List.of(UNOWNED.formatted("warning"), ORPHAN.formatted("warning")),
				diagnostics(folder, IssueCodes.COMMITMENT_WITHOUT_OWNER, IssueCodes.COMMITMENT_WITHOUT_LEAD));
	}

	@Test
	void filesInSubfoldersTakeTheSettingsAtTheRootOfThePlanFolder() throws Exception {
		Fixtures.copy("validation/ownership", folder.resolve("plans"));
		settings("commitment-without-owner = info\n");
		assertEquals(List.of("plans/" + UNOWNED.formatted("info"), "plans/" + ORPHAN.formatted("info")),
				diagnostics(folder, IssueCodes.COMMITMENT_WITHOUT_OWNER));
	}

	@Test
	void anEditedSettingsFileIsReadAgain() throws Exception {
		Fixtures.copy("validation/ownership", folder);
		settings("commitment-without-owner = error\n");
		assertEquals(List.of(UNOWNED.formatted("error"), ORPHAN.formatted("error")),
				diagnostics(folder, IssueCodes.COMMITMENT_WITHOUT_OWNER));
		settings("commitment-without-owner = ignore\n# owners are assigned after Cabinet\n");
		assertEquals(List.of(), diagnostics(folder, IssueCodes.COMMITMENT_WITHOUT_OWNER));
	}

	@Test
	void aMalformedSettingsFileIsReportedWhereItIsWrongAndItsGoodLinesStillApply() throws Exception {
		Fixtures.copy("validation/ownership", folder);
		settings("""
				# severities for this plan
				commitment-without-owner = error
				commitment-without-ownr = warning
				owner-not-in-force = fatal
				aim-without-commitment
				commitment-without-owner = info
				late-response: ignore
				commitment-without-lead INFO
				""");
		assertEquals(List.of(
				"plan.plan:19:13: error commitment-without-owner: The commitment 'Unowned' has no owner; its aim 'Economy'"
						+ " is delivered by 'Enterprise'",
				"plan.plan:22:13: error commitment-without-owner: The commitment 'Orphan' has no owner",
				"plan.plan:25:13: info commitment-without-lead: The commitment 'Supported' has no lead owner: its owners"
						+ " only support it or answer for it politically",
				"plan.plan:29:13: info commitment-without-lead: The commitment 'Accountable' has no lead owner: its owners"
						+ " only support it or answer for it politically",
				"throughline.settings:3:1: error invalid-settings: 'commitment-without-ownr' is not an issue code; did you"
						+ " mean 'commitment-without-owner'?",
				"throughline.settings:4:22: error invalid-settings: 'fatal' is not a severity for 'owner-not-in-force':"
						+ " write error, warning, info or ignore",
				"throughline.settings:5:1: error invalid-settings: 'aim-without-commitment' has no severity: write"
						+ " 'aim-without-commitment = error', warning, info or ignore",
				"throughline.settings:6:1: error invalid-settings: 'commitment-without-owner' is already set on line 2;"
						+ " that setting counts and this one is ignored"),
				diagnostics(folder, IssueCodes.COMMITMENT_WITHOUT_OWNER, IssueCodes.COMMITMENT_WITHOUT_LEAD,
						IssueCodes.INVALID_SETTINGS));
	}

	@Test
	void aSettingsFileThatIsNotTextIsReportedAndTheDefaultsApply() throws Exception {
		Fixtures.copy("validation/ownership", folder);
		Files.write(folder.resolve(ProjectSettings.FILE_NAME),
				"commitment-without-owner = error # r\u00e9sum\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(List.of(UNOWNED.formatted("warning"), ORPHAN.formatted("warning"),
				"throughline.settings:0:0: error invalid-settings: The settings file is not UTF-8 text; save it as UTF-8"),
				diagnostics(folder, IssueCodes.COMMITMENT_WITHOUT_OWNER, IssueCodes.INVALID_SETTINGS));
	}

	@Test
	void aContinuedLineAndALineWithoutCodeAreReported() {
		ProjectSettings settings = ProjectSettings.parse(Path.of(ProjectSettings.FILE_NAME),
				"late-response = \\\n  ignore\n! a comment in the other style\n= warning\n",
				Set.of(IssueCodes.LATE_RESPONSE));
		assertEquals("[SettingsProblem[line=1, column=17, message=A setting cannot continue on the next line: write"
				+ " '<issue-code> = <severity>' on one line], SettingsProblem[line=4, column=1, message=A setting starts"
				+ " with the issue code: write '<issue-code> = <severity>']]", settings.problems().toString());
		assertEquals(0, settings.severities().size());
	}
}
