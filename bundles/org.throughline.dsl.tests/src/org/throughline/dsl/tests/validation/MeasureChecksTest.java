package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** A commitment is measured by an indicator or a milestone, or says why it cannot be. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class MeasureChecksTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void aCommitmentWithNoMeasureAndNoReasonIsReported() throws Exception {
		Findings.write(folder, "measures.plan", """
				module test.measures

				indicator Apprentices "Apprentices" {
					unit count
				}

				plan P "Plan" {
					period 2011/12 to 2014/15
					commitment Unmeasured "No measure" {
					}
					commitment ByIndicator "Indicator" {
						measured by Apprentices
					}
					commitment ByMilestone "Milestone" {
						milestone "Done" by 2012-03-31
					}
					commitment Excused "Reason" {
						not measurable because "A single act of publication."
					}
					commitment BlankReason "Blank reason" {
						not measurable because "  "
					}
				}
				""");
		assertEquals(List.of(
				"measures.plan:9:13+10 warning commitment-without-measure: The commitment 'Unmeasured' has no measure:"
						+ " name an indicator or a milestone, or say why it is not measurable",
				"measures.plan:21:26+4 warning commitment-without-measure: The commitment 'BlankReason' has no measure"
						+ " and an empty reason why it is not measurable"),
				Findings.of(injector, folder, IssueCodes.COMMITMENT_WITHOUT_MEASURE));
	}
}
