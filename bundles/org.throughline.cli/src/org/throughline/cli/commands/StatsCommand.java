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
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.Plan;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.coverage.Coverage;
import org.throughline.trace.coverage.CoverageMeasure;
import org.throughline.trace.coverage.DirectorateCoverage;
import org.throughline.trace.coverage.GroupCoverage;
import org.throughline.trace.coverage.Grouping;
import org.throughline.trace.coverage.PlanSummary;

/** {@code stats DIR}: the plan-level summary of every plan in the folder, overall and per directorate. */
public final class StatsCommand implements Command {

	/** The width of a share column of the directorate table: its heading and a space, and room for "100%". */
	private static int width(CoverageMeasure column) {
		return Math.max(6, column.heading().length() + 1);
	}

	@Override
	public String name() {
		return "stats";
	}

	@Override
	public String arguments() {
		return "DIR [--format text|json]";
	}

	@Override
	public String summary() {
		return "count the commitments that are owned, measured, consulted on and answered";
	}

	@Override
	public int run(List<String> words, CommandContext context) throws UsageException, CommandFailure {
		Arguments arguments = Arguments.parse(words, Set.of("--format"), Set.of());
		String folder = arguments.single("plan folder DIR");
		String format = arguments.choice("--format", "text", List.of("text", "json"));
		LoadedPlan plan = context.load(folder);
		context.requireReadable(plan, "summary");
		TraceIndex index = plan.index();
		List<PlanSummary> summaries = index.plans().stream().map(p -> PlanSummary.of(index, p)).toList();
		if (format.equals("json")) {
			writeJson(index, summaries, context.out());
		} else if (summaries.isEmpty()) {
			context.out().println("No plan in " + folder);
		} else {
			for (int i = 0; i < summaries.size(); i++) {
				if (i > 0) {
					context.out().println();
				}
				writeText(index, summaries.get(i), context.out());
			}
			consultationsText(index, context.out());
		}
		return context.exitCode(plan, "summary");
	}

	// ------------------------------------------------------------------ text

	private static void writeText(TraceIndex index, PlanSummary summary, PrintStream out) {
		Plan plan = summary.plan();
		out.println(Labels.label(plan));
		List<String> facts = new ArrayList<>();
		facts.add(index.qualifiedName(plan));
		if (plan.getPeriodStart() != null && plan.getPeriodEnd() != null) {
			facts.add(plan.getPeriodStart() + " to " + plan.getPeriodEnd());
		}
		if (plan.getVersion() != null) {
			facts.add(plan.getVersion());
		}
		out.println(String.join(", ", facts));
		out.println();
		Coverage c = summary.overall();
		line(out, "Commitments", c.commitments(), -1);
		for (CoverageMeasure measure : CoverageMeasure.values()) {
			line(out, measure.line(), measure.count(c), c.percent(measure.count(c)));
		}
		if (!summary.byDirectorate().isEmpty()) {
			directorates(summary, out);
		}
		for (Grouping grouping : Grouping.values()) {
			if (!summary.byGroup(grouping).isEmpty()) {
				groups(summary, grouping, out);
			}
		}
	}

	private static void directorates(PlanSummary summary, PrintStream out) {
		out.println();
		out.println(DirectorateCoverage.TABLE_TITLE);
		List<String> headings = DirectorateCoverage.HEADINGS;
		StringBuilder heading = new StringBuilder(String.format("%-44s %5s %5s %5s", headings.get(0), headings.get(1),
				headings.get(2), headings.get(3)));
		for (int i = 4; i < headings.size(); i++) {
			heading.append(String.format(" %" + width(CoverageMeasure.columns().get(i - 4)) + "s", headings.get(i)));
		}
		out.println(heading);
		for (DirectorateCoverage row : summary.byDirectorate()) {
			directorate(out, DirectorateCoverage.label(row.directorate()), row.coverage(), row.byOwnership(),
					row.byAim());
		}
		if (summary.unattributed().commitments() > 0) {
			directorate(out, "(no directorate)", summary.unattributed(), 0, 0);
		}
		out.println(DirectorateCoverage.HEADINGS_KEY);
	}

	/** A table of the plan's aims, areas or owners of a role, each with the coverage of its commitments. */
	private static void groups(PlanSummary summary, Grouping grouping, PrintStream out) {
		out.println();
		out.println(grouping.title());
		StringBuilder heading = new StringBuilder(String.format("%-44s %5s", grouping.heading(), "All"));
		for (CoverageMeasure column : CoverageMeasure.columns()) {
			heading.append(String.format(" %" + width(column) + "s", column.heading()));
		}
		out.println(heading);
		for (GroupCoverage row : summary.byGroup(grouping)) {
			Coverage c = row.coverage();
			out.println(withShares(new StringBuilder(String.format("%-44s %5d", fit(Labels.label(row.group()), 44),
					c.commitments())), c));
		}
	}

	private static void line(PrintStream out, String label, int count, int percent) {
		out.println(String.format("%-32s %6d", label, count) + (percent < 0 ? "" : String.format(" %4d%%", percent)));
	}

	private static void directorate(PrintStream out, String label, Coverage c, int byOwnership, int byAim) {
		StringBuilder row = new StringBuilder(String.format("%-44s %5d %5d %5d", label, c.commitments(), byOwnership,
				byAim));
		out.println(withShares(row, c));
	}

	/** The row with each column measure's share of its commitments, right-aligned under its heading. */
	private static StringBuilder withShares(StringBuilder row, Coverage c) {
		for (CoverageMeasure column : CoverageMeasure.columns()) {
			row.append(String.format(" %" + (width(column) - 1) + "d%%", c.percent(column.count(c))));
		}
		return row;
	}

	// ------------------------------------------------------------------ JSON

	private static void writeJson(TraceIndex index, List<PlanSummary> summaries, PrintStream out) {
		out.println("{");
		out.print("  \"plans\": [");
		for (int i = 0; i < summaries.size(); i++) {
			PlanSummary summary = summaries.get(i);
			Plan plan = summary.plan();
			out.print(i == 0 ? "\n" : ",\n");
			out.println("    {");
			out.println("      \"plan\": " + Json.string(index.qualifiedName(plan)) + ",");
			out.println("      \"title\": " + Json.string(Labels.label(plan)) + ",");
			out.println("      \"overall\": " + json(summary.overall()) + ",");
			out.print("      \"directorates\": [");
			List<DirectorateCoverage> rows = summary.byDirectorate();
			for (int j = 0; j < rows.size(); j++) {
				DirectorateCoverage row = rows.get(j);
				out.print((j == 0 ? "\n" : ",\n") + "        {\"directorate\": "
						+ Json.string(index.qualifiedName(row.directorate())) + ", \"title\": "
						+ Json.string(Labels.label(row.directorate())) + ", \"byOwnership\": " + row.byOwnership()
						+ ", \"byAim\": " + row.byAim() + ", \"coverage\": " + json(row.coverage()) + "}");
			}
			out.println(rows.isEmpty() ? "]," : "\n      ],");
			out.println("      \"unattributed\": " + json(summary.unattributed()) + ",");
			out.print("      \"groups\": {");
			Grouping[] groupings = Grouping.values();
			for (int g = 0; g < groupings.length; g++) {
				List<GroupCoverage> groups = summary.byGroup(groupings[g]);
				out.print((g == 0 ? "\n" : ",\n") + "        " + Json.string(groupings[g].key()) + ": [");
				for (int j = 0; j < groups.size(); j++) {
					GroupCoverage row = groups.get(j);
					out.print((j == 0 ? "\n" : ",\n") + "          {\"name\": "
							+ Json.string(index.qualifiedName(row.group())) + ", \"title\": "
							+ Json.string(Labels.label(row.group())) + ", \"coverage\": " + json(row.coverage()) + "}");
				}
				out.print(groups.isEmpty() ? "]" : "\n        ]");
			}
			out.println("\n      }");
			out.print("    }");
		}
		out.println(summaries.isEmpty() ? "]," : "\n  ],");
		out.print("  \"consultations\": [");
		List<Consultation> consultations = index.consultations();
		for (int i = 0; i < consultations.size(); i++) {
			Consultation consultation = consultations.get(i);
			out.print((i == 0 ? "\n" : ",\n") + "    {\"consultation\": " + Json.string(index.qualifiedName(consultation))
					+ ", \"title\": " + Json.string(Labels.label(consultation)) + ", \"responses\": "
					+ consultation.getResponses().size() + ", \"respondents\": " + consultation.getRespondents().size()
					+ ", \"replied\": " + replied(consultation) + "}");
		}
		out.println(consultations.isEmpty() ? "]" : "\n  ]");
		out.println("}");
	}

	// ------------------------------------------------------------------ consultations

	/** Each consultation's responses, respondents and replies, for the officer who runs it. */
	private static void consultationsText(TraceIndex index, PrintStream out) {
		if (index.consultations().isEmpty()) {
			return;
		}
		out.println();
		out.println(String.format("%-60s %9s %11s %7s", "Consultation", "Responses", "Respondents", "Replied"));
		for (Consultation consultation : index.consultations()) {
			out.println(String.format("%-60s %9d %11d %7d", fit(Labels.label(consultation), 60),
					consultation.getResponses().size(), consultation.getRespondents().size(), replied(consultation)));
		}
	}

	private static String fit(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
	}

	private static long replied(Consultation consultation) {
		return consultation.getResponses().stream().filter(r -> r.getReply() != null).count();
	}

	private static String json(Coverage c) {
		StringBuilder json = new StringBuilder("{\"commitments\": " + c.commitments());
		for (CoverageMeasure measure : CoverageMeasure.values()) {
			json.append(", ").append(Json.string(measure.key())).append(": ").append(measure.count(c));
		}
		return json.append('}').toString();
	}
}
