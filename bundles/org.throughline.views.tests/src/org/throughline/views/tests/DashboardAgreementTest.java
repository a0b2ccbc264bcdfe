package org.throughline.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.facts.CommitmentFacts;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.NamedElement;
import org.throughline.trace.coverage.CoverageMeasure;
import org.throughline.trace.tests.fixtures.PlanFixtures;
import org.throughline.views.dashboard.CoverageFigures;
import org.throughline.views.dashboard.FigureTable;
import org.throughline.views.model.PlanModel;

/**
 * The Coverage view's figures count the commitments that {@link CommitmentFacts} calls owned and measured, on the
 * Kent fixture with one owner and one indicator written but not declared (the same fixture on which validation,
 * holes, {@code stats} and the matrix are held to the facts): R6 names "BusinessStrategyAndSupport" for the unit
 * declared as BSS, V3 "SocialWorkerVacancyRate" for the indicator declared as SocialWorkerVacancies.
 */
class DashboardAgreementTest {

	@TempDir
	static Path temp;

	private static PlanModel model;

	@BeforeAll
	static void load() throws Exception {
		Path folder = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("kent"));
		PlanFixtures.replace(folder.resolve("boldsteps.plan"), "owner lead BSS", "owner lead BusinessStrategyAndSupport");
		PlanFixtures.replace(folder.resolve("boldsteps.plan"), "measured by SocialWorkerVacancies",
				"measured by SocialWorkerVacancyRate");
		model = PlanModel.copyOf("kent", 1, PlanFixtures.injector().getInstance(PlanWorkspace.class).load(folder));
	}

	private static Set<String> behind(CoverageMeasure measure) {
		FigureTable overall = CoverageFigures.of(model).get(0);
		return overall.row(measure.line()).figures().get(0).elements().stream()
				.map(e -> ((NamedElement) e).getName()).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> where(Predicate<Commitment> fact) {
		List<Commitment> commitments = model.index().commitments();
		return commitments.stream().filter(fact).map(Commitment::getName)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void theOwnedFigureListsTheCommitmentsTheFactsCallOwned() {
		assertEquals(Set.of("D5", "R5", "V1"), behind(CoverageMeasure.OWNED), "R6's misspelt owner owns nothing");
		assertEquals(where(CommitmentFacts::owned), behind(CoverageMeasure.OWNED));
	}

	@Test
	void theUnmeasuredFigureListsTheCommitmentsNeitherMeasuredNorExplained() {
		assertEquals(Set.of("D5", "P2", "R3", "R5", "R6", "V3", "V6"), behind(CoverageMeasure.UNMEASURED),
				"V3's misspelt indicator measures nothing");
		assertEquals(where(c -> !CommitmentFacts.measured(c) && !CommitmentFacts.statedNotMeasurable(c)),
				behind(CoverageMeasure.UNMEASURED));
	}
}
