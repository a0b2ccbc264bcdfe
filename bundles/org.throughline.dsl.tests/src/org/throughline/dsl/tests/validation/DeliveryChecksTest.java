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
 * The golden thread's checks, each triggered and not triggered, at their exact places: the plan in one file and its
 * business plans in another, as a council keeps them, so that "no action delivers it" is read across files.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class DeliveryChecksTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@BeforeEach
	void writePlans() throws Exception {
		Findings.write(folder, "plan.plan", """
				module test.plan

				import test.org.Org.*

				scale Status "Status" {
					level Good 1 "On track"
					level Bad 2 "Off track"
				}
				scale Other "Another scale" { level Elsewhere 1 "Elsewhere" }

				plan P "Plan" {
					period 2011/12 to 2014/15
					status scale Status
					commitment Delivered "Delivered by an action" { owner lead Team }
					commitment Forgotten "Delivered by none" { owner lead Team }
				}

				plan Q "A plan whose business plans are not written" {
					period 2011/12 to 2014/15
					commitment Alone "In no business plan yet" { owner lead Team }
				}
				""");
		Findings.write(folder, "org.plan", """
				module test.org

				organisation Org "Council" {
					unit Team "Team" { kind team }
					unit OldTeam "Old team" { kind team in force until 2012-03-31 succeeded by Team }
					unit NewTeam "New team" { kind team in force from 2015-04-01 }
				}
				""");
		Findings.write(folder, "business.plan", """
				module test.business

				import test.plan.*
				import test.org.Org.*

				business plan TeamPlan "Team plan 2012/13" {
					owner Team
					period 2012/13
					action Owned "Owned by the business plan's owner" {
						delivers P.Delivered
						update 2012/13 Q1 status Good
						update 2012/13 Q2 status Other.Elsewhere
					}
					action Stray "Delivers nothing" {
						owner lead OldTeam
					}
				}

				business plan Orphan "Nobody's plan" {
					period 2012/13
					action Unowned "Owned by nobody" { delivers P.Delivered }
				}

				business plan Future "A plan for a team not yet formed" {
					owner NewTeam
					period 2012/13 to 2013/14
				}

				business plan Backwards "Written end first" {
					period 2013/14 to 2011/12
				}
				""");
	}

	@Test
	void aCommitmentNoActionDeliversIsReportedOnceItsPlanHasBusinessPlans() throws Exception {
		assertEquals(List.of("plan.plan:15:13+9 warning commitment-without-action: No business-plan action delivers"
				+ " the commitment 'Forgotten'"), Findings.of(injector, folder, IssueCodes.COMMITMENT_WITHOUT_ACTION));
	}

	@Test
	void anActionThatDeliversNothingIsReported() throws Exception {
		assertEquals(List.of("business.plan:14:9+5 warning action-without-commitment: The action 'Stray' delivers no"
				+ " commitment of the plan"), Findings.of(injector, folder, IssueCodes.ACTION_WITHOUT_COMMITMENT));
	}

	@Test
	void anActionWithoutAnOwnerInABusinessPlanWithoutOneIsReported() throws Exception {
		assertEquals(List.of("business.plan:21:9+7 warning action-without-owner: The action 'Unowned' has no owner, and"
				+ " its business plan 'Orphan' names none"), Findings.of(injector, folder, IssueCodes.ACTION_WITHOUT_OWNER));
	}

	@Test
	void anOwnerNotInForceDuringTheBusinessPlanIsReportedWithItsSuccessor() throws Exception {
		assertEquals(List.of(
				"business.plan:15:14+7 warning owner-not-in-force: The owner 'OldTeam' ceased on 2012-03-31, before the"
						+ " business plan 'TeamPlan' starts on 2012-04-01; it was succeeded by 'Team' [test.org.Org.Team]",
				"business.plan:25:8+7 warning owner-not-in-force: The owner 'NewTeam' comes into force on 2015-04-01,"
						+ " after the business plan 'Future' ends on 2014-03-31"),
				Findings.of(injector, folder, IssueCodes.OWNER_NOT_IN_FORCE));
	}

	@Test
	void aBusinessPlanThatEndsBeforeItStartsIsReported() throws Exception {
		assertEquals(List.of("business.plan:30:20+7 error period-reversed: The business plan 'Backwards' ends (2011/12)"
				+ " before it starts (2013/14)"), Findings.of(injector, folder, IssueCodes.PERIOD_REVERSED));
	}

	@Test
	void anActionsStatusOffItsPlansScaleIsReported() throws Exception {
		assertEquals(List.of("business.plan:12:28+15 warning status-not-on-scale: The status 'Elsewhere' is not a level"
				+ " of the plan's status scale 'Status' ('Good' and 'Bad')"),
				Findings.of(injector, folder, IssueCodes.STATUS_NOT_ON_SCALE));
	}

	@Test
	void theGoldenThreadLinksWithoutErrors() throws Exception {
		assertEquals(List.of(), Findings.of(injector, folder, org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC));
	}
}
