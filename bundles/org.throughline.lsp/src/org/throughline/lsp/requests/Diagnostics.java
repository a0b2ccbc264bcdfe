package org.throughline.lsp.requests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.lsp.workspace.Texts;

/** Findings as the protocol publishes them: the code, message and severity that {@code throughline validate} gives. */
public final class Diagnostics {

	/** Who says so, as an editor shows it beside each finding. */
	public static final String SOURCE = "throughline";

	private Diagnostics() {
	}

	public static List<Diagnostic> of(List<Issue> issues, Document document) {
		List<Diagnostic> diagnostics = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			diagnostics.add(of(issue, document));
		}
		return diagnostics;
	}

	public static Diagnostic of(Issue issue, Document document) {
		Range range;
		if (issue.getOffset() != null && issue.getLength() != null) {
			range = Texts.range(document, issue.getOffset(), issue.getLength());
		} else {
			Position at = at(issue.getLineNumber(), issue.getColumn());
			range = new Range(at, at);
		}
		Diagnostic diagnostic = new Diagnostic(range, issue.getMessage(), severity(issue), SOURCE, issue.getCode());
		return diagnostic;
	}

	/** A finding located by line and column only (a file that cannot be read, a line of the settings file). */
	public static Diagnostic of(PlanDiagnostic problem) {
		Position at = at(problem.line(), problem.column());
		DiagnosticSeverity severity = switch (problem.severity()) {
			case ERROR -> DiagnosticSeverity.Error;
			case WARNING -> DiagnosticSeverity.Warning;
			case INFO -> DiagnosticSeverity.Information;
		};
		return new Diagnostic(new Range(at, at), problem.message(), severity, SOURCE, problem.code());
	}

	private static Position at(Integer line, Integer column) {
		return new Position(line == null || line < 1 ? 0 : line - 1, column == null || column < 1 ? 0 : column - 1);
	}

	private static DiagnosticSeverity severity(Issue issue) {
		return switch (issue.getSeverity()) {
			case ERROR -> DiagnosticSeverity.Error;
			case WARNING -> DiagnosticSeverity.Warning;
			default -> DiagnosticSeverity.Information;
		};
	}
}
