package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.throughline.dsl.tests.Fixtures;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The findings for the Bold Steps for Kent example, kept in resources/expected/bold-steps-for-kent.diagnostics (one
 * {@code file:line:column: severity code: message} a line, as the command line prints them, with today fixed at
 * {@link ValidationInjectorProvider#TODAY}). A change to a rule or to the example shows as a diff of that file: when
 * this test fails, it writes what it found to target/bold-steps-for-kent.diagnostics for review.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class BoldStepsDiagnosticsTest {

	static final String EXPECTED = "resources/expected/bold-steps-for-kent.diagnostics";

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void theExampleHasExactlyTheRecordedFindings() throws IOException {
		Fixtures.boldSteps(folder);
		List<String> found = Fixtures.load(injector, folder).diagnostics().stream().map(d -> d.format(folder)).toList();
		String actual = String.join("\n", found) + "\n";
		String expected = expected();
		if (!actual.equals(expected)) {
			Path written = Path.of("target", "bold-steps-for-kent.diagnostics").toAbsolutePath();
			Files.createDirectories(written.getParent());
			Files.writeString(written, actual);
			assertEquals(expected, actual, (expected == null ? "the test bundle has no " + EXPECTED
					: "the findings differ from " + EXPECTED) + "; the findings are written to " + written);
		}
	}

	/** The recorded findings; {@code null} when none are recorded. */
	private static String expected() throws IOException {
		URL entry = FrameworkUtil.getBundle(BoldStepsDiagnosticsTest.class).getEntry(EXPECTED);
		if (entry == null) {
			return null;
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
