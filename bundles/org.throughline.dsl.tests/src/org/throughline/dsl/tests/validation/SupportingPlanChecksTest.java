package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The strategies and plans a council plan relies on ("supported by") are in force while it is. The plans and dates
 * are illustrative.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class SupportingPlanChecksTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	private static final String DOCUMENTS = """
			module test.supporting

			investment-plan Housing "Housing Investment Plan 2020 to 2025" in force from 2020-04-01 until 2025-03-31
			strategy Old "Economic Strategy 2015 to 2020" in force until 2020-03-31
			delivery-plan Later "Delivery Plan 2026 onwards" in force from 2026-04-01
			local-plan Local "Local Plan" in force from 2015-01-01
			report Note "A report"

			""";

	@Test
	void aSupportingPlanEndedBeforeThePlanOrBegunAfterItIsReportedWhereItIsNamed() throws Exception {
		Findings.write(folder, "plan.plan", DOCUMENTS + """
				plan P "Council Plan" {
					period 2022/23 to 2023/24
					supported by Housing, Old, Later, Local, Note
				}
				""");
		assertEquals(List.of(
				"plan.plan:11:24+3 warning supporting-plan-not-in-force: The plan 'P' is supported by 'Old', which is"
						+ " in force until 2020-03-31, before the plan's period (2022/23 to 2023/24) begins",
				"plan.plan:11:29+5 warning supporting-plan-not-in-force: The plan 'P' is supported by 'Later', which"
						+ " is in force from 2026-04-01, after the plan's period (2022/23 to 2023/24) ends"),
				Findings.of(injector, folder, IssueCodes.SUPPORTING_PLAN_NOT_IN_FORCE));
	}

	@Test
	void asAtTheAsAtDateASupportingPlanThatHasEndedIsReported() throws Exception {
		Findings.write(folder, "plan.plan", DOCUMENTS + """
				plan P "Council Plan" {
					period 2024/25 to 2025/26
					as at 2025-06-30
					supported by Housing, Local
				}
				""");
		assertEquals(List.of("plan.plan:12:15+7 warning supporting-plan-not-in-force: The plan 'P' is supported by"
				+ " 'Housing', which was in force until 2025-03-31: as at 2025-06-30 the plan relies on a document no"
				+ " longer in force"), Findings.of(injector, folder, IssueCodes.SUPPORTING_PLAN_NOT_IN_FORCE));
	}

	@Test
	void withNoAsAtDateAndWithinThePeriodNothingIsReported() throws Exception {
		Findings.write(folder, "plan.plan", DOCUMENTS + """
				plan P "Council Plan" {
					period 2024/25 to 2025/26
					supported by Housing, Local
				}
				""");
		assertEquals(List.of(), Findings.of(injector, folder, IssueCodes.SUPPORTING_PLAN_NOT_IN_FORCE));
	}

	@Test
	void aDocumentInForceUntilBeforeItIsInForceFromIsAnError() throws Exception {
		Findings.write(folder, "plan.plan", """
				module test.supporting

				strategy Backwards "Strategy" in force from 2025-04-01 until 2020-03-31
				""");
		assertEquals(List.of("plan.plan:3:62+10 error period-reversed: The document 'Backwards' is in force until"
				+ " 2020-03-31, before it is in force from 2025-04-01"),
				Findings.of(injector, folder, IssueCodes.PERIOD_REVERSED));
	}
}
