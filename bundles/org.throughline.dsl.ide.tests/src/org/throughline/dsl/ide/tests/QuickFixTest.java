package org.throughline.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFixes;
import org.throughline.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** Each quick fix, as the text before, the issue it answers and the text after: valid and laid out. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class QuickFixTest {

	@Inject
	private Injector injector;

	@Inject
	private PlanQuickFixes quickFixes;

	@TempDir
	Path folder;

	private PlanFiles files;

	private List<PlanFix> fixesFor(String file, String code) throws IOException {
		XtextResource resource = files.resource(file);
		List<Issue> issues = files.workspace().issues(resource, CancelIndicator.NullImpl).stream()
				.filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, issues.size(), "one issue " + code + " expected in " + file + ": " + issues);
		return quickFixes.fixesFor(issues.get(0), resource);
	}

	private Map<URI, String> apply(PlanFix fix) throws Exception {
		return quickFixes.apply(fix, uri -> files.text(uri.lastSegment()));
	}

	private String after(Map<URI, String> texts, String file) {
		return texts.get(URI.createFileURI(files.path(file).toString()));
	}

	@Test
	void aReversedPeriodIsTurnedRound() throws Exception {
		files = new PlanFiles(injector, folder).with("plan.plan", """
				module kent.boldsteps

				plan BoldSteps "Bold Steps for Kent" {
					period 2014/15 to 2011/12
				}
				""");
		List<PlanFix> fixes = fixesFor("plan.plan", IssueCodes.PERIOD_REVERSED);
		assertEquals(List.of("Swap the start and end of the period"), fixes.stream().map(PlanFix::label).toList());
		assertEquals("""
				module kent.boldsteps

				plan BoldSteps "Bold Steps for Kent" {
					period 2011/12 to 2014/15
				}
				""", after(apply(fixes.get(0)), "plan.plan"));
	}

	@Test
	void aBusinessPlansReversedPeriodIsTurnedRound() throws Exception {
		String business = """
				module kent.business

				business plan AdultsPlan "Adult social care business plan" {
					period 2013/14 to 2011/12
				}
				""";
		files = new PlanFiles(injector, folder).with("business.plan", business);
		List<PlanFix> fixes = fixesFor("business.plan", IssueCodes.PERIOD_REVERSED);
		assertEquals(List.of("Swap the start and end of the period"), fixes.stream().map(PlanFix::label).toList());
		assertEquals(business.replace("2013/14 to 2011/12", "2011/12 to 2013/14"),
				after(apply(fixes.get(0)), "business.plan"));
	}

	@Test
	void aMisspeltOwnerIsOfferedTheNamesSpeltAlike() throws Exception {
		files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION).with("plan.plan", """
				module kent.boldsteps

				import kent.organisation.KCC.*

				plan BoldSteps "Bold Steps for Kent" {
					commitment R5 "Expand the Gateway programme" {
						owner lead Enterprize
					}
				}
				""");
		List<PlanFix> fixes = fixesFor("plan.plan", Diagnostic.LINKING_DIAGNOSTIC);
		assertEquals("Change to \u2018Enterprise\u2019", fixes.get(0).label());
		assertEquals("Enterprise and Environment", fixes.get(0).description());
		assertTrue(fixes.stream().noneMatch(f -> f.label().contains("Gmd")), "far names are not offered");
		assertEquals("""
				module kent.boldsteps

				import kent.organisation.KCC.*

				plan BoldSteps "Bold Steps for Kent" {
					commitment R5 "Expand the Gateway programme" {
						owner lead Enterprise
					}
				}
				""", after(apply(fixes.get(0)), "plan.plan"));
	}

	@Test
	void aMissingIndicatorIsCreatedWhereTheIndicatorsAreAndImported() throws Exception {
		files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION)
				.with("indicators.plan", PlanFiles.INDICATORS).with("plan.plan", """
						module kent.boldsteps

						import kent.organisation.KCC.*

						plan BoldSteps "Bold Steps for Kent" {
							commitment E1 "Create apprenticeships" {
								measured by NEETYoungPeople
							}
						}
						""");
		List<PlanFix> fixes = fixesFor("plan.plan", Diagnostic.LINKING_DIAGNOSTIC).stream()
				.filter(f -> f.label().startsWith("Create")).toList();
		assertEquals(List.of("Create indicator \u2018NEETYoungPeople\u2019"), fixes.stream().map(PlanFix::label).toList());
		Map<URI, String> texts = apply(fixes.get(0));
		assertEquals(PlanFiles.INDICATORS + """

				indicator NEETYoungPeople "NEET young people" {
				}
				""", after(texts, "indicators.plan"));
		assertEquals("""
				module kent.boldsteps

				import kent.organisation.KCC.*
				import kent.indicators.*

				plan BoldSteps "Bold Steps for Kent" {
					commitment E1 "Create apprenticeships" {
						measured by NEETYoungPeople
					}
				}
				""", after(texts, "plan.plan"));

		// written back, the reference resolves: no linking issue is left
		files.with("indicators.plan", after(texts, "indicators.plan")).with("plan.plan", after(texts, "plan.plan"));
		assertEquals(List.of(), PlanFiles.errors(files.workspace()));
	}

	@Test
	void anIndicatorIsCreatedInTheSameFileWhenThereIsNoOtherPlace() throws Exception {
		files = new PlanFiles(injector, folder).with("plan.plan", """
				module kent.boldsteps

				plan BoldSteps "Bold Steps for Kent" {
					commitment E1 "Create apprenticeships" {
						measured by Apprentices
					}
				}""");
		List<PlanFix> fixes = fixesFor("plan.plan", Diagnostic.LINKING_DIAGNOSTIC).stream()
				.filter(f -> f.label().startsWith("Create")).toList();
		String after = after(apply(fixes.get(0)), "plan.plan");
		assertEquals("""
				module kent.boldsteps

				plan BoldSteps "Bold Steps for Kent" {
					commitment E1 "Create apprenticeships" {
						measured by Apprentices
					}
				}

				indicator Apprentices "Apprentices" {
				}
				""", after);
	}

	@Test
	void aLinkThatIsNotAnIndicatorGetsNoIndicator() throws Exception {
		files = new PlanFiles(injector, folder).with("plan.plan", """
				module kent.boldsteps

				plan BoldSteps "Bold Steps for Kent" {
					commitment E1 "Create apprenticeships" {
						owner lead Nobody
					}
				}
				""");
		assertFalse(fixesFor("plan.plan", Diagnostic.LINKING_DIAGNOSTIC).stream()
				.anyMatch(f -> f.label().startsWith("Create")));
	}

	private static final String PLAN_WITH_GAPS = """
			module kent.boldsteps

			import kent.organisation.KCC.*
			import kent.indicators.*

			plan BoldSteps "Bold Steps for Kent" {
				period 2011/12 to 2014/15
				aim Citizen "To put the citizen in control" {
					delivered by CustomerAndCommunities
				}
				commitment R2 "Establish a 'right to bid' process" {
					aim Citizen
					statement "We will establish a 'right to bid' process."
				}
			}
			""";

	/** The end of commitment R2 in {@link #PLAN_WITH_GAPS}, where fixes add statements. */
	private static final String STATEMENT_END = "\t\tstatement \"We will establish a 'right to bid' process.\"\n\t}";

	/** {@link #PLAN_WITH_GAPS} with one more statement at the end of R2. */
	private static String withR2(String statement) {
		return PLAN_WITH_GAPS.replace(STATEMENT_END, STATEMENT_END.replace("\n\t}", "\n\t\t" + statement + "\n\t}"));
	}

	private PlanFix only(String file, String code, String label) throws IOException {
		List<PlanFix> fixes = fixesFor(file, code);
		return fixes.stream().filter(f -> f.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix " + label + " among " + fixes.stream().map(PlanFix::label).toList()));
	}

	private static final String MONITORED = """
			module test.monitoring

			scale Status "Status" {
				level Good 1 "On track"
				level Fair 2 "Some risk"
				level Bad 3 "Off track"
			}

			plan P "Plan" {
				period 2011/12 to 2014/15
				status scale Status
				as at 2011-07-20
				commitment Reported "Reported each quarter" {
					measured by Rated
				}
			}

			indicator Rated "Rated" {
				unit count
				better when higher
				reported quarterly
				target 10 by 2012-03-31
				floor 8 by 2012-03-31
				actual 7 for 2011/12 Q1 commentary "Below the floor."
			}
			""";

	@Test
	void aQuarterWithoutAnUpdateGetsOneForEachLevelOfTheScale() throws Exception {
		files = new PlanFiles(injector, folder).with("monitoring.plan", MONITORED);
		List<PlanFix> fixes = fixesFor("monitoring.plan", IssueCodes.MISSING_UPDATE);
		assertEquals(List.of("Add the update for 2011/12 Q1: Good", "Add the update for 2011/12 Q1: Fair",
				"Add the update for 2011/12 Q1: Bad"), fixes.stream().map(PlanFix::label).toList());
		String after = after(apply(fixes.get(2)), "monitoring.plan");
		assertEquals(MONITORED.replace("\t\tmeasured by Rated\n", "\t\tmeasured by Rated\n\t\tupdate 2011/12 Q1 status Bad \"\"\n"),
				after);
		assertEquals("update 2011/12 Q1 status Bad \"", fixes.get(2).caretAfter());
	}

	@Test
	void aStatusTheFiguresContradictIsChangedToTheLevelTheyStandFor() throws Exception {
		String reported = MONITORED.replace("\t\tmeasured by Rated\n",
				"\t\tmeasured by Rated\n\t\tupdate 2011/12 Q1 status Status.Good \"Recruiting.\"\n");
		files = new PlanFiles(injector, folder).with("monitoring.plan", reported);
		PlanFix fix = only("monitoring.plan", IssueCodes.STATUS_DISAGREES_WITH_FIGURES,
				"Change the status to Bad, as the figures say");
		assertEquals(reported.replace("status Status.Good", "status Status.Bad"), after(apply(fix), "monitoring.plan"));
	}

	@Test
	void anUnownedCommitmentGetsTheOwnerItsAimSuggests() throws Exception {
		files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION)
				.with("indicators.plan", PlanFiles.INDICATORS).with("plan.plan", PLAN_WITH_GAPS);
		PlanFix fix = only("plan.plan", IssueCodes.COMMITMENT_WITHOUT_OWNER, "Make \u2018CustomerAndCommunities\u2019 the lead owner");
		assertEquals(withR2("owner lead CustomerAndCommunities"), after(apply(fix), "plan.plan"));
	}

	@Test
	void aCommitmentWithNoMeasureIsMarkedNotMeasurableWithTheReasonToWrite() throws Exception {
		files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION)
				.with("indicators.plan", PlanFiles.INDICATORS).with("plan.plan", PLAN_WITH_GAPS);
		PlanFix fix = only("plan.plan", IssueCodes.COMMITMENT_WITHOUT_MEASURE, "Mark as not measurable, because\u2026");
		String after = after(apply(fix), "plan.plan");
		assertEquals(withR2("not measurable because \"\""), after);
		assertEquals("not measurable because \"", fix.caretAfter());
	}

	@Test
	void aCommitmentWithNoMeasureGetsANewIndicator() throws Exception {
		files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION)
				.with("indicators.plan", PlanFiles.INDICATORS).with("plan.plan", PLAN_WITH_GAPS);
		PlanFix fix = only("plan.plan", IssueCodes.COMMITMENT_WITHOUT_MEASURE,
				"Create indicator \u2018EstablishRightToBidProcess\u2019 to measure it");
		Map<URI, String> texts = apply(fix);
		assertEquals(withR2("measured by EstablishRightToBidProcess"), after(texts, "plan.plan"));
		assertEquals(PlanFiles.INDICATORS + """

				indicator EstablishRightToBidProcess "Establish a 'right to bid' process" {
				}
				""", after(texts, "indicators.plan"));
	}

	@Test
	void anOwnerNoLongerInForceIsMovedToItsSuccessor() throws Exception {
		String organisation = """
				module kent.organisation

				organisation KCC "Kent County Council" {
					unit KASS "Kent Adult Social Services" {
						in force until 2011-03-31
						succeeded by FHSC
					}
					unit FHSC "Families, Health and Social Care" {
						in force from 2011-04-04
					}
				}
				""";
		String plan = """
				module kent.boldsteps

				import kent.organisation.KCC.*

				plan BoldSteps "Bold Steps for Kent" {
					period 2011/12 to 2014/15
					commitment V1 "Recruit qualified social workers" {
						owner lead KASS
					}
				}
				""";
		files = new PlanFiles(injector, folder).with("organisation.plan", organisation).with("plan.plan", plan);
		PlanFix fix = only("plan.plan", IssueCodes.OWNER_NOT_IN_FORCE, "Move to the successor \u2018FHSC\u2019");
		assertEquals("Families, Health and Social Care", fix.description());
		assertEquals(plan.replace("owner lead KASS", "owner lead FHSC"), after(apply(fix), "plan.plan"));
	}

	@Test
	void anActionOwnerNotInForceDuringItsBusinessPlanMovesToItsSuccessor() throws Exception {
		String organisation = """
				module kent.organisation

				organisation KCC "Kent County Council" {
					unit KASS "Kent Adult Social Services" {
						in force until 2011-03-31
						succeeded by FHSC
					}
					unit FHSC "Families, Health and Social Care" {
						in force from 2011-04-04
					}
				}
				""";
		String business = """
				module kent.business

				import kent.organisation.KCC.*

				business plan AdultsPlan "Adult social care business plan 2011/12" {
					period 2011/12
					action Recruit "Recruit qualified social workers" {
						owner lead KASS
					}
				}
				""";
		files = new PlanFiles(injector, folder).with("organisation.plan", organisation).with("business.plan", business);
		PlanFix fix = only("business.plan", IssueCodes.OWNER_NOT_IN_FORCE, "Move to the successor \u2018FHSC\u2019");
		assertEquals(business.replace("owner lead KASS", "owner lead FHSC"), after(apply(fix), "business.plan"));
	}

	@Test
	void aSupportingOwnerIsMadeLead() throws Exception {
		String plan = withR2("owner supporting Enterprise");
		files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION)
				.with("indicators.plan", PlanFiles.INDICATORS).with("plan.plan", plan);
		PlanFix fix = only("plan.plan", IssueCodes.COMMITMENT_WITHOUT_LEAD, "Make \u2018Enterprise\u2019 the lead owner");
		assertEquals(plan.replace("owner supporting Enterprise", "owner lead Enterprise"), after(apply(fix), "plan.plan"));
	}

	@Test
	void aResponseWithNoReplyGetsOneToWrite() throws Exception {
		String consultation = """
				module kent.consultation

				import kent.boldsteps.BoldSteps.*

				consultation BoldStepsConsultation "Bold Steps for Kent consultation" {
					respondent Posc "Policy Overview and Scrutiny Committee" scrutiny
					response PoscBid from Posc {
						stance concern
						concerns R2
					}
				}
				""";
		files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION)
				.with("indicators.plan", PlanFiles.INDICATORS).with("plan.plan", PLAN_WITH_GAPS)
				.with("consultation.plan", consultation);
		PlanFix fix = only("consultation.plan", IssueCodes.RESPONSE_WITHOUT_REPLY, "Add a reply");
		assertEquals(consultation.replace("\t\tconcerns R2\n\t}", "\t\tconcerns R2\n\t\treply noted \"\"\n\t}"),
				after(apply(fix), "consultation.plan"));
		assertEquals("reply noted \"", fix.caretAfter());
	}

	@Test
	void aStatementCitingTheWrongLinesIsCitedWhereItStands() throws Exception {
		java.nio.file.Files.createDirectories(folder.resolve("sources"));
		java.nio.file.Files.writeString(folder.resolve("sources/agenda.txt"), """
				Bold Steps for Employment and Skills

				- KCC will employ, through our Kent Success Apprenticeship scheme, at least

				another 350 apprentices over the next four years.
				""");
		String plan = """
				module kent.boldsteps

				document Agenda "Agenda" { file "agenda.txt" }

				plan BoldSteps "Bold Steps for Kent" {
					commitment S2 "Employ apprentices" {
						statement "KCC will employ ... at least another 350 apprentices over the next four years."
						source Agenda line 1
					}
				}
				""";
		files = new PlanFiles(injector, folder).with("plan.plan", plan);
		List<PlanFix> fixes = fixesFor("plan.plan", IssueCodes.QUOTE_NOT_AT_SOURCE);
		assertEquals(List.of("Cite lines 3 to 5, where the text stands"), fixes.stream().map(PlanFix::label).toList());
		assertEquals(plan.replace("source Agenda line 1", "source Agenda lines 3 to 5"), after(apply(fixes.get(0)), "plan.plan"));
	}
}
