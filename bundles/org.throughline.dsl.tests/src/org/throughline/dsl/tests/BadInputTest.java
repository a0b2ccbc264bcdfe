package org.throughline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanDiagnostic.Severity;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** Bad input gives located, readable errors and never an exception. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class BadInputTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	private List<PlanDiagnostic> diagnosticsOf(String file) throws IOException {
		Fixtures.copy("bad", folder);
		Path only = folder.resolve(file);
		return Fixtures.load(injector, folder).diagnostics().stream().filter(d -> d.file().equals(only)).toList();
	}

	/** The errors alone: the unfinished plans in these tests also have gaps, which are warnings. */
	private static List<PlanDiagnostic> errors(List<PlanDiagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
	}

	@Test
	void aSyntaxErrorIsLocatedByLineAndColumn() throws IOException {
		List<PlanDiagnostic> errors = errors(diagnosticsOf("syntax.plan"));
		assertFalse(errors.isEmpty());
		PlanDiagnostic first = errors.get(0);
		assertEquals(Severity.ERROR, first.severity());
		assertEquals(IssueCodes.SYNTAX, first.code());
		// the unterminated quote swallows the rest of the file, so the parser stops at its end
		assertTrue(first.line() >= 6, first.format(folder));
		assertTrue(first.column() >= 1, first.format(folder));
	}

	@Test
	void impossibleDatesAndYearsAreReportedWhereTheyAre() throws IOException {
		List<String> lines = diagnosticsOf("values.plan").stream().map(d -> d.format(folder)).toList();
		assertEquals(List.of(
				"values.plan:4:9: error " + IssueCodes.SYNTAX
						+ ": '2011/13' is not a financial year: 2011 is followed by 12, not 13",
				"values.plan:5:12: error " + IssueCodes.SYNTAX
						+ ": '2010-02-30' is not a date: write it as YYYY-MM-DD, e.g. 2010-12-08"),
				lines);
	}

	@Test
	void anUnresolvedReferenceNamesWhatWasNotFound() throws IOException {
		Files.writeString(folder.resolve("dangling.plan"), """
				module test.dangling
				plan P "P" {
					commitment C1 "C1" { owner lead Nowhere }
				}
				""");
		List<PlanDiagnostic> found = errors(Fixtures.load(injector, folder).diagnostics());
		assertEquals(1, found.size());
		assertEquals(Diagnostic.LINKING_DIAGNOSTIC, found.get(0).code());
		assertEquals(3, found.get(0).line());
		assertTrue(found.get(0).message().contains("Nowhere"), found.get(0).message());
	}

	@Test
	void aFileThatIsNotUtf8IsReportedAndTheOthersStillLoad() throws IOException {
		Fixtures.copy("good", folder);
		Files.write(folder.resolve("latin1.plan"), "module x plan P \"Caf\u00e9\" { }".getBytes(StandardCharsets.ISO_8859_1));
		PlanWorkspace workspace = Fixtures.load(injector, folder);
		List<PlanDiagnostic> found = errors(workspace.diagnostics());
		assertEquals(1, found.size(), found.toString());
		assertEquals(PlanWorkspace.NOT_UTF8, found.get(0).code());
		assertEquals(folder.resolve("latin1.plan"), found.get(0).file());
		assertEquals(3, workspace.modules().size());
	}

	@Test
	void aMissingFolderIsAnIoErrorThatNamesIt() {
		Path missing = folder.resolve("no-such-plan");
		IOException e = assertThrows(IOException.class, () -> Fixtures.load(injector, missing));
		assertEquals(missing + " is not a folder: it does not exist", e.getMessage());
	}
}
