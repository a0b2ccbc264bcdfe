package org.throughline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.values.CalendarDate;
import org.throughline.model.values.Deadline;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Deadlines at the precision people write them ("by 2023", "by summer 2022", "in the first quarter"): each stands for
 * the days it covers, is compared by them, and is shown as written.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DeadlinesTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	private static void assertCovers(String written, String first, String last) {
		Deadline deadline = Deadline.valueOf(written);
		assertEquals(CalendarDate.valueOf(first), deadline.firstDay(), written);
		assertEquals(CalendarDate.valueOf(last), deadline.lastDay(), written);
	}

	@Test
	void eachFormCoversItsDays() {
		assertCovers("2023-08-31", "2023-08-31", "2023-08-31");
		assertCovers("2023", "2023-01-01", "2023-12-31");
		assertCovers("August 2023", "2023-08-01", "2023-08-31");
		assertCovers("Feb 2024", "2024-02-01", "2024-02-29");
		assertCovers("Q1 2023", "2023-01-01", "2023-03-31");
		assertCovers("2023/24 Q1", "2023-04-01", "2023-06-30");
		assertCovers("2023/24", "2023-04-01", "2024-03-31");
		assertCovers("spring 2022", "2022-03-01", "2022-05-31");
		assertCovers("summer 2022", "2022-06-01", "2022-08-31");
		assertCovers("autumn 2022", "2022-09-01", "2022-11-30");
		assertCovers("winter 2022", "2022-12-01", "2023-02-28");
		assertCovers("Q1 2023/24", "2023-04-01", "2023-06-30");
		assertCovers("winter 2023/24", "2023-12-01", "2024-02-29");
	}

	@Test
	void aDeadlineIsShownAsWrittenAndOrderedByTheDayItFallsDue() {
		assertEquals("summer 2022", Deadline.valueOf("summer 2022").toString());
		List<Deadline> sorted = List.of("2023", "summer 2023", "2023-01-15", "2022/23").stream().map(Deadline::valueOf)
				.sorted().toList();
		assertEquals("[2023-01-15, 2022/23, summer 2023, 2023]", sorted.toString());
		IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
				() -> Deadline.valueOf("Smarch 2023"));
		assertTrue(wrong.getMessage().startsWith("'Smarch 2023' is not a deadline: write a day (2023-08-31), a month"),
				wrong.getMessage());
	}

	@Test
	void milestonesAndActionsAreWrittenAsTheCouncilWritesThemAndCheckedByTheDaysTheyCover() throws Exception {
		Files.writeString(folder.resolve("plan.plan"), """
				module test.deadlines

				plan P "A plan for 2022/23 and 2023/24" {
					period 2022/23 to 2023/24
					commitment C "A commitment" {
						milestone "Homes started" by 2023
						milestone "Park open" by summer 2023
						milestone "Hub open" by winter 2023
						milestone "Review" by 2024/25 Q1
						milestone "Second phase" by 2025
						not measurable because "illustrative"
					}
				}

				business plan B "Delivery plan" {
					period 2022/23
					action A "An action" {
						delivers P.C
						by Q1 2023
					}
				}
				""");
		PlanWorkspace workspace = Fixtures.load(injector, folder);
		List<String> findings = workspace.diagnostics().stream()
				.filter(d -> d.severity() == PlanDiagnostic.Severity.ERROR
						|| IssueCodes.MILESTONE_OUTSIDE_PLAN_PERIOD.equals(d.code()))
				.map(d -> d.format(folder)).toList();
		// winter 2023 runs on into 2024 and begins within the plan, which ends on 31 March 2024; 2024/25 Q1 and 2025
		// begin after it
		assertEquals(List.of(
				"plan.plan:9:25: warning milestone-outside-plan-period: The milestone \u201cReview\u201d of the commitment"
						+ " 'C' is due 2024/25 Q1, outside the period of the plan 'P' (2022/23 to 2023/24)",
				"plan.plan:10:31: warning milestone-outside-plan-period: The milestone \u201cSecond phase\u201d of the"
						+ " commitment 'C' is due 2025, outside the period of the plan 'P' (2022/23 to 2023/24)"),
				findings);
	}

	@Test
	void aDeadlineThatIsNoneIsASyntaxErrorThatSaysWhatToWrite() throws Exception {
		Files.writeString(folder.resolve("plan.plan"), """
				module test.deadlines

				plan P "A plan" {
					commitment C "A commitment" {
						milestone "Open" by Smarch 2023
					}
				}
				""");
		PlanWorkspace workspace = Fixtures.load(injector, folder);
		List<String> errors = workspace.diagnostics().stream().filter(d -> d.severity() == PlanDiagnostic.Severity.ERROR)
				.map(d -> d.format(folder)).toList();
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).startsWith("plan.plan:5:23: error"), errors.toString());
		assertTrue(errors.get(0).contains("'Smarch 2023' is not a deadline"), errors.toString());
	}
}
