package org.throughline.cli.commands;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.throughline.cli.CommandFailure;
import org.throughline.cli.args.Arguments;
import org.throughline.cli.args.UsageException;
import org.throughline.cli.load.LoadedPlan;
import org.throughline.cli.output.Json;
import org.throughline.model.labels.Labels;
import org.throughline.model.monitoring.CommitmentStatus;
import org.throughline.model.monitoring.IndicatorResult;
import org.throughline.model.plan.Observation;
import org.throughline.model.plan.Target;
import org.throughline.model.values.CalendarDate;
import org.throughline.model.values.ReportingPeriod;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.Values;
import org.throughline.trace.matrix.MatrixCsv;
import org.throughline.trace.monitoring.MonitoringReport;
import org.throughline.trace.monitoring.MonitoringReport.Section;

/**
 * {@code report DIR}: the monitoring report for the latest quarter that ended before the as-at date (or
 * {@code --period}): per directorate, every commitment's status and every indicator's rating and direction, with
 * commentary, exceptions first.
 */
public final class ReportCommand implements Command {

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String arguments() {
		return "DIR [--as-at DATE] [--period P] [--format text|json|csv]";
	}

	@Override
	public String summary() {
		return "the monitoring report: each commitment's status and each indicator's rating and direction for a period";
	}

	@Override
	public int run(List<String> words, CommandContext context) throws UsageException, CommandFailure {
		Arguments arguments = Arguments.parse(words, Set.of("--format", "--as-at", "--period"), Set.of());
		String folder = arguments.single("plan folder DIR");
		String format = arguments.choice("--format", "text", List.of("text", "json", "csv"));
		CalendarDate override = CommandContext.asAtOption(arguments);
		ReportingPeriod asked = null;
		if (arguments.value("--period", null) != null) {
			try {
				asked = ReportingPeriod.valueOf(arguments.value("--period", null));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--period: " + e.getMessage());
			}
		}
		LoadedPlan plan = context.load(folder, override);
		context.requireReadable(plan, "report");
		TraceIndex index = plan.index();
		CalendarDate asAt = MonitoringReport.asAt(index, override).orElse(null);
		if (asAt == null && asked == null) {
			throw new CommandFailure("no plan in " + folder + " says what date its monitoring is as at: write"
					+ " 'as at YYYY-MM-DD' in the plan, or give --as-at DATE or --period P");
		}
		ReportingPeriod period = asked != null ? asked : MonitoringReport.latestEndedQuarter(asAt);
		MonitoringReport report = MonitoringReport.of(index, asAt, period);
		switch (format) {
			case "json" -> writeJson(index, report, context.out());
			case "csv" -> writeCsv(index, report, context.out());
			default -> writeText(index, report, context.out());
		}
		return context.exitCode(plan, "report");
	}

	// ------------------------------------------------------------------ text

	private static void writeText(TraceIndex index, MonitoringReport report, PrintStream out) {
		out.println("Monitoring report for " + report.period() + (report.asAt() == null ? "" : ", as at "
				+ report.asAt()));
		boolean beforeEveryPlan = index.plans().stream().allMatch(p -> p.getPeriodStart() != null
				&& report.period().lastDay().isBefore(p.getPeriodStart().firstDay()));
		if (beforeEveryPlan) {
			out.println("The period ends before the plan's first year begins: no actual or progress is owed yet.");
		}
		for (Section section : report.directorates()) {
			out.println();
			out.println(section.directorate() == null ? "(no directorate)" : Labels.label(section.directorate()));
			for (CommitmentStatus status : section.commitments()) {
				out.println("  commitment " + Labels.label(status.commitment()) + ": " + statusWord(status)
						+ (status.update() == null ? (status.status() == null ? "" : " (from its indicators)")
								: commentary(status.update().getCommentary())));
			}
			for (IndicatorResult result : section.indicators()) {
				out.println("  indicator " + Labels.label(result.indicator()) + " " + result.period() + ": "
						+ result.rating().word() + " (" + result.reason() + ")" + figures(result) + ", "
						+ result.sincePrevious().word() + " on the previous period, "
						+ result.sinceYearBefore().word() + " on a year before"
						+ (result.actual() == null ? "" : commentary(result.actual().getCommentary())));
			}
		}
	}

	private static String commentary(String text) {
		return text == null || text.isBlank() ? "" : ": " + text.strip().replaceAll("\\s+", " ");
	}

	private static String figures(IndicatorResult result) {
		List<String> parts = new ArrayList<>();
		if (result.actual() != null) {
			parts.add("actual " + value(result.actual()));
		}
		if (result.target() != null) {
			parts.add("target " + value(result.target()));
		}
		if (result.floor() != null) {
			parts.add("floor " + value(result.floor()));
		}
		return parts.isEmpty() ? "" : " " + String.join(", ", parts);
	}

	private static String value(Observation observation) {
		return observation.getValue() == null ? "" : Values.quantity(observation.getValue());
	}

	private static String value(Target target) {
		return target == null || target.getValue() == null ? "" : Values.quantity(target.getValue());
	}

	private static String statusWord(CommitmentStatus status) {
		return status.status() == null ? "none" : status.status().getName();
	}

	// ------------------------------------------------------------------ JSON

	private static void writeJson(TraceIndex index, MonitoringReport report, PrintStream out) {
		out.println("{");
		out.println("  \"asAt\": " + (report.asAt() == null ? "null" : Json.string(report.asAt().toString())) + ",");
		out.println("  \"period\": " + Json.string(report.period().toString()) + ",");
		out.print("  \"indicators\": [");
		List<IndicatorResult> indicators = report.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			IndicatorResult r = indicators.get(i);
			out.print((i == 0 ? "\n" : ",\n") + "    {\"name\": " + Json.string(index.qualifiedName(r.indicator()))
					+ ", \"title\": " + Json.string(Labels.label(r.indicator()))
					+ ", \"period\": " + Json.string(r.period().toString())
					+ ", \"rating\": " + Json.string(r.rating().word())
					+ ", \"reason\": " + Json.string(r.reason())
					+ ", \"actual\": " + optional(r.actual() == null ? null : value(r.actual()))
					+ ", \"target\": " + optional(r.target() == null ? null : value(r.target()))
					+ ", \"floor\": " + optional(r.floor() == null ? null : value(r.floor()))
					+ ", \"direction\": " + Json.string(r.sincePrevious().word())
					+ ", \"directionOnYearBefore\": " + Json.string(r.sinceYearBefore().word())
					+ ", \"commentary\": " + optional(r.actual() == null ? null : r.actual().getCommentary()) + "}");
		}
		out.println(indicators.isEmpty() ? "]," : "\n  ],");
		out.print("  \"commitments\": [");
		List<CommitmentStatus> commitments = report.commitments();
		for (int i = 0; i < commitments.size(); i++) {
			CommitmentStatus s = commitments.get(i);
			out.print((i == 0 ? "\n" : ",\n") + "    {\"name\": " + Json.string(index.qualifiedName(s.commitment()))
					+ ", \"title\": " + Json.string(Labels.label(s.commitment()))
					+ ", \"status\": " + Json.string(statusWord(s))
					+ ", \"rating\": " + Json.string(s.rating().word())
					+ ", \"from\": " + Json.string(s.update() != null ? "update" : s.status() != null ? "indicators" : "none")
					+ ", \"commentary\": " + optional(s.update() == null ? null : s.update().getCommentary()) + "}");
		}
		out.println(commitments.isEmpty() ? "]" : "\n  ]");
		out.println("}");
	}

	private static String optional(String text) {
		return text == null ? "null" : Json.string(text);
	}

	// ------------------------------------------------------------------ CSV

	private static void writeCsv(TraceIndex index, MonitoringReport report, PrintStream out) {
		StringBuilder csv = new StringBuilder().append(MatrixCsv.BYTE_ORDER_MARK);
		row(csv, "Directorate", "Kind", "Name", "Title", "Period", "Status or rating", "Reason", "Actual", "Target",
				"Floor", "Direction on previous period", "Direction on a year before", "Commentary");
		for (Section section : report.directorates()) {
			String directorate = section.directorate() == null ? "" : Labels.label(section.directorate());
			for (CommitmentStatus s : section.commitments()) {
				row(csv, directorate, "commitment", index.qualifiedName(s.commitment()), Labels.label(s.commitment()),
						report.period().toString(), statusWord(s), "", "", "", "", "", "",
						s.update() == null || s.update().getCommentary() == null ? "" : s.update().getCommentary());
			}
			for (IndicatorResult r : section.indicators()) {
				row(csv, directorate, "indicator", index.qualifiedName(r.indicator()), Labels.label(r.indicator()),
						r.period().toString(), r.rating().word(), r.reason(),
						r.actual() == null ? "" : value(r.actual()), value(r.target()), value(r.floor()),
						r.sincePrevious().word(), r.sinceYearBefore().word(),
						r.actual() == null || r.actual().getCommentary() == null ? "" : r.actual().getCommentary());
			}
		}
		out.print(csv);
	}

	private static void row(StringBuilder csv, String... fields) {
		for (int i = 0; i < fields.length; i++) {
			csv.append(i == 0 ? "" : ",").append(MatrixCsv.field(fields[i]));
		}
		csv.append("\r\n");
	}
}
