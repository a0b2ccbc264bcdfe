package org.throughline.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.ide.hover.ElementSummaries;
import org.throughline.dsl.ide.hover.ElementSummary;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.dsl.ide.outline.OutlineNode.Gap;
import org.throughline.dsl.ide.outline.PlanOutline;
import org.throughline.dsl.ide.references.PlanReferences;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** The outline shows a file's structure and its gaps; the hover shows a commitment's trace and an owner's load. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class OutlineAndHoverTest {

	private static final String PLAN = """
			module kent.boldsteps

			import kent.organisation.KCC.*
			import kent.indicators.*

			plan BoldSteps "Bold Steps for Kent" {
				aim Citizen "To put the citizen in control" {
					delivered by CustomerAndCommunities
				}
				theme Residents "Bold Steps for Residents" {
					serves Citizen
				}
				chapter Ch4 4 "Putting the citizen in control" {
					section Gateway "Always through the right door"
				}
				commitment R5 "Expand the Gateway programme" {
					statement "We will expand our successful 'Gateway' programme."
					appears in Residents
					appears in Ch4.Gateway "Single Gateway website"
					owner lead CustomerAndCommunities
					owner accountable Leader
					measured by Apprentices
				}
				commitment R2 "Establish a right to bid" {
					not measurable because "It is a process, not an outcome."
				}
				commitment R3 "Single initial assessment" {
					owner lead CustomerAndCommunities
				}
			}

			consultation BoldStepsConsultation "Bold Steps for Kent consultation" {
				respondent Tmbc "Tonbridge and Malling Borough Council" public-authority
				response TmbcGateway from Tmbc {
					stance support
					concerns BoldSteps.R5
					reply noted "We welcome the support."
				}
			}
			""";

	@Inject
	private Injector injector;

	@Inject
	private EObjectAtOffsetHelper elementsAtOffset;

	@TempDir
	Path folder;

	private PlanFiles files;

	@BeforeEach
	void load() throws IOException {
		files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION)
				.with("indicators.plan", PlanFiles.INDICATORS).with("plan.plan", PLAN);
	}

	private static List<String> flatten(List<OutlineNode> nodes, String indent) {
		List<String> lines = new ArrayList<>();
		for (OutlineNode node : nodes) {
			lines.add(indent + node.kind() + " " + node.name() + (node.gaps().isEmpty() ? "" : " " + node.gaps()));
			lines.addAll(flatten(node.children(), indent + "  "));
		}
		return lines;
	}

	@Test
	void theOutlineShowsAimsThemesChaptersAndCommitmentsWithTheirGaps() throws IOException {
		List<OutlineNode> outline = PlanOutline.of(files.resource("plan.plan"), CancelIndicator.NullImpl);
		assertEquals(List.of(
				"plan BoldSteps",
				"  aim Citizen",
				"  theme Residents",
				"  chapter Ch4",
				"    section Gateway",
				"  commitment R5",
				"  commitment R2 [NO_OWNER]",
				"  commitment R3 [NO_MEASURE]",
				"consultation BoldStepsConsultation",
				"  respondent Tmbc",
				"  response TmbcGateway"), flatten(outline, ""));
		OutlineNode r5 = outline.get(0).children().get(3);
		assertEquals("Expand the Gateway programme", r5.title());
		assertEquals(files.offsetOf("plan.plan", "R5"), r5.nameOffset());
		assertTrue(outline.get(0).hasGaps());
		assertEquals(Set.of(), outline.get(1).children().get(1).gaps());
	}

	@Test
	void theOrganisationIsATree() throws IOException {
		List<String> tree = flatten(PlanOutline.of(files.resource("organisation.plan"), CancelIndicator.NullImpl), "");
		// a unit is shown as what it is, as the views and the site name it
		assertTrue(tree.containsAll(List.of("organisation KCC", "  directorate Enterprise", "    division Highways",
				"  post Gmd", "  portfolio Leader")), tree.toString());
	}

	private ElementSummary hoverAt(String file, String snippet) throws IOException {
		EObject element = elementsAtOffset.resolveElementAt(files.resource(file), files.offsetOf(file, snippet));
		return ElementSummaries.summarise(element, PlanReferences.of(files.workspace().resourceSet()));
	}

	@Test
	void aCommitmentShowsItsTraceAtAGlance() throws IOException {
		ElementSummary hover = hoverAt("plan.plan", "R5 \"Expand");
		assertEquals("commitment R5 \u2013 Expand the Gateway programme", hover.heading());
		assertEquals("We will expand our successful 'Gateway' programme.", hover.text());
		assertEquals(List.of("lead: CustomerAndCommunities \u2013 Customer and Communities",
				"accountable: Leader \u2013 Leader of the Council"), hover.section(ElementSummaries.OWNERS).items());
		assertEquals(List.of("Apprentices \u2013 KCC apprentices"), hover.section(ElementSummaries.MEASURES).items());
		assertEquals(List.of("TmbcGateway from Tonbridge and Malling Borough Council (support); reply: noted"),
				hover.section(ElementSummaries.RESPONSES).items());
		assertEquals(List.of("Residents \u2013 Bold Steps for Residents",
				"Gateway \u2013 Always through the right door: \u201cSingle Gateway website\u201d"),
				hover.section(ElementSummaries.APPEARANCES).items());
	}

	@Test
	void aCommitmentWithGapsSaysSo() throws IOException {
		ElementSummary hover = hoverAt("plan.plan", "R2");
		assertTrue(hover.section(ElementSummaries.OWNERS).items().get(0).startsWith("none"));
		assertEquals(List.of("not measurable because It is a process, not an outcome."),
				hover.section(ElementSummaries.MEASURES).items());
	}

	@Test
	void anOwnerShowsWhatItOwns() throws IOException {
		ElementSummary hover = hoverAt("plan.plan", "CustomerAndCommunities\n\t}");
		assertEquals("directorate CustomerAndCommunities \u2013 Customer and Communities", hover.heading());
		assertEquals(List.of("lead: R5 \u2013 Expand the Gateway programme", "lead: R3 \u2013 Single initial assessment"),
				hover.section(ElementSummaries.OWNS).items());
		assertEquals(List.of("Citizen \u2013 To put the citizen in control"),
				hover.section(ElementSummaries.DELIVERS).items());
		assertEquals(List.of("in force from 2011-04-04"), hover.section(ElementSummaries.SUCCESSION).items());

		ElementSummary communities = hoverAt("organisation.plan", "Communities \"Communities");
		assertTrue(communities.section(ElementSummaries.SUCCESSION).items()
				.contains("succeeded by CustomerAndCommunities \u2013 Customer and Communities"));
		assertTrue(communities.section(ElementSummaries.OWNS).items().get(0).startsWith("none"));
	}
}
