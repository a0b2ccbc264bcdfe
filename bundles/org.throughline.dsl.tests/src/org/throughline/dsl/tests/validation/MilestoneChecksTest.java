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

/** A milestone is due within the period of its commitment's plan: 1 April of its first year to 31 March after its last. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class MilestoneChecksTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void aMilestoneDueBeforeOrAfterThePlanPeriodIsReportedAtItsDate() throws Exception {
		Findings.write(folder, "milestones.plan", """
				module test.milestones

				plan P "Plan" {
					period 2011/12 to 2014/15
					commitment C "Commitment" {
						milestone "First day" by 2011-04-01
						milestone "Last day" by 2015-03-31
						milestone "Long after" by 2040-12-31
						milestone "Before" by 2011-03-31
						milestone "Day after" by 2015-04-01
					}
				}
				""");
		assertEquals(List.of(
				"milestones.plan:8:29+10 warning milestone-outside-plan-period: The milestone \u201cLong after\u201d of the"
						+ " commitment 'C' is due 2040-12-31, outside the period of the plan 'P' (2011/12 to 2014/15) [2011-04-01, 2015-03-31]",
				"milestones.plan:9:25+10 warning milestone-outside-plan-period: The milestone \u201cBefore\u201d of the"
						+ " commitment 'C' is due 2011-03-31, outside the period of the plan 'P' (2011/12 to 2014/15) [2011-04-01, 2015-03-31]",
				"milestones.plan:10:28+10 warning milestone-outside-plan-period: The milestone \u201cDay after\u201d of the"
						+ " commitment 'C' is due 2015-04-01, outside the period of the plan 'P' (2011/12 to 2014/15) [2011-04-01, 2015-03-31]"),
				Findings.of(injector, folder, IssueCodes.MILESTONE_OUTSIDE_PLAN_PERIOD));
	}

	@Test
	void aPlanWithoutAPeriodHasNoMilestoneOutsideIt() throws Exception {
		Findings.write(folder, "milestones.plan", """
				module test.milestones

				plan P "Plan" {
					commitment C "Commitment" {
						milestone "Any day" by 2040-12-31
					}
				}
				""");
		assertEquals(List.of(), Findings.of(injector, folder, IssueCodes.MILESTONE_OUTSIDE_PLAN_PERIOD));
	}
}
