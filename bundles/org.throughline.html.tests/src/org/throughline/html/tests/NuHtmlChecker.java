package org.throughline.html.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Nu Html Checker (nu.validator:validator from Maven Central, the checker behind validator.w3.org/nu)
 * on a folder: every HTML page, and the CSS too. It runs in a JVM of its own, on the jars that
 * tools/nu-html-checker gathers, because it brings Jetty, Saxon and log4j that do not belong in the OSGi
 * runtime of the tests.
 */
final class NuHtmlChecker {

	private NuHtmlChecker() {
	}

	/**
	 * The checker's errors (warnings are not reported) for every file below {@code folder}, as
	 * {@code "file":line.column: error: message}; empty when everything is valid.
	 */
	static List<String> errors(Path folder) throws IOException, InterruptedException {
		String lib = System.getProperty("throughline.nu.lib");
		if (lib == null || !Files.isDirectory(Path.of(lib))) {
			throw new IllegalStateException("the Nu Html Checker's jars are not at " + lib
					+ "; build tools/nu-html-checker first (the reactor does it before the bundles)");
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", lib + "/*", "nu.validator.client.SimpleCommandLineValidator",
				"--errors-only", "--format", "gnu", "--also-check-css", "--skip-non-html", folder.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("the Nu Html Checker did not finish in 5 minutes");
		}
		List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
		if (process.exitValue() != 0 && lines.isEmpty()) {
			throw new IllegalStateException("the Nu Html Checker failed with exit code " + process.exitValue());
		}
		return lines;
	}
}
