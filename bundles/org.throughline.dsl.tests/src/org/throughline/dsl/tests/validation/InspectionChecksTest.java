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

/**
 * An inspection's area for improvement past its deadline (publication plus the months it allows, against today
 * fixed at {@link ValidationInjectorProvider#TODAY}) is addressed by a commitment or has progress reported.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class InspectionChecksTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void anOverdueActionThatNothingAddressesIsReported() throws Exception {
		Findings.write(folder, "inspection.plan", """
				module test.inspection

				plan P "Plan" {
					period 2011/12 to 2014/15
					as at 2013-06-01
					commitment Recruit "Recruit social workers" { not measurable because "x" }
				}

				inspection Ofsted "Safeguarding and looked after children" {
					published 2010-11-19
					action Caseloads "Review caseloads" immediately
					action Supervision "Improve supervision" within 3 months {
						addressed by P.Recruit
					}
					action Records "Improve case records" within 6 months {
						progress 2011-03-01 "Audit completed."
					}
					action Strategy "Agree a workforce strategy" within 36 months
					action Training "Train managers" within 6 months
				}

				inspection Later "A later inspection" {
					published 2013-01-10
					action Plans "Improve plans" within 6 months
				}

				inspection Unpublished "An inspection not yet published" {
					action Visits "Visit every home" immediately
				}
				""");
		assertEquals(List.of(
				"inspection.plan:11:9+9 warning overdue-inspection-action: The inspection action 'Caseloads' was due by"
						+ " 2010-11-19 (immediately on publication) but no commitment addresses it and no progress is"
						+ " reported [2010-11-19]",
				"inspection.plan:19:9+8 warning overdue-inspection-action: The inspection action 'Training' was due by"
						+ " 2011-05-19 (6 months after publication) but no commitment addresses it and no progress is"
						+ " reported [2011-05-19]"),
				Findings.of(injector, folder, IssueCodes.OVERDUE_INSPECTION_ACTION));
	}

	@Test
	void withoutAnAsAtDateNoActionIsOverdue() throws Exception {
		Findings.write(folder, "inspection.plan", """
				module test.inspection

				plan P "Plan" {
					period 2011/12 to 2014/15
				}

				inspection Ofsted "Safeguarding and looked after children" {
					published 2010-11-19
					action Caseloads "Review caseloads" immediately
				}
				""");
		assertEquals(List.of(), Findings.of(injector, folder, IssueCodes.OVERDUE_INSPECTION_ACTION));
	}
}
