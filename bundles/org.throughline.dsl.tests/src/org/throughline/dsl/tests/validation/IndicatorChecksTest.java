package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Indicators can show progress (resources/validation/indicators: the indicators in one file, the plans whose
 * commitments they measure in another; today is {@link ValidationInjectorProvider#TODAY}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class IndicatorChecksTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@BeforeEach
	void copyFixture() throws Exception {
		Fixtures.copy("validation/indicators", folder);
	}

	@Test
	void anIndicatorWithATargetAndNoBaselineIsReported() throws Exception {
		assertEquals(List.of(
				"indicators.plan:16:11+7 warning target-without-baseline: The indicator 'Savings' has a target but no"
						+ " baseline to measure progress from"),
				Findings.of(injector, folder, IssueCodes.TARGET_WITHOUT_BASELINE));
	}

	@Test
	void aTargetOutsideThePeriodOfEveryPlanItMeasuresIsReported() throws Exception {
		assertEquals(List.of(
				"indicators.plan:12:16+10 warning target-outside-plan-period: A target of the indicator 'Apprentices' is"
						+ " due 2016-03-31, outside the period of the plan 'Bold' (2011/12 to 2014/15)"
						+ " [2011-04-01, 2015-03-31]",
				"indicators.plan:26:15+10 warning target-outside-plan-period: A target of the indicator 'Vacancies' is"
						+ " due 2016-03-31, outside the periods of the plans 'Bold' and 'Towards2010' whose"
						+ " commitments it measures"
						+ " [2011-04-01, 2015-03-31]"),
				Findings.of(injector, folder, IssueCodes.TARGET_OUTSIDE_PLAN_PERIOD));
	}

	@Test
	void aBaselineLaterThanATargetIsReported() throws Exception {
		assertEquals(List.of(
				"indicators.plan:23:11+17 warning baseline-after-target: The baseline of the indicator 'Vacancies' (on"
						+ " 2011-01-31) is later than its target due 2010-10-31",
				"indicators.plan:39:11+14 warning baseline-after-target: The baseline of the indicator 'Unused' (for"
						+ " 2020/21) is later than its target due 2009-03-31"),
				Findings.of(injector, folder, IssueCodes.BASELINE_AFTER_TARGET));
	}

	@Test
	void aTargetInAnotherKindOfQuantityThanTheBaselineIsReported() throws Exception {
		assertEquals(List.of(
				"indicators.plan:25:9+2 warning unit-mismatch: A target of the indicator 'Vacancies' is a count but its"
						+ " baseline is a percentage"),
				Findings.of(injector, folder, IssueCodes.UNIT_MISMATCH));
	}

	@Test
	void everyEndedYearOfAPlanMeasuredNeedsAnActual() throws Exception {
		assertEquals(List.of(
				"indicators.plan:8:11+11 warning missing-actual: The indicator 'Apprentices' has no actual for 2012/13,"
						+ " which has ended [2012/13]",
				"indicators.plan:16:11+7 warning missing-actual: The indicator 'Savings' has no actual for 2011/12 and"
						+ " 2012/13, which have ended [2011/12, 2012/13]",
				"indicators.plan:21:11+9 warning missing-actual: The indicator 'Vacancies' has no actual for 2006/07,"
						+ " 2007/08, 2008/09, 2009/10 and 2010/11, which have ended"
						+ " [2006/07, 2007/08, 2008/09, 2009/10, 2010/11]"),
				Findings.of(injector, folder, IssueCodes.MISSING_ACTUAL));
	}

	@Test
	void anUndatedActualIsSaidToBeUndatedNotMissing() throws Exception {
		// Written as a new user would: the figure is there, but with no year it cannot count for one.
		Files.writeString(folder.resolve("undated.plan"), """
				module test.undated
				indicator Homes "Affordable homes delivered" {
					unit count
					baseline 150 for 2010/11
					target 400 by 2012-03-31
					actual 344
				}
				plan Homes2011 "Homes" {
					period 2011/12 to 2012/13
					as at 2012-06-01
					commitment BuildHomes "Build affordable homes" { measured by Homes }
				}
				""");
		assertEquals(List.of(
				"undated.plan:2:11+5 warning missing-actual: The indicator 'Homes' has no dated actual for 2011/12,"
						+ " which has ended; its one undated actual cannot be placed in a period: give it 'for' a"
						+ " period or 'on' a date [2011/12]"),
				Findings.of(injector, folder, IssueCodes.MISSING_ACTUAL).stream()
						.filter(finding -> finding.startsWith("undated.plan")).toList());
	}
}
