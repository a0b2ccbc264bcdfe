package org.throughline.dsl.tests.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.PlanRuntimeModule;
import org.throughline.dsl.PlanStandaloneSetup;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.examples.ExampleProject;
import org.throughline.model.values.CalendarDate;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Findings that depend on time are judged on the as-at date, never on the machine's clock: the same files and the
 * same as-at date give the same findings, byte for byte, with the clock fixed years apart.
 */
class AsAtTest {

	@TempDir
	Path temp;

	private static Injector withClockAt(LocalDate today) {
		return new PlanStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(new PlanRuntimeModule() {
					@Override
					public Clock bindClock() {
						return Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneId.of("UTC"));
					}
				});
			}
		}.createInjectorAndDoEMFRegistration();
	}

	private static String findings(Injector injector, Path folder, CalendarDate asAt) throws Exception {
		PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class).overrideAsAt(asAt).load(folder);
		return String.join("\n", workspace.diagnostics().stream().map(d -> d.format(folder)).toList());
	}

	@Test
	void theSameFilesAndAsAtDateGiveTheSameFindingsWhateverTheClock() throws Exception {
		Path bold = temp.resolve("bold");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(bold);
		Path walkthrough = temp.resolve("walkthrough");
		ExampleProject.MONITORING_WALKTHROUGH.copyTo(walkthrough);
		Injector in2011 = withClockAt(LocalDate.of(2011, 1, 1));
		Injector in2040 = withClockAt(LocalDate.of(2040, 1, 1));
		for (Path folder : List.of(bold, walkthrough)) {
			assertEquals(findings(in2011, folder, null), findings(in2040, folder, null), folder.toString());
			CalendarDate later = CalendarDate.valueOf("2013-06-01");
			assertEquals(findings(in2011, folder, later), findings(in2040, folder, later), folder.toString());
		}
	}

	@Test
	void aLaterAsAtDateOwesTheActualsOfThePeriodsThatHaveEnded() throws Exception {
		Path bold = temp.resolve("bold");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(bold);
		Injector injector = withClockAt(LocalDate.of(2011, 1, 1));
		String declared = findings(injector, bold, null);
		String moved = findings(injector, bold, CalendarDate.valueOf("2013-06-01"));
		assertTrue(!declared.contains("missing-actual"), "as at 8 December 2010 no year of the plan has ended");
		// Its one actual, 344 (Agenda line 3177), is undated: it is an actual, but it cannot count for a year.
		assertTrue(moved.contains("warning missing-actual: The indicator 'KccApprentices' has no dated actual for 2011/12"
				+ " and 2012/13, which have ended; its one undated actual cannot be placed in a period: give it 'for' a"
				+ " period or 'on' a date"), moved);
	}

	@Test
	void theWalkthroughHasNoFindings() throws Exception {
		Path walkthrough = temp.resolve("walkthrough");
		ExampleProject.MONITORING_WALKTHROUGH.copyTo(walkthrough);
		assertEquals("", findings(withClockAt(LocalDate.of(2011, 1, 1)), walkthrough, null));
	}
}
