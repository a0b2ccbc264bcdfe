package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** A name that links to nothing is reported with the nearest name in scope, which is also the quick fix's data. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class UnresolvedReferenceTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void theNearestNameInScopeIsSuggested() throws Exception {
		Findings.write(folder, "organisation.plan", """
				module kent.structure

				organisation KCC "Kent County Council" {
					unit Enterprise "Enterprise and Environment"
					unit Communities "Communities"
				}
				""");
		Findings.write(folder, "plan.plan", """
				module kent.plan

				import kent.structure.KCC.*

				plan P "Plan" {
					commitment Typo "Misspelt owner" {
						owner lead Enterprize
					}
					commitment Unknown "Owner that does not exist" {
						owner lead Nowhere
					}
					commitment Spelt "Owner spelt right" {
						owner lead Communities
					}
				}
				""");
		Findings.write(folder, "other.plan", """
				module kent.other

				plan Q "A plan that forgot its import" {
					commitment Missing "Owner named without its import" {
						owner lead Enterprise
					}
				}
				""");
		assertEquals(List.of(
				"other.plan:5:14+10 error " + Diagnostic.LINKING_DIAGNOSTIC + ": Couldn't resolve reference to Owner"
						+ " 'Enterprise'; did you mean 'kent.structure.KCC.Enterprise'? [kent.structure.KCC.Enterprise]",
				"plan.plan:7:14+10 error " + Diagnostic.LINKING_DIAGNOSTIC + ": Couldn't resolve reference to Owner"
						+ " 'Enterprize'; did you mean 'Enterprise'? [Enterprise]",
				"plan.plan:10:14+7 error " + Diagnostic.LINKING_DIAGNOSTIC + ": Couldn't resolve reference to Owner"
						+ " 'Nowhere'."),
				Findings.of(injector, folder, Diagnostic.LINKING_DIAGNOSTIC));
	}

	@Test
	void aNameOfTheWrongKindIsSaidToBeOfThatKind() throws Exception {
		Findings.write(folder, "organisation.plan", """
				module kent.structure

				organisation KCC "Kent County Council" {
					unit Enterprise "Enterprise and Environment"
				}
				""");
		Findings.write(folder, "plan.plan", """
				module kent.plan

				import kent.structure.KCC.*

				indicator Jobs "Jobs created" { unit count }

				plan P "Plan" {
					commitment C "An owner where a measure goes, a measure where an owner goes" {
						measured by Enterprise
						owner lead Jobs
					}
				}
				""");
		assertEquals(List.of(
				"plan.plan:9:15+10 error " + Diagnostic.LINKING_DIAGNOSTIC + ": Couldn't resolve reference to Indicator"
						+ " 'Enterprise': 'Enterprise' is an organisation unit, which cannot be an indicator",
				"plan.plan:10:14+4 error " + Diagnostic.LINKING_DIAGNOSTIC + ": Couldn't resolve reference to Owner"
						+ " 'Jobs': 'Jobs' is an indicator, which cannot be an owner"),
				Findings.of(injector, folder, Diagnostic.LINKING_DIAGNOSTIC));
	}
}
