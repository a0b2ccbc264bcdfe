package org.throughline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.facts.CommitmentFacts;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Area;
import org.throughline.model.plan.AreaKind;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.DocumentKind;
import org.throughline.model.plan.Funding;
import org.throughline.model.plan.FundingKind;
import org.throughline.model.plan.Organisation;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PolicyDocument;
import org.throughline.model.values.CalendarDate;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * What other councils' plans say beyond Kent's, written as they write it: a vision and an introduction, a
 * priority's own statement, the towns and wards it names, and the investment plans and strategies in force that it
 * relies on; the money behind a priority; the partner bodies that deliver with the council. The plan and its names are illustrative.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class CouncilPlanStructuresTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	static final String PLAN = """
			module riverside.plan

			investment-plan HousingInvestment "Housing Investment Plan" in force from 2020-04-01 until 2025-03-31

			organisation Riverside "Riverside Council" { kind council }
			organisation Neighbour "Neighbouring Council" { kind council }
			organisation Partnership "Local Enterprise Partnership" {
				kind partnership
				also called "the LEP"
			}

			plan CouncilPlan "Riverside Council Plan 2022 to 2024" {
				period 2022/23 to 2023/24
				vision "A place where people want to live, work and stay."
				introduction "This plan sets out what the council will do in the next two years."
				supported by HousingInvestment
				aim Homes "Homes for all" {
					statement "We will enable the building of homes that local people can afford."
					introduction "Too many households wait too long for a home."
					funding £37.5m capital "Capital programme 2022 to 2024"
				}
				area Eastwick "Eastwick" {
					kind town
					also called "Eastwick town centre"
				}
				area Ward1 "Marsh and Hollow" { kind ward }
				area County "The county" { kind county }
				commitment H1 "New affordable homes" {
					aim Homes
					area Eastwick, Ward1
					statement "We will build new affordable homes."
					not measurable because "the homes are counted in the housing delivery test"
				}
				commitment E1 "A new business park" {
					aim Homes
					statement "The council in partnership with a neighbouring council and the local enterprise partnership will open a business park."
					owner lead Riverside
					owner partner Neighbour
					owner partner Partnership
					not measurable because "illustrative"
				}
			}
			""";

	@Test
	void aPlanSaysItsVisionItsPrioritiesOwnWordsItsAreasAndThePlansThatSupportIt() throws Exception {
		Files.writeString(folder.resolve("plan.plan"), PLAN);
		PlanWorkspace workspace = Fixtures.load(injector, folder);
		List<PlanDiagnostic> errors = workspace.diagnostics().stream()
				.filter(d -> d.severity() == PlanDiagnostic.Severity.ERROR).toList();
		assertEquals(List.of(), errors, "every construct parses and links");

		Plan plan = workspace.modules().get(0).getElements().stream().filter(Plan.class::isInstance)
				.map(Plan.class::cast).findFirst().orElseThrow();
		assertEquals("A place where people want to live, work and stay.", plan.getVision());
		assertEquals("This plan sets out what the council will do in the next two years.", plan.getIntroduction());
		PolicyDocument housing = plan.getSupportedBy().get(0);
		assertEquals(DocumentKind.INVESTMENT_PLAN, housing.getKind());
		assertEquals(CalendarDate.of(2020, 4, 1), housing.getValidFrom());
		assertEquals(CalendarDate.of(2025, 3, 31), housing.getValidUntil());

		Aim homes = plan.getAims().get(0);
		assertEquals("We will enable the building of homes that local people can afford.", homes.getStatement());
		assertEquals("Too many households wait too long for a home.", homes.getIntroduction());
		Funding capital = homes.getFundings().get(0);
		assertEquals(0, new java.math.BigDecimal("37500000").compareTo(capital.getAmount().getValue()), "£37.5m");
		assertEquals(FundingKind.CAPITAL, capital.getKind());
		assertEquals("Capital programme 2022 to 2024", capital.getDescription());

		Area eastwick = plan.getAreas().get(0);
		assertEquals(AreaKind.TOWN, eastwick.getKind());
		assertEquals(List.of("Eastwick town centre"), eastwick.getAliases());
		Commitment h1 = plan.getCommitments().get(0);
		assertEquals(List.of(eastwick, plan.getAreas().get(1)), h1.getAreas());
		// the first kind of place is written as the others are, not taken for no kind at all
		assertEquals(AreaKind.COUNTY, plan.getAreas().get(2).getKind());
		assertTrue(plan.getAreas().get(2).isSetKind());
	}

	@Test
	void partnerOrganisationsOwnACommitmentWithTheCouncil() throws Exception {
		Files.writeString(folder.resolve("plan.plan"), PLAN);
		PlanWorkspace workspace = Fixtures.load(injector, folder);
		assertEquals(List.of(), workspace.diagnostics().stream()
				.filter(d -> d.severity() == PlanDiagnostic.Severity.ERROR).toList());
		Plan plan = workspace.modules().get(0).getElements().stream().filter(Plan.class::isInstance)
				.map(Plan.class::cast).findFirst().orElseThrow();
		Commitment e1 = plan.getCommitments().get(1);
		assertEquals(List.of("lead Riverside", "partner Neighbour", "partner Partnership"), e1.getOwnerships().stream()
				.map(o -> o.getRole().getLiteral() + " " + ((Organisation) o.getOwner()).getName()).toList());
		assertEquals(List.of("the LEP"), ((Organisation) e1.getOwnerships().get(2).getOwner()).getAliases());
		assertTrue(CommitmentFacts.owned(e1), "a commitment its partners own with the council is owned");
		assertEquals(List.of(OwnershipRole.LEAD, OwnershipRole.PARTNER, OwnershipRole.PARTNER),
				e1.getOwnerships().stream().map(o -> o.getRole()).toList());
	}
}
