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
}
