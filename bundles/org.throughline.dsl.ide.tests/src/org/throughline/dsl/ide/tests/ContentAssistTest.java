package org.throughline.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.ide.contentassist.PlanContentAssist;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** Completion offers what the grammar allows at the caret, and every element a reference can name, with its title. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class ContentAssistTest {

	@Inject
	private Injector injector;

	@Inject
	private PlanContentAssist contentAssist;

	@TempDir
	Path folder;

	private List<ContentAssistEntry> proposalsIn(String plan) throws IOException {
		PlanFiles files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION)
				.with("indicators.plan", PlanFiles.INDICATORS).with("plan.plan", plan);
		return contentAssist.proposals(files.resource("plan.plan"), files.text("plan.plan"), files.caret("plan.plan"),
				CancelIndicator.NullImpl);
	}

	private static Map<String, String> titlesByName(List<ContentAssistEntry> entries) {
		return entries.stream().filter(e -> ContentAssistEntry.KIND_REFERENCE.equals(e.getKind()))
				.collect(Collectors.toMap(ContentAssistEntry::getProposal, e -> String.valueOf(e.getDescription()),
						(a, b) -> a));
	}

	@Test
	void anOwnerIsProposedByItsShortNameWithItsTitle() throws IOException {
		Map<String, String> owners = titlesByName(proposalsIn("""
				module kent.boldsteps
				import kent.organisation.KCC.*
				plan BoldSteps "Bold Steps for Kent" {
					commitment R5 "Expand the Gateway programme" {
						owner lead |
					}
				}
				"""));
		assertEquals("Customer and Communities", owners.get("CustomerAndCommunities"));
		assertEquals("Enterprise and Environment", owners.get("Enterprise"));
		assertEquals("Group Managing Director", owners.get("Gmd"));
		assertEquals("Leader of the Council", owners.get("Leader"));
		assertEquals("Kent Highway Services", owners.get("Enterprise.Highways"));
		assertFalse(owners.containsKey("kent.organisation.KCC.Enterprise"),
				"an owner in reach by a short name is not offered again by its long one: " + owners.keySet());
	}

	@Test
	void theUnitThatDeliversTheCommitmentsAimIsTheFirstOwnerProposed() throws IOException {
		String plan = """
				module kent.boldsteps
				import kent.organisation.KCC.*
				plan BoldSteps "Bold Steps for Kent" {
					aim Economy "To help the Kent economy to grow" { delivered by Enterprise }
					commitment S2 "Employ at least another 350 apprentices" {
						aim Economy
						owner lead |
					}
				}
				""";
		List<String> owners = proposalsIn(plan).stream().filter(e -> ContentAssistEntry.KIND_REFERENCE.equals(e.getKind()))
				.map(ContentAssistEntry::getProposal).toList();
		assertEquals("Enterprise", owners.get(0), owners.toString());
		// without an aim, nothing is suggested: the owners come in the order of their names
		List<String> unsuggested = proposalsIn(plan.replace("\t\taim Economy\n", "")).stream()
				.filter(e -> ContentAssistEntry.KIND_REFERENCE.equals(e.getKind())).map(ContentAssistEntry::getProposal)
				.toList();
		assertFalse(unsuggested.get(0).equals("Enterprise"), unsuggested.toString());
		assertEquals(owners.size(), unsuggested.size());
	}

	@Test
	void aPrefixNarrowsTheOwners() throws IOException {
		Map<String, String> owners = titlesByName(proposalsIn("""
				module kent.boldsteps
				import kent.organisation.KCC.*
				plan BoldSteps "Bold Steps for Kent" {
					commitment R5 "Expand the Gateway programme" {
						owner lead Cu|
					}
				}
				"""));
		assertEquals(List.of("CustomerAndCommunities"), List.copyOf(owners.keySet()));
	}

	@Test
	void theRoleComesBeforeTheOwner() throws IOException {
		List<String> keywords = proposalsIn("""
				module kent.boldsteps
				plan BoldSteps "Bold Steps for Kent" {
					commitment R5 "Expand the Gateway programme" {
						owner |
					}
				}
				""").stream().map(ContentAssistEntry::getProposal).toList();
		assertTrue(keywords.containsAll(List.of("lead", "supporting", "accountable")), keywords.toString());
	}

	@Test
	void aCommitmentBlockOffersItsStatements() throws IOException {
		List<String> keywords = proposalsIn("""
				module kent.boldsteps
				plan BoldSteps "Bold Steps for Kent" {
					commitment R5 "Expand the Gateway programme" {
						|
					}
				}
				""").stream().map(ContentAssistEntry::getProposal).toList();
		assertTrue(keywords.containsAll(List.of("owner", "measured", "statement", "theme", "appears", "not")),
				keywords.toString());
	}

	@Test
	void indicatorsThemesCommitmentsAndRespondentsAreProposed() throws IOException {
		String plan = """
				module kent.boldsteps
				import kent.indicators.*
				plan BoldSteps "Bold Steps for Kent" {
					theme Residents "Bold Steps for Residents"
					commitment R5 "Expand the Gateway programme" {
						measured by %s
						theme %s
					}
				}
				consultation Consultation "Bold Steps consultation" {
					respondent Tmbc "Tonbridge and Malling Borough Council" public-authority
					response TmbcResponse from %s {
						concerns %s
					}
				}
				""";
		assertEquals("KCC apprentices", titlesByName(proposalsIn(plan.formatted("|", "Residents", "Tmbc", "R5"))).get("Apprentices"));
		assertEquals("Bold Steps for Residents",
				titlesByName(proposalsIn(plan.formatted("Apprentices", "|", "Tmbc", "R5"))).get("Residents"));
		assertEquals("Tonbridge and Malling Borough Council",
				titlesByName(proposalsIn(plan.formatted("Apprentices", "Residents", "|", "R5"))).get("Tmbc"));
		assertEquals("Expand the Gateway programme",
				titlesByName(proposalsIn(plan.formatted("Apprentices", "Residents", "Tmbc", "|"))).get("BoldSteps.R5"));
	}

	@Test
	void aBrokenFileStillGetsProposals() {
		assertDoesNotThrow(() -> proposalsIn("""
				module kent.boldsteps
				import kent.organisation.KCC.*
				plan BoldSteps "Bold Steps for Kent {
					commitment R5 "Expand" { owner lead |
				"""), "an unterminated quote swallows the rest of the file; completion must still answer");
	}
}
