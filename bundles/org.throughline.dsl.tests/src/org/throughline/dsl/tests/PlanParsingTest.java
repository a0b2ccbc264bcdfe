package org.throughline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.plan.Approximation;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.CommitmentKind;
import org.throughline.model.plan.Count;
import org.throughline.model.plan.Grade;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Money;
import org.throughline.model.plan.Organisation;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.model.plan.Percentage;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.Section;
import org.throughline.model.values.CalendarDate;
import org.throughline.model.values.FinancialYear;
import org.throughline.model.values.ReportingPeriod;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** A workspace of several files parses, links across files, and gives typed values. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class PlanParsingTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	private PlanWorkspace workspace;

	@BeforeEach
	void load() throws Exception {
		workspace = Fixtures.load(injector, Fixtures.copy("good", folder));
	}

	private <T> T element(String module, Class<T> type) {
		PlanModule found = workspace.modules().stream().filter(m -> m.getName().equals(module)).findFirst().orElseThrow();
		return found.getElements().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
	}

	private Indicator indicator(String name) {
		return workspace.modules().stream().flatMap(m -> m.getElements().stream())
				.filter(e -> e instanceof Indicator && e.getName().equals(name)).map(Indicator.class::cast).findFirst()
				.orElseThrow();
	}

	@Test
	void goodFilesHaveNoDiagnostics() {
		assertEquals(List.of(), workspace.diagnostics().stream().map(d -> d.format(folder)).toList());
	}

	@Test
	void referencesResolveAcrossFiles() {
		Plan plan = element("test.plan", Plan.class);
		Organisation kcc = element("test.organisation", Organisation.class);
		OrganisationUnit cc = kcc.getUnits().get(1);
		Commitment r5 = plan.getCommitments().get(0);

		assertSame(cc, r5.getOwnerships().get(0).getOwner());
		assertEquals(OwnershipRole.LEAD, r5.getOwnerships().get(0).getRole());
		assertSame(kcc.getPortfolios().get(0), r5.getOwnerships().get(1).getOwner());
		assertEquals(OwnershipRole.ACCOUNTABLE, r5.getOwnerships().get(1).getRole());
		assertSame(indicator("Apprentices"), r5.getIndicators().get(0));
		assertSame(cc, plan.getAims().get(0).getDeliveredBy().get(0));
		assertSame(kcc.getUnits().get(0).getSuccessors().get(0), cc);
	}

	@Test
	void referencesResolveWithinAPlanByQualifiedPath() {
		Plan plan = element("test.plan", Plan.class);
		Commitment r5 = plan.getCommitments().get(0);
		Section gateway = plan.getChapters().get(0).getSections().get(0);

		assertSame(plan.getThemes().get(0), r5.getAppearances().get(0).getPart());
		assertSame(gateway, r5.getAppearances().get(1).getPart());
		assertEquals("Single Gateway website", r5.getAppearances().get(1).getWording());
		assertSame(r5, plan.getCommitments().get(1).getDependsOn().get(0));
	}

	@Test
	void planValuesAreTyped() {
		Plan plan = element("test.plan", Plan.class);
		assertEquals(FinancialYear.valueOf("2011/12"), plan.getPeriodStart());
		assertEquals(2014, plan.getPeriodEnd().startYear());
		assertEquals(CalendarDate.of(2010, 11, 29), plan.getPublished());
		Commitment r6 = plan.getCommitments().get(1);
		assertEquals(CommitmentKind.LOBBY, r6.getKind());
		assertEquals("Publication is a single act.", r6.getNotMeasurableReason());
		assertEquals("KCC wants to put power\ninto the hands of residents.", plan.getThemes().get(0).getIntroduction());
	}

	@Test
	void quantitiesKeepTheirUnitExactnessAndRange() {
		Indicator apprentices = indicator("Apprentices");
		Count baseline = (Count) apprentices.getBaseline().getValue();
		assertEquals(Approximation.OVER, baseline.getApproximation());
		assertEquals(0, new BigDecimal("340").compareTo(baseline.getValue()));
		assertEquals(ReportingPeriod.valueOf("2006/07"), apprentices.getBaseline().getPeriod());
		assertEquals(ReportingPeriod.valueOf("2009/10"), apprentices.getBaseline().getPeriodEnd());
		assertEquals(Approximation.AT_LEAST, apprentices.getTargets().get(0).getValue().getApproximation());
		assertEquals("England average", apprentices.getComparators().get(0).getLabel());

		Money savings = (Money) indicator("Savings").getTargets().get(0).getValue();
		assertEquals(0, new BigDecimal("340000000").compareTo(savings.getValue()));
		assertEquals(0, new BigDecimal("1200000000").compareTo(savings.getUpper()));
		Money actual = (Money) indicator("Savings").getActuals().get(0).getValue();
		assertEquals(0, new BigDecimal("400000").compareTo(actual.getValue()));
		assertEquals(CalendarDate.of(2011, 6, 30), indicator("Savings").getActuals().get(0).getDate());

		Percentage target = (Percentage) indicator("Vacancies").getTargets().get(0).getValue();
		assertEquals(0, new BigDecimal("11").compareTo(target.getValue()));
		assertEquals(0, new BigDecimal("12.5").compareTo(target.getUpper()));

		Grade grade = (Grade) indicator("Safety").getBaseline().getValue();
		assertEquals(4, grade.getLevel().getRank());
	}

	@Test
	void aMissingUnsetRangeIsNotARange() {
		Count actual = (Count) indicator("Apprentices").getActuals().get(0).getValue();
		assertFalse(actual.isSetUpper());
		assertTrue(actual.getApproximation() == Approximation.EXACT);
	}
}
