package org.throughline.cli.output;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanDiagnostic.Severity;

/**
 * The findings of {@code validate} as a SARIF 2.1.0 log, the format code scanning in a council's CI (GitHub,
 * GitLab) reads to show each finding on its line. One run of the tool "Throughline"; a rule per issue code found;
 * each result with its level, message and place. A file below the working folder is named by its path from there
 * ({@code plans/bold-steps.plan}), so that run from a repository's root it is the repository's path, as code
 * scanning matches it; any other file by its absolute {@code file:} URI. Nothing depends on the clock: the same
 * files, run from the same folder, give the same log.
 */
public final class Sarif {

	/** The schema the log declares, and is checked against. */
	public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	/** The rule of a finding that has no code of its own. */
	static final String NO_CODE = "throughline";

	private Sarif() {
	}

	/**
	 * @param diagnostics the findings, in order
	 * @param uris        each finding's file as the log names it ({@link #uri(Path)}), in the same order
	 */
	public static void write(List<PlanDiagnostic> diagnostics, List<String> uris, PrintStream out) {
		out.println("{");
		out.println("  \"$schema\": " + Json.string(SCHEMA) + ",");
		out.println("  \"version\": \"2.1.0\",");
		out.println("  \"runs\": [");
		out.println("    {");
		out.println("      \"tool\": {");
		out.println("        \"driver\": {");
		out.println("          \"name\": \"Throughline\",");
		out.print("          \"rules\": [");
		TreeSet<String> codes = new TreeSet<>();
		diagnostics.forEach(d -> codes.add(code(d)));
		int i = 0;
		for (String code : codes) {
			out.print((i++ == 0 ? "\n" : ",\n") + "            {\"id\": " + Json.string(code) + "}");
		}
		out.println(codes.isEmpty() ? "]" : "\n          ]");
		out.println("        }");
		out.println("      },");
		out.print("      \"results\": [");
		for (int j = 0; j < diagnostics.size(); j++) {
			PlanDiagnostic d = diagnostics.get(j);
			StringBuilder region = new StringBuilder();
			if (d.line() > 0) {
				region.append(", \"region\": {\"startLine\": ").append(d.line());
				if (d.column() > 0) {
					region.append(", \"startColumn\": ").append(d.column());
				}
				region.append('}');
			}
			out.print((j == 0 ? "\n" : ",\n") + "        {\"ruleId\": " + Json.string(code(d)) + ", \"level\": "
					+ Json.string(level(d.severity())) + ", \"message\": {\"text\": " + Json.string(d.message())
					+ "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": "
					+ Json.string(uris.get(j)) + "}" + region + "}}]}");
		}
		out.println(diagnostics.isEmpty() ? "]" : "\n      ]");
		out.println("    }");
		out.println("  ]");
		out.println("}");
	}

	private static String code(PlanDiagnostic d) {
		return d.code() == null || d.code().isBlank() ? NO_CODE : d.code();
	}

	/** SARIF's levels: an info is a note. */
	static String level(Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		};
	}

	/**
	 * How the log names a file: its path from the working folder when it is below it, as a relative URI reference
	 * ({@code plans/bold-steps.plan}, {@code broken%20plans/plan.plan}); otherwise its absolute {@code file:} URI.
	 */
	public static String uri(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path working = Path.of("").toAbsolutePath().normalize();
		if (!absolute.startsWith(working) || absolute.equals(working)) {
			return absolute.toUri().toString();
		}
		return relative(working.relativize(absolute).toString());
	}

	/** A relative URI reference: the path with '/' between its parts, each part percent-encoded as a URI needs. */
	private static String relative(String path) {
		StringBuilder uri = new StringBuilder();
		for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
				uri.append((char) c);
			} else {
				uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return uri.toString();
	}
}
