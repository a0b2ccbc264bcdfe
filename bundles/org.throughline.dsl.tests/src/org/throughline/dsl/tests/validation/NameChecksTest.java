package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** A qualified name is declared once in the whole folder (resources/validation/names). */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class NameChecksTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void everyDeclarationOfADuplicateNameIsReportedWithTheOthers() throws Exception {
		Fixtures.copy("validation/names", folder);
		assertEquals(List.of(
				"a.plan:3:6+4 error duplicate-name: The name 'test.names.Bold' is declared 2 times: also in b.plan line 3"
						+ " [test.names.Bold]",
				"a.plan:5:13+2 error duplicate-name: The name 'test.names.Bold.E1' is declared 2 times: also on line 6"
						+ " [test.names.Bold.E1]",
				"a.plan:6:13+2 error duplicate-name: The name 'test.names.Bold.E1' is declared 2 times: also on line 5"
						+ " [test.names.Bold.E1]",
				"a.plan:7:13+2 error duplicate-name: The name 'test.names.Bold.T1' is declared 2 times: also in b.plan"
						+ " line 4 [test.names.Bold.T1]",
				"b.plan:3:6+4 error duplicate-name: The name 'test.names.Bold' is declared 2 times: also in a.plan line 3"
						+ " [test.names.Bold]",
				"b.plan:4:13+2 error duplicate-name: The name 'test.names.Bold.T1' is declared 2 times: also in a.plan"
						+ " line 7 [test.names.Bold.T1]"),
				Findings.of(injector, folder, IssueCodes.DUPLICATE_NAME));
	}
}
