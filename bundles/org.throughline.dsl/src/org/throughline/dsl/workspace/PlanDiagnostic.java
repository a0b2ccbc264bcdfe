package org.throughline.dsl.workspace;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One finding about a plan workspace, located by file, line and column (both 1-based; 0 when a finding concerns
 * a whole file).
 */
public record PlanDiagnostic(Path file, int line, int column, Severity severity, String code, String message)
		implements Comparable<PlanDiagnostic> {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase();
		}
	}

	private static final Comparator<PlanDiagnostic> ORDER = Comparator.comparing((PlanDiagnostic d) -> d.file().toString())
			.thenComparingInt(PlanDiagnostic::line).thenComparingInt(PlanDiagnostic::column)
			.thenComparing(PlanDiagnostic::severity).thenComparing(d -> d.code() == null ? "" : d.code())
			.thenComparing(PlanDiagnostic::message);

	/** {@code file:line:column: severity code: message}, with the file relative to {@code base}. */
	public String format(Path base) {
		String where = base.relativize(file).toString() + ":" + line + ":" + column;
		return where + ": " + severity.label() + (code == null ? "" : " " + code) + ": " + message;
	}

	@Override
	public int compareTo(PlanDiagnostic other) {
		return ORDER.compare(this, other);
	}
}
