package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Commitments serve aims or belong to themes, and aims are served by commitments, directly or through the plan's
 * parts.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class StructureChecksTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@BeforeEach
	void writePlan() throws Exception {
		Findings.write(folder, "structure.plan", """
				module test.structure

				plan P "Plan" {
					period 2011/12 to 2014/15
					aim Direct "Served directly"
					aim ThroughTheme "Served through a theme"
					aim ThroughChapter "Served through a section of a chapter"
					aim Unserved "Served by no commitment"
					aim ThemeOnly "Served by a theme that has no commitment"
					theme Residents "Bold Steps for Residents" { serves ThroughTheme }
					theme Empty "A theme no commitment is in" { serves ThemeOnly }
					chapter Ch2 2 "Driving economic prosperity" {
						serves ThroughChapter
						section Homes "Building homes and communities"
					}
					chapter Ch1 1 "The need for a new approach"
					commitment WithAim "Has an aim" { aim Direct }
					commitment InTheme "Appears in a theme" { appears in Residents }
					commitment InSection "Appears in a section of a chapter that serves an aim" { appears in Ch2.Homes }
					commitment InPlainChapter "Appears only in a chapter that serves no aim" { appears in Ch1 }
					commitment Loose "Belongs nowhere" { kind deliver }
				}
				""");
	}

	@Test
	void aCommitmentThatServesNoAimAndBelongsToNoThemeIsReported() throws Exception {
		assertEquals(List.of(
				"structure.plan:20:13+14 warning commitment-without-aim-or-theme: The commitment 'InPlainChapter' serves"
						+ " no aim and belongs to no theme",
				"structure.plan:21:13+5 warning commitment-without-aim-or-theme: The commitment 'Loose' serves no aim and"
						+ " belongs to no theme"),
				Findings.of(injector, folder, IssueCodes.COMMITMENT_WITHOUT_AIM_OR_THEME));
	}

	@Test
	void anAimThatNoCommitmentServesIsReported() throws Exception {
		assertEquals(List.of(
				"structure.plan:8:6+8 warning aim-without-commitment: No commitment serves the aim 'Unserved'",
				"structure.plan:9:6+9 warning aim-without-commitment: No commitment serves the aim 'ThemeOnly'"),
				Findings.of(injector, folder, IssueCodes.AIM_WITHOUT_COMMITMENT));
	}

	@Test
	void anAimServedFromAnotherFileIsNotReported() throws Exception {
		Findings.write(folder, "more.plan", """
				module test.more

				plan Q "Another plan" {
					commitment ServesUnserved "Serves an aim of the first plan" { aim test.structure.P.Unserved }
				}
				""");
		assertEquals(List.of(
				"structure.plan:9:6+9 warning aim-without-commitment: No commitment serves the aim 'ThemeOnly'"),
				Findings.of(injector, folder, IssueCodes.AIM_WITHOUT_COMMITMENT));
	}
}
