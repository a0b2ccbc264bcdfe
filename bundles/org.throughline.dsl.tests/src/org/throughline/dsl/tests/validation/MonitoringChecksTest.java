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

/** The monitoring checks, each triggered and not triggered, at their exact places. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class MonitoringChecksTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@BeforeEach
	void writePlan() throws Exception {
		Findings.write(folder, "monitoring.plan", """
				module test.monitoring

				scale Status "Status" {
					level Good 1 "On track"
					level Fair 2 "Some risk"
					level Poor 3 "At risk"
					level Bad 4 "Off track"
				}
				scale Other "Another scale" { level Elsewhere 1 "Elsewhere" }

				plan P "Plan" {
					period 2011/12 to 2014/15
					status scale Status
					as at 2011-10-20
					commitment Reported "Reported each quarter" {
						measured by Rated
						update 2011/12 Q1 status Fair "Below target."
						update 2011/12 Q2 status Good "Fine again."
					}
					commitment Silent "Not reported" {
						measured by Unrated
						update 2011/12 Q1 status Other.Elsewhere
					}
				}

				indicator Rated "Rated" {
					unit count
					better when higher
					reported quarterly
					target 10 by 2012-03-31
					floor 8 by 2012-03-31
					actual 9 for 2011/12 Q1 commentary "Below target."
					actual 7 for 2011/12 Q2
				}

				indicator Unrated "Unrated" {
					unit count
					better when lower
					target 10 by 2012-03-31
					floor 8 by 2012-03-31
					floor 12 by 2012-03-31
					actual 3 for 2010/11
					actual 4 for 2011/12 Q1
				}
				""");
	}

	@Test
	void aFloorOnTheBetterSideOfItsTargetIsReported() throws Exception {
		assertEquals(List.of(
				"monitoring.plan:40:8+1 warning floor-beyond-target: A floor of the indicator 'Unrated' (8) is below"
						+ " its target (10), though lower is better"),
				Findings.of(injector, folder, IssueCodes.FLOOR_BEYOND_TARGET));
	}

	@Test
	void anAmberOrRedActualWithoutCommentaryIsReported() throws Exception {
		assertEquals(List.of(
				"monitoring.plan:33:9+1 warning rating-without-commentary: The actual of the indicator 'Rated' for"
						+ " 2011/12 Q2 is red (below the floor) and has no commentary [red]"),
				Findings.of(injector, folder, IssueCodes.RATING_WITHOUT_COMMENTARY));
	}

	@Test
	void anActualOutsideThePlanIsReported() throws Exception {
		assertEquals(List.of(
				"monitoring.plan:42:15+7 warning actual-outside-plan-period: An actual of the indicator 'Unrated' is"
						+ " for 2010/11, outside the period of the plan 'P' (2011/12 to 2014/15)"),
				Findings.of(injector, folder, IssueCodes.ACTUAL_OUTSIDE_PLAN_PERIOD));
	}

	@Test
	void aStatusOffThePlansScaleIsReported() throws Exception {
		assertEquals(List.of(
				"monitoring.plan:22:28+15 warning status-not-on-scale: The status 'Elsewhere' is not a level of the"
						+ " plan's status scale 'Status' ('Good', 'Fair', 'Poor' and 'Bad')"),
				Findings.of(injector, folder, IssueCodes.STATUS_NOT_ON_SCALE));
	}

	@Test
	void aQuarterEndedWithoutAnUpdateIsReported() throws Exception {
		assertEquals(List.of(
				"monitoring.plan:20:13+6 warning missing-update: The commitment 'Silent' has no progress update for"
						+ " 2011/12 Q2, which has ended by 2011-10-20 [2011/12 Q2]"),
				Findings.of(injector, folder, IssueCodes.MISSING_UPDATE));
	}

	@Test
	void aStatusTheFiguresContradictIsReported() throws Exception {
		assertEquals(List.of(
				"monitoring.plan:18:28+4 warning status-disagrees-with-figures: The commitment 'Reported' is reported"
						+ " 'Good' for 2011/12 Q2 but its indicators are rated red [red]"),
				Findings.of(injector, folder, IssueCodes.STATUS_DISAGREES_WITH_FIGURES));
	}
}
