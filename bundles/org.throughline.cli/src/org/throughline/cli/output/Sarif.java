package org.throughline.cli.output;

import java.io.PrintStream;
import java.util.List;
import java.util.TreeSet;

import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanDiagnostic.Severity;

/**
 * The findings of {@code validate} as a SARIF 2.1.0 log, the format code scanning in a council's CI (GitHub,
 * GitLab) reads to show each finding on its line. One run of the tool "Throughline"; a rule per issue code found;
 * each result with its level, message and place. Files are named as the command was given them (the plan folder
 * joined with the file's path below it), so that run from a repository's root they are the repository's paths.
 * Nothing depends on the machine or the clock: the same files give the same log.
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
	 * @param paths       the path of each finding's file as the log names it, in the same order
	 */
	public static void write(List<PlanDiagnostic> diagnostics, List<String> paths, PrintStream out) {
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
					+ Json.string(uri(paths.get(j))) + "}" + region + "}}]}");
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

	/** A relative URI reference: the path with '/' between its parts, each part percent-encoded as a URI needs. */
	static String uri(String path) {
		StringBuilder uri = new StringBuilder();
		for (byte b : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
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
