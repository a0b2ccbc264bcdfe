package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.examples.ExampleProject;

/**
 * {@code validate --format sarif}: a SARIF 2.1.0 log that the SARIF schema accepts, with each finding on its line,
 * so that a council's CI shows it in code scanning.
 */
class SarifTest {

	@TempDir
	Path temp;

	@Test
	void theExamplesFindingsAreAValidSarifLogWithEachOnItsLine() throws Exception {
		Path folder = temp.resolve("plans");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(folder);
		Run run = Run.of("validate", folder.toString(), "--format", "sarif");
		assertEquals(0, run.code(), run.err());
		String log = run.out();
		assertEquals("", schemaProblems(log), "the log breaks the SARIF 2.1.0 schema");
		assertTrue(log.contains("\"version\": \"2.1.0\""), log);
		assertTrue(log.contains("{\"id\": \"commitment-without-owner\"}"), "each issue code is a rule");
		// outside the working folder, a file is named by its absolute URI
		String uri = folder.resolve("bold-steps.plan").toAbsolutePath().normalize().toUri().toString();
		assertTrue(log.contains("{\"ruleId\": \"commitment-without-owner\", \"level\": \"warning\", \"message\": "
				+ "{\"text\": \"The commitment 'R2' has no owner; its aim 'Citizen' is delivered by "
				+ "'CustomerAndCommunities'\"}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": "
				+ "{\"uri\": \"" + uri + "\"}, \"region\": {\"startLine\": 205, \"startColumn\": 13}}}]}"), log);
		// the same files, the same bytes
		assertEquals(log, Run.of("validate", folder.toString(), "--format", "sarif").out());
	}

	@Test
	void errorsAndHostileTextAreValidSarifTooAndTheExitSaysThereAreErrors() throws Exception {
		// below the working folder, as a repository checked out by CI is: named by the path from there
		Path folder = Files.createDirectories(Path.of("sarif-broken plans-" + ProcessHandle.current().pid()));
		try {
			// a string where none may stand: the syntax error quotes it, with its quotes and markup
			Files.writeString(folder.resolve("plan.plan"), """
					module test

					plan P "Plan" {
						commitment C1 "Owned by nobody that exists" { owner lead Nobody "A \\"quoted\\" word </script>" }
					}
					""");
			Run run = Run.of("validate", folder.toString(), "--format", "sarif");
			assertEquals(1, run.code(), run.err());
			String log = run.out();
			assertEquals("", schemaProblems(log), "the log breaks the SARIF 2.1.0 schema");
			assertTrue(log.contains("\"level\": \"error\""), log);
			// the message holds "A \"quoted\" word </script>", its quotes and backslashes escaped for JSON
			assertTrue(log.contains("The quoted text \\\"A \\\\\\\"quoted\\\\\\\" word </script>\\\" is not part of"),
					log);
			// a space in a folder's name is written as a URI writes it
			assertTrue(log.contains("{\"uri\": \"" + folder.getFileName().toString().replace(" ", "%20") + "/plan.plan\"}"),
					log);
		} finally {
			try (var files = Files.walk(folder)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
	}

	/** What networknt's JSON Schema validator finds wrong with the log against the SARIF 2.1.0 schema; empty if nothing. */
	private String schemaProblems(String log) throws Exception {
		Path tool = Path.of(System.getProperty("throughline.schemacheck", "../../tools/json-schema-check"));
		Path lib = tool.resolve("target/lib");
		assertTrue(Files.isDirectory(lib), "the JSON Schema check's jars are not at " + lib
				+ "; build tools/json-schema-check first (the reactor does it before the bundles)");
		Path file = temp.resolve("log.sarif");
		Files.writeString(file, log);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", lib + "/*", tool.resolve("src/SchemaCheck.java").toString(),
				tool.resolve("schemas/sarif-2.1.0.json").toString(), file.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the schema check did not finish");
		if (process.exitValue() != 0 && output.isBlank()) {
			return "the schema check failed with exit " + process.exitValue();
		}
		return output.strip();
	}
}
