package org.throughline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.workspace.PlanDiagnostic.Severity;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.examples.ExampleProject;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.Count;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Inspection;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Observation;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.Quantity;
import org.throughline.model.plan.Respondent;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.Sourced;
import org.throughline.model.plan.Target;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** The shipped Bold Steps for Kent example is complete, links, and keeps the documents' gaps. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class BoldStepsExampleTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	private PlanWorkspace workspace;

	@BeforeEach
	void load() throws Exception {
		workspace = Fixtures.load(injector, Fixtures.boldSteps(folder));
	}

	private <T> Stream<T> all(Class<T> type) {
		return workspace.modules().stream()
				.flatMap(m -> Stream.<EObject>concat(Stream.of(m), stream(EcoreUtil.getAllContents(m, true))))
				.filter(type::isInstance).map(type::cast);
	}

	private static Stream<EObject> stream(java.util.Iterator<EObject> contents) {
		Iterable<EObject> iterable = () -> contents;
		return java.util.stream.StreamSupport.stream(iterable.spliterator(), false);
	}

	private Plan plan() {
		return all(Plan.class).filter(p -> p.getName().equals("BoldSteps")).findFirst().orElseThrow();
	}

	@Test
	void everyFileParsesAndLinksWithoutError() {
		assertTrue(ExampleProject.BOLD_STEPS_FOR_KENT.planFileNames().size() >= 5);
		List<String> errors = workspace.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
				.map(d -> d.format(folder)).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	void thePlanHasItsAimsThemesAndCommitments() {
		Plan plan = plan();
		assertEquals(3, plan.getAims().size());
		assertEquals(10, plan.getThemes().size());
		assertEquals(5, plan.getChapters().size());
		assertTrue(plan.getCommitments().size() >= 49, "commitments: " + plan.getCommitments().size());
		assertEquals(2011, plan.getPeriodStart().startYear());
		assertEquals(2014, plan.getPeriodEnd().startYear());
	}

	@Test
	void theExecutiveSummaryCommitmentsAllAppearUnderTheirTheme() {
		List<Commitment> summary = plan().getCommitments().stream()
				.filter(c -> c.getAppearances().stream().anyMatch(a -> plan().getThemes().contains(a.getPart())))
				.toList();
		assertEquals(49, summary.size());
		for (Commitment commitment : summary) {
			assertTrue(!commitment.getSources().isEmpty() || commitment.getAppearances().stream()
					.allMatch(a -> !a.getSources().isEmpty()), commitment.getName() + " cites no source line");
		}
	}

	@Test
	void theDocumentsGapsAreKept() {
		long unowned = plan().getCommitments().stream().filter(c -> c.getOwnerships().isEmpty()).count();
		assertTrue(unowned > plan().getCommitments().size() / 2, "most commitments name no owner: " + unowned);
	}

	@Test
	void theOrganisationConsultationIndicatorsAndInspectionAreComplete() {
		assertTrue(all(OrganisationUnit.class).count() >= 10);
		Consultation boldSteps = all(Consultation.class).filter(c -> c.getSubject() == plan()).findFirst().orElseThrow();
		assertEquals(101, boldSteps.getRespondents().size());
		assertTrue(all(Respondent.class).count() >= 101);
		assertTrue(all(Response.class).filter(r -> r.getReply() != null).count() >= 20);
		assertTrue(all(Indicator.class).count() >= 8);
		assertEquals(23, all(Inspection.class).mapToInt(i -> i.getActions().size()).sum());
	}

	@Test
	void theConflictingThamesGatewayFiguresAreBothRecorded() {
		List<Target> targets = all(Target.class).filter(t -> !t.getSources().isEmpty())
				.filter(t -> t.getValue() instanceof Count count && count.getValue() != null
						&& (count.getValue().intValue() == 200_000 || count.getValue().intValue() == 225_000))
				.toList();
		assertEquals(2, targets.size());
		assertTrue(targets.get(0).eContainer() == targets.get(1).eContainer());
	}
	/** The indicators with a value or target of {@code value} that cites {@code line} of the agenda pack. */
	private List<String> figuresAt(int line, String value) {
		return Stream.<Sourced>concat(all(Observation.class), all(Target.class))
				.filter(figure -> {
					Quantity quantity = figure instanceof Observation o ? o.getValue() : ((Target) figure).getValue();
					return quantity.getValue() != null && quantity.getValue().compareTo(new BigDecimal(value)) == 0;
				})
				.filter(figure -> figure.getSources().stream().anyMatch(
						s -> s.getDocument().getName().equals("Agenda") && s.isSetLine() && s.getLine() == line))
				.map(figure -> ((Indicator) figure.eContainer()).getName()).toList();
	}

	@Test
	void theFiguresTheReadmeNamesAreIndicatorValuesCitingTheirLines() {
		// 8 of 147 looked-after children with five A*-C grades; 23 of 65 core assessments overdue; 17.3% of children
		// in poverty; 680 foster carers; £230m that career choices could add to GDP
		assertEquals(List.of("LacFiveGoodGcses"), figuresAt(1452, "8"));
		assertEquals(List.of("CoreAssessmentsOverdue"), figuresAt(1328, "23"));
		assertEquals(List.of("ChildPoverty"), figuresAt(1234, "17.3"));
		assertEquals(List.of("FosterCarers"), figuresAt(1244, "680"));
		assertEquals(List.of("CareerChoicesGdp"), figuresAt(2815, "230000000"));
	}

	@Test
	void thePromisesInsideCitedRangesAreCommitmentsOfTheirChapters() {
		// each quotes its words at its lines (the citation check holds that) and appears in its chapter's section
		for (String[] promise : new String[][] { { "C2_9", "NewRelationshipBusiness" },
				{ "C2_10", "UnlockingTalent" }, { "C2_11", "UnlockingTalent" }, { "C2_12", "HomesCommunities" },
				{ "C3_10", "GPs" }, { "C4_7", "TransparencyAccess" }, { "C4_8", "CommunityDevelopment" },
				{ "C5_10", "OpportunityNotDependency" }, { "C5_11", "MostVulnerable" } }) {
			Commitment commitment = plan().getCommitments().stream().filter(c -> c.getName().equals(promise[0]))
					.findFirst().orElseThrow(() -> new AssertionError("no commitment " + promise[0]));
			assertTrue(commitment.getAppearances().stream()
					.anyMatch(a -> a.getPart().getName().equals(promise[1])), promise[0] + " in " + promise[1]);
			assertTrue(commitment.getOwnerships().isEmpty() && commitment.getIndicators().isEmpty(),
					promise[0] + ": the papers give it no owner or measure");
		}
		assertEquals("Delivering a higher level skills base", plan().getCommitments().stream()
				.filter(c -> c.getName().equals("C2_10")).findFirst().orElseThrow().getTitle());
	}
}
