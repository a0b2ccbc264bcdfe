package org.throughline.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.examples.ExampleProject;
import org.throughline.trace.tests.fixtures.PlanFixtures;
import org.throughline.views.dashboard.CoverageFigures;
import org.throughline.views.dashboard.FigureTable;
import org.throughline.views.links.Link;
import org.throughline.views.links.LinkGroup;
import org.throughline.views.links.TraceLinks;
import org.throughline.views.matrix.MatrixAxis;
import org.throughline.views.matrix.MatrixColumnSpec;
import org.throughline.views.matrix.MatrixLayout;
import org.throughline.views.model.Analyses;
import org.throughline.views.model.PlanModel;

/**
 * What the views show of the monitoring walkthrough's golden thread, without a display: the trace of a commitment
 * down to the action that delivers it and of the action up to its commitment and aim, the matrix's status and
 * rating columns, and the dashboard's delivery by directorate.
 */
class GoldenThreadViewsTest {

	@TempDir
	static Path temp;

	private static PlanModel model;

	@BeforeAll
	static void copyTheExample() throws Exception {
		Path plans = temp.resolve("walkthrough");
		ExampleProject.MONITORING_WALKTHROUGH.copyTo(plans);
		model = PlanModel.copyOf("monitoring-walkthrough", 1,
				PlanFixtures.injector().getInstance(PlanWorkspace.class).load(plans));
	}

	private static LinkGroup group(EObject element, String relation) {
		List<LinkGroup> trace = TraceLinks.of(model, element);
		return trace.stream().filter(g -> g.relation().equals(relation)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + relation + " in " + trace));
	}

	@Test
	void aCommitmentIsTracedDownToTheActionThatDeliversItWithItsOwnerAndProgress() {
		EObject d4 = model.element("walkthrough.plan.Walkthrough.D4").orElseThrow();
		EObject review = model.element("walkthrough.businessplans.FosteringPlan.StabilityReview").orElseThrow();
		LinkGroup delivered = group(d4, "Delivered by actions");
		assertEquals(1, delivered.links().size());
		Link action = delivered.links().get(0);
		assertEquals(review, action.element());
		assertEquals(List.of("owned by FosteringTeam \u2013 Fostering service",
				"2011/12 Q4: Some risk to delivery. Illustrative: reviews on time since January."),
				action.details().stream().map(Link::text).toList());
	}

	@Test
	void anActionIsTracedUpToItsCommitmentAimAndBusinessPlan() {
		EObject review = model.element("walkthrough.businessplans.FosteringPlan.StabilityReview").orElseThrow();
		assertEquals(List.of(model.element("walkthrough.plan.Walkthrough.D4").orElseThrow()),
				group(review, "Delivers").links().stream().map(Link::element).toList());
		assertEquals(List.of(model.element("walkthrough.plan.Walkthrough.Disadvantage").orElseThrow()),
				group(review, "Serves aims").links().stream().map(Link::element).toList());
		assertEquals(List.of(model.element("walkthrough.businessplans.FosteringPlan").orElseThrow()),
				group(review, "In the business plan").links().stream().map(Link::element).toList());
		assertEquals(2, group(review, "Progress").links().size());
		assertTrue(TraceLinks.traceable(review));
	}

	@Test
	void theMatrixHasTheStatusAndRatingOfTheQuarterReportedNow() {
		List<MatrixColumnSpec> columns = MatrixLayout.columns(model, MatrixAxis.TRACE);
		MatrixColumnSpec status = columns.stream().filter(c -> c.header().equals("status")).findFirst().orElseThrow();
		MatrixColumnSpec rating = columns.stream().filter(c -> c.header().equals("rating")).findFirst().orElseThrow();
		var rows = Analyses.matrix(model).rows();
		assertEquals(List.of("On track", "Some risk to delivery", "Off track"),
				rows.stream().map(status.cell()).toList());
		assertEquals(List.of("green", "amber", "red"), rows.stream().map(rating.cell()).toList());
	}

	@Test
	void theDashboardShowsDeliveryByDirectorateForTheLatestQuarter() {
		FigureTable delivery = CoverageFigures.of(model).stream()
				.filter(t -> t.title().startsWith("Delivery by directorate")).findFirst().orElseThrow();
		assertEquals("Delivery by directorate, 2011/12 Q4 (as at 2012-04-20)", delivery.title());
		assertEquals(List.of("Directorate", "Commitments", "Green", "Amber", "Red", "Not rated"), delivery.headers());
		FigureTable.Row fhsc = delivery.row("Families, Health and Social Care");
		assertEquals(List.of("1", "0", "1", "0", "0"), fhsc.figures().stream().map(f -> f.text()).toList());
		assertEquals(List.of(model.element("walkthrough.plan.Walkthrough.D4").orElseThrow()),
				fhsc.figures().get(2).elements());
		FigureTable.Row ced = delivery.row("Chief Executive's Department");
		assertEquals("1", ced.figures().get(3).text(), "the commissioning plans are red");
	}
}
