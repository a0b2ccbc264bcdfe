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

/** A plan's period runs forwards; the checks that need a period say nothing about one that does not. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class PlanPeriodTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void aPeriodThatEndsBeforeItStartsIsAnError() throws Exception {
		Findings.write(folder, "periods.plan", """
				module test.periods

				organisation KCC "Kent County Council" {
					unit Old "Abolished in 2009" { in force until 2009-03-31 }
				}

				plan Reversed "Reversed" {
					period 2014/15 to 2011/12
					commitment C "Owned by an abolished unit" { owner lead KCC.Old }
				}

				plan Forwards "Forwards" {
					period 2011/12 to 2011/12
				}
				""");
		assertEquals(List.of("periods.plan:8:20+7 error period-reversed: The plan 'Reversed' ends (2011/12) before it"
				+ " starts (2014/15)"), Findings.of(injector, folder, IssueCodes.PERIOD_REVERSED));
		assertEquals(List.of(), Findings.of(injector, folder, IssueCodes.OWNER_NOT_IN_FORCE));
	}
}
