package org.throughline.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.tests.validation.ValidationInjectorProvider;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.dsl.workspace.PlanDiagnostic;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * A typo costs one finding: the parser resumes at the next thing the block can say, so the rest of the file keeps
 * its elements, links and findings; findings the mistake would make false are held back, every other one stays.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class SyntaxRecoveryTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	private List<String> findings() throws IOException {
		return Fixtures.load(injector, folder).diagnostics().stream().map(d -> d.format(folder)).toList();
	}

	private void replace(String file, String text, String with) throws IOException {
		Path path = folder.resolve(file);
		String before = Files.readString(path);
		assertTrue(before.contains(text), text);
		Files.writeString(path, before.replaceFirst(java.util.regex.Pattern.quote(text), with));
	}

	@Test
	void aWordTypedIntoACommitmentCostsOneFindingAndEveryOtherFindingStays() throws IOException {
		Fixtures.boldSteps(folder);
		List<String> clean = findings();
		replace("bold-steps.plan", "commitment B2 \"A new relationship with business through the Local Enterprise Partnership\" {\n\t\tkind deliver",
				"commitment B2 \"A new relationship with business through the Local Enterprise Partnership\" {\n\t\tkind deliver oops");
		List<String> typo = new ArrayList<>(findings());
		assertEquals(clean.size() + 1, typo.size(), String.join("\n", typo));
		List<String> syntax = typo.stream().filter(f -> f.contains(" error " + IssueCodes.SYNTAX + ": ")).toList();
		assertEquals(List.of("bold-steps.plan:436:16: error syntax: 'oops' is not part of the commitment 'B2' here; "
				+ "a commitment can say: kind, statement, aim, theme, area, condition, depends on, appears in, owner, "
				+ "measured by, milestone, funding, not measurable because, status, update, source, or end with '}'"), syntax);
		typo.removeAll(syntax);
		assertEquals(clean, typo);
	}

	@Test
	void whatTheSkippedTextSaidIsNotReportedMissing() throws IOException {
		Files.writeString(folder.resolve("plan.plan"), """
				module test.recovery
				plan P "P" {
					period 2011/12 to 2014/15
					aim Served "Served by C only"
					aim Unserved "Served by nothing"
					commitment C "C" {
						kind deliver
						aim Served, "not a name"
						not measurable because "it is a test"
					}
					commitment D "D" {
						kind deliver
						condition "We will too."
						not measurable because "it is a test"
					}
				}
				""");
		List<String> found = findings();
		assertEquals(List.of(
				"plan.plan:5:6: warning aim-without-commitment: No commitment serves the aim 'Unserved'",
				"plan.plan:8:15: error syntax: The quoted text \"not a name\" cannot stand here in the commitment 'C'; write a name",
				"plan.plan:11:13: warning commitment-without-aim-or-theme: The commitment 'D' serves no aim and belongs to no theme",
				"plan.plan:11:13: warning commitment-without-owner: The commitment 'D' has no owner"),
				found, String.join("\n", found));
	}

	@Test
	void aRunOfMistakesIsOneFinding() throws IOException {
		Files.writeString(folder.resolve("plan.plan"), """
				module test.recovery
				plan P "P" {
					commitment C "C" {
						kind deliver oops oops oops 12 % % "text"
						kind deliver
						not measurable because "it is a test"
					}
				}
				""");
		List<PlanDiagnostic> errors = Fixtures.load(injector, folder).diagnostics().stream()
				.filter(d -> d.severity() == PlanDiagnostic.Severity.ERROR).toList();
		assertEquals(1, errors.size(), errors.toString());
		assertEquals(IssueCodes.SYNTAX, errors.get(0).code());
		assertEquals(4, errors.get(0).line());
	}
}
