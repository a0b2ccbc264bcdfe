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
import org.throughline.views.dashboard.Figure;
import org.throughline.views.dashboard.FigureTable;
import org.throughline.views.links.Link;
import org.throughline.views.links.LinkGroup;
import org.throughline.views.links.TraceLinks;
import org.throughline.views.model.PlanModel;

/**
 * What the Trace view shows of the Riverside example (illustrative), a plan shaped unlike Kent's: the partners that
 * own a commitment with the council, the areas it is for, each area's commitments, and the dashboard's tables by
 * area, lead and accountable owner in place of directorates.
 */
class CouncilPlanViewsTest {

	@TempDir
	static Path temp;

	private static PlanModel model;

	@BeforeAll
	static void copyTheExample() throws Exception {
		Path plans = temp.resolve("riverside");
		ExampleProject.RIVERSIDE_COUNCIL_PLAN.copyTo(plans);
		model = PlanModel.copyOf("riverside-council-plan", 1,
				PlanFixtures.injector().getInstance(PlanWorkspace.class).load(plans));
	}

	private static List<String> texts(EObject element, String relation) {
		List<LinkGroup> trace = TraceLinks.of(model, element);
		return trace.stream().filter(g -> g.relation().equals(relation)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + relation + " in " + trace)).links().stream()
				.map(Link::text).toList();
	}

	@Test
	void aCommitmentIsTracedToItsPartnersAndItsArea() {
		EObject park = model.element("riverside.plan.CouncilPlan.A2_1").orElseThrow();
		List<String> owners = texts(park, "Owners");
		assertEquals(4, owners.size(), owners.toString());
		assertTrue(owners.get(2).startsWith("partner: Northbank"), owners.toString());
		assertTrue(owners.get(3).startsWith("partner: EstuaryLep"), owners.toString());
		assertEquals(1, texts(park, "Areas").size());
		assertTrue(texts(park, "Areas").get(0).startsWith("Saltings"), texts(park, "Areas").toString());
	}

	@Test
	void anAreaIsTracedToTheCommitmentsForIt() {
		EObject eastwick = model.element("riverside.plan.CouncilPlan.Eastwick").orElseThrow();
		assertTrue(TraceLinks.traceable(eastwick));
		List<String> commitments = texts(eastwick, "Commitments for it");
		assertEquals(2, commitments.size(), commitments.toString());
		assertTrue(commitments.get(0).startsWith("A1_1"), commitments.toString());
		assertTrue(commitments.get(1).startsWith("A2_2"), commitments.toString());
	}

	@Test
	void aPartnerOrganisationIsTracedToWhatItOwns() {
		EObject lep = model.element("riverside.organisation.EstuaryLep").orElseThrow();
		assertTrue(TraceLinks.traceable(lep));
		assertEquals(1, texts(lep, "Owns").size());
	}

	@Test
	void theDashboardOfAPlanWithoutDirectoratesCountsByAreaLeadAndAccountableOwner() {
		List<FigureTable> tables = CoverageFigures.of(model);
		List<String> titles = tables.stream().map(FigureTable::title).toList();
		assertTrue(titles.containsAll(List.of("By aim", "By area", "By lead owner", "By accountable owner")),
				titles.toString());
		assertTrue(titles.stream().noneMatch(title -> title.startsWith("By directorate")), titles.toString());
		FigureTable areas = tables.stream().filter(t -> t.title().equals("By area")).findFirst().orElseThrow();
		Figure eastwick = areas.row("Eastwick").figures().get(0);
		assertEquals("2", eastwick.text());
		assertEquals(List.of(model.element("riverside.plan.CouncilPlan.A1_1").orElseThrow(),
				model.element("riverside.plan.CouncilPlan.A2_2").orElseThrow()), eastwick.elements());
		FigureTable leads = tables.stream().filter(t -> t.title().equals("By lead owner")).findFirst().orElseThrow();
		assertEquals("2", leads.row("Director of Housing").figures().get(0).text());
	}
}
