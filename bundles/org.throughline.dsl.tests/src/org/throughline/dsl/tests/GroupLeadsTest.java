package org.throughline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.throughline.model.facts.DeliveryFacts;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.OwnershipRole;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The leads a delivery plan names once for all its actions (an officer and a portfolio holder) lead each action that
 * names no owner of that role itself; an action that names its own keeps the others. Names are illustrative.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class GroupLeadsTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void theGroupsLeadsApplyInTheirRoleToEachActionThatNamesNoneOfThatRole() throws Exception {
		Files.writeString(folder.resolve("plan.plan"), """
				module test.leads

				organisation Council "A council" {
					post Director "Director of Housing"
					post Manager "Housing Manager"
					portfolio Housing "Portfolio Holder for Housing"
					unit Team "Housing team"
				}

				plan P "A plan" {
					commitment C "Homes" { owner lead Council.Director not measurable because "illustrative" }
				}

				business plan D "Delivery plan" {
					owner Council.Team
					owner lead Council.Director
					owner accountable Council.Housing
					action Named "Names nobody" { delivers P.C }
					action Own "Names its own lead" {
						delivers P.C
						owner lead Council.Manager
					}
				}
				""");
		PlanWorkspace workspace = Fixtures.load(injector, folder);
		assertEquals(List.of(), workspace.diagnostics().stream()
				.filter(d -> d.severity() == PlanDiagnostic.Severity.ERROR).map(d -> d.format(folder)).toList());
		BusinessPlan plan = (BusinessPlan) workspace.modules().get(0).getElements().get(2);
		Action named = plan.getActions().get(0);
		Action own = plan.getActions().get(1);
		assertEquals(List.of("Director"), names(DeliveryFacts.owners(named, OwnershipRole.LEAD)));
		assertEquals(List.of("Housing"), names(DeliveryFacts.owners(named, OwnershipRole.ACCOUNTABLE)));
		assertEquals(List.of("Manager"), names(DeliveryFacts.owners(own, OwnershipRole.LEAD)));
		assertEquals(List.of("Housing"), names(DeliveryFacts.owners(own, OwnershipRole.ACCOUNTABLE)));
		// the business plan's owner leads only where no lead is named at all
		assertEquals(List.of("Director", "Housing"), names(DeliveryFacts.owners(named)));
	}

	private static List<String> names(List<? extends org.throughline.model.plan.Owner> owners) {
		return owners.stream().map(o -> o.getName()).toList();
	}
}
