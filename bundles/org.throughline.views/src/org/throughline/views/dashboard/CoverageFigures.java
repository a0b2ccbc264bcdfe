package org.throughline.views.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.labels.Labels;
import org.throughline.model.monitoring.Rating;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Plan;
import org.throughline.model.values.CalendarDate;
import org.throughline.model.values.ReportingPeriod;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.coverage.Coverage;
import org.throughline.trace.coverage.CoverageMeasure;
import org.throughline.trace.coverage.DirectorateCoverage;
import org.throughline.trace.coverage.GroupCoverage;
import org.throughline.trace.coverage.Grouping;
import org.throughline.trace.coverage.PlanSummary;
import org.throughline.trace.monitoring.MonitoringReport;
import org.throughline.trace.restructure.RestructureImpact;
import org.throughline.trace.restructure.RestructureImpact.EndedOwner;
import org.throughline.trace.restructure.RestructureImpact.MoveImpact;
import org.throughline.views.model.Analyses;
import org.throughline.views.model.DirectorateAttribution;
import org.throughline.views.model.PlanModel;

/**
 * The dashboard's tables for a model: for each plan the shares of its commitments that are owned, measured,
 * consulted on and answered, overall and by directorate, with the numbers and labels of the {@code stats}
 * command; and for each restructure, what it moves and ends. Every number carries the elements it counts.
 */
public final class CoverageFigures {

	private static final Object KEY = CoverageFigures.class;

	private final TraceIndex index;

	private CoverageFigures(TraceIndex index) {
		this.index = index;
	}

	/**
	 * The tables, computed once per model: each plan's overall and directorate tables and those by aim, area, lead and
	 * accountable owner it has, then each restructure's.
	 */
	public static List<FigureTable> of(PlanModel model) {
		return model.derived(KEY, m -> new CoverageFigures(m.index()).tables(m));
	}

	private List<FigureTable> tables(PlanModel model) {
		List<FigureTable> tables = new ArrayList<>();
		for (PlanSummary summary : Analyses.summaries(model)) {
			tables.add(overall(summary));
			if (!summary.byDirectorate().isEmpty()) {
				tables.add(directorates(model, summary));
			}
			for (Grouping grouping : Grouping.values()) {
				if (!summary.byGroup(grouping).isEmpty()) {
					tables.add(groups(summary, grouping));
				}
			}
		}
		delivery().ifPresent(tables::add);
		for (RestructureImpact impact : Analyses.restructures(model)) {
			tables.add(restructure(impact));
		}
		return List.copyOf(tables);
	}

	// ------------------------------------------------------------------ delivery

	/**
	 * How the commitments of each directorate stand for the latest period reported on, as {@code throughline report}
	 * rates them: by the rating each commitment's status stands for. None before the first period of any plan ends.
	 */
	private Optional<FigureTable> delivery() {
		Optional<ReportingPeriod> period = index.plans().stream().map(MonitoringReport::currentPeriod)
				.flatMap(Optional::stream).max(Comparator.naturalOrder());
		Optional<CalendarDate> asAt = MonitoringReport.asAt(index, null);
		if (period.isEmpty() || asAt.isEmpty()) {
			return Optional.empty();
		}
		MonitoringReport report = MonitoringReport.of(index, asAt.get(), period.get());
		List<FigureTable.Row> rows = new ArrayList<>();
		for (MonitoringReport.Section section : report.directorates()) {
			String label = section.directorate() == null ? "(no directorate)"
					: DirectorateCoverage.label(section.directorate());
			List<Figure> figures = new ArrayList<>();
			List<EObject> all = new ArrayList<>();
			section.commitments().forEach(s -> all.add(s.commitment()));
			figures.add(count("Commitments counted for " + label, all.size(), all));
			for (Rating rating : DELIVERY_COLUMNS) {
				List<EObject> rated = new ArrayList<>();
				section.commitments().stream().filter(s -> s.rating() == rating).forEach(s -> rated.add(s.commitment()));
				figures.add(count(rating == Rating.NONE ? "Not rated" : capitalised(rating.word()) + ", of the commitments of " + label, rated.size(),
						rated));
			}
			rows.add(new FigureTable.Row(label, figures));
		}
		return Optional.of(new FigureTable("Delivery by directorate, " + period.get() + " (as at " + asAt.get() + ")",
				List.of("Directorate", "Commitments", "Green", "Amber", "Red", "Not rated"), rows,
				"Each commitment counted by the rating its status for the period stands for: the status of its latest"
						+ " update, else its indicators' worst rating."));
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static final List<Rating> DELIVERY_COLUMNS = List.of(Rating.GREEN, Rating.AMBER, Rating.RED, Rating.NONE);

	// ------------------------------------------------------------------ a plan

	private FigureTable overall(PlanSummary summary) {
		Plan plan = summary.plan();
		List<Commitment> all = plan.getCommitments();
		Coverage c = summary.overall();
		List<FigureTable.Row> rows = new ArrayList<>();
		rows.add(new FigureTable.Row("Commitments", List.of(count("Commitments", c.commitments(), all),
				new Figure("", "", List.of()))));
		for (CoverageMeasure measure : CoverageMeasure.values()) {
			rows.add(fact(measure.line(), c, measure.count(c), all, x -> measure.holds(index, x)));
		}
		String title = Labels.label(plan) + " \u2014 " + index.qualifiedName(plan)
				+ (plan.getPeriodStart() != null && plan.getPeriodEnd() != null
						? ", " + plan.getPeriodStart() + " to " + plan.getPeriodEnd() : "");
		return new FigureTable(title, List.of("", "Commitments", "Share"), rows, "");
	}

	private FigureTable.Row fact(String label, Coverage coverage, int count, List<Commitment> all,
			Predicate<Commitment> fact) {
		List<EObject> counted = filter(all, fact);
		String caption = label.strip();
		return new FigureTable.Row(label, List.of(count(caption, count, counted),
				new Figure(caption, coverage.percent(count) + "%", counted)));
	}

	// ------------------------------------------------------------------ by directorate

	private FigureTable directorates(PlanModel model, PlanSummary summary) {
		DirectorateAttribution attribution = Analyses.attribution(model, summary.plan());
		List<FigureTable.Row> rows = new ArrayList<>();
		for (DirectorateCoverage row : summary.byDirectorate()) {
			String label = DirectorateCoverage.label(row.directorate());
			List<Commitment> counted = attribution.commitmentsOf(row.directorate());
			rows.add(new FigureTable.Row(label, directorateFigures(label, row.coverage(), row.byOwnership(),
					row.byAim(), counted, attribution)));
		}
		if (summary.unattributed().commitments() > 0) {
			rows.add(new FigureTable.Row("(no directorate)", directorateFigures("no directorate",
					summary.unattributed(), 0, 0, attribution.unattributed(), null)));
		}
		return new FigureTable(DirectorateCoverage.TABLE_TITLE, DirectorateCoverage.HEADINGS, rows,
				DirectorateCoverage.HEADINGS_KEY);
	}

	private List<Figure> directorateFigures(String label, Coverage c, int byOwnership, int byAim,
			List<Commitment> counted, DirectorateAttribution attribution) {
		String of = ", of the commitments counted for " + label;
		List<Figure> figures = new ArrayList<>();
		figures.add(count("Commitments counted for " + label, c.commitments(), counted));
		figures.add(count("Owned by " + label, byOwnership,
				attribution == null ? List.of() : filter(counted, attribution::attributedByOwnership)));
		figures.add(count("Unowned, under an aim " + label + " delivers", byAim,
				attribution == null ? List.of() : filter(counted, x -> !attribution.attributedByOwnership(x))));
		for (CoverageMeasure measure : CoverageMeasure.columns()) {
			figures.add(share(measure.label() + of, c, measure.count(c), counted, x -> measure.holds(index, x)));
		}
		return figures;
	}

	// ------------------------------------------------------------------ by aim, area, lead and accountable owner

	/** The plan's aims, areas or owners of a role, each with its commitments and their shares, as {@code stats}. */
	private FigureTable groups(PlanSummary summary, Grouping grouping) {
		List<FigureTable.Row> rows = new ArrayList<>();
		for (GroupCoverage row : summary.byGroup(grouping)) {
			String label = Labels.label(row.group());
			String of = ", of the commitments of " + label;
			Coverage c = row.coverage();
			List<Figure> figures = new ArrayList<>();
			figures.add(count("Commitments of " + label, c.commitments(), row.commitments()));
			for (CoverageMeasure measure : CoverageMeasure.columns()) {
				figures.add(share(measure.label() + of, c, measure.count(c), row.commitments(),
						x -> measure.holds(index, x)));
			}
			rows.add(new FigureTable.Row(label, figures));
		}
		List<String> headers = new ArrayList<>(List.of(grouping.heading(), "All"));
		CoverageMeasure.columns().forEach(measure -> headers.add(measure.heading()));
		return new FigureTable(grouping.title(), headers, rows, "");
	}

	/** A share as the summary computes it, with the commitments the same fact picks out of those counted. */
	private static Figure share(String caption, Coverage coverage, int count, List<Commitment> counted,
			Predicate<Commitment> fact) {
		return new Figure(caption, coverage.percent(count) + "%", filter(counted, fact));
	}

	// ------------------------------------------------------------------ a restructure

	private FigureTable restructure(RestructureImpact impact) {
		List<EObject> moves = new ArrayList<>();
		List<EObject> superseded = new ArrayList<>();
		for (MoveImpact move : impact.moves()) {
			moves.add(move.move());
			if (move.superseded()) {
				superseded.add(move.move());
			}
		}
		List<EObject> ended = new ArrayList<>();
		List<EObject> stillOwning = new ArrayList<>();
		for (EndedOwner owner : impact.endedOwners()) {
			ended.add(owner.owner());
			if (owner.stillOwnsSomething()) {
				stillOwning.add(owner.owner());
			}
		}
		List<FigureTable.Row> rows = List.of(
				new FigureTable.Row("Moves", List.of(count("Moves", moves.size(), moves))),
				new FigureTable.Row("  superseded by a later move",
						List.of(count("Moves superseded by a later move", superseded.size(), superseded))),
				new FigureTable.Row("Commitments whose owners it moves",
						List.of(count("Commitments whose owners a move in force affects",
								impact.affectedCommitments().size(), List.copyOf(impact.affectedCommitments())))),
				new FigureTable.Row("Owners no longer in force", List.of(count("Owners no longer in force",
						ended.size(), ended))),
				new FigureTable.Row("  still owning commitments or indicators",
						List.of(count("Owners no longer in force that still own commitments or indicators",
								stillOwning.size(), stillOwning))));
		return new FigureTable("Restructure: " + Labels.label(impact.restructure()), List.of("", "Count"), rows, "");
	}

	// ------------------------------------------------------------------ helpers

	private static Figure count(String caption, int count, List<? extends EObject> elements) {
		return new Figure(caption, Integer.toString(count), List.copyOf(elements));
	}

	private static List<EObject> filter(List<Commitment> commitments, Predicate<Commitment> fact) {
		List<EObject> kept = new ArrayList<>();
		for (Commitment commitment : commitments) {
			if (fact.test(commitment)) {
				kept.add(commitment);
			}
		}
		return kept;
	}
}
