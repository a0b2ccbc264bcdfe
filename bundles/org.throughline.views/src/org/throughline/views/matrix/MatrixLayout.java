package org.throughline.views.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.Response;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.holes.Hole;
import org.throughline.trace.matrix.MatrixColumn;
import org.throughline.trace.matrix.TraceMatrix;
import org.throughline.trace.matrix.TraceMatrix.Row;
import org.throughline.views.labels.ElementLabels;
import org.throughline.views.matrix.MatrixContent.GroupLine;
import org.throughline.views.matrix.MatrixContent.Line;
import org.throughline.views.matrix.MatrixContent.RowLine;
import org.throughline.views.model.Analyses;
import org.throughline.views.model.PlanModel;

/**
 * Lays out the matrix for one choice of columns, filter, grouping and sort. The rows come from the model's one
 * {@link TraceMatrix}, the same the command line exports; a layout filters, groups and sorts references to them
 * and computes each sort key once, so that a change of view costs n log n, not a rebuild.
 */
public final class MatrixLayout {

	/** Sorting by a column: its position in the layout's columns, and the direction. */
	public record Sort(int column, boolean ascending) {
		public static final Sort NONE = new Sort(-1, true);
	}

	private MatrixLayout() {
	}

	/** What a commitment lacks, in words ("No owner; No measure"); the CSV export keeps the stable codes. */
	static String holes(Row row) {
		return row.holes().stream().map(Hole::label).collect(Collectors.joining(MatrixColumn.SEPARATOR));
	}

	/** The columns for an axis, left to right. */
	public static List<MatrixColumnSpec> columns(PlanModel model, MatrixAxis axis) {
		TraceIndex index = model.index();
		TraceMatrix matrix = Analyses.matrix(model);
		List<MatrixColumnSpec> columns = new ArrayList<>();
		if (axis == MatrixAxis.TRACE) {
			for (MatrixColumn column : MatrixColumn.values()) {
				columns.add(new MatrixColumnSpec(column.header(), column.header(), null,
						column == MatrixColumn.HOLES ? MatrixLayout::holes : row -> matrix.cell(row, column)));
			}
			return columns;
		}
		columns.add(new MatrixColumnSpec("title", "The commitment's title", null, row -> Labels.label(row.commitment())));
		columns.add(new MatrixColumnSpec("holes", "What the commitment lacks", null, MatrixLayout::holes));
		switch (axis) {
			case UNITS -> {
				UnitCells cells = UnitCells.of(model);
				for (OrganisationUnit unit : cells.columns()) {
					columns.add(target(unit, row -> cells.cell(row.commitment(), unit)));
				}
			}
			case INDICATORS -> {
				for (Indicator indicator : index.indicators()) {
					columns.add(target(indicator, row -> row.indicators().contains(indicator) ? "measures" : ""));
				}
			}
			case RESPONSES -> {
				for (Consultation consultation : index.consultations()) {
					for (Response response : consultation.getResponses()) {
						columns.add(target(response, row -> row.responses().contains(response) ? outcome(response) : ""));
					}
				}
			}
			default -> throw new IllegalArgumentException(axis.name());
		}
		return columns;
	}

	private static MatrixColumnSpec target(EObject target, Function<Row, String> cell) {
		String name = Labels.name(target);
		return new MatrixColumnSpec(name, Labels.kind(target) + " " + ElementLabels.text(target), target, cell);
	}

	private static String outcome(Response response) {
		return response.getReply() == null ? "unanswered" : Labels.outcome(response.getReply().getOutcome());
	}

	/** The matrix's content: filtered rows, in groups, sorted within each group. */
	public static MatrixContent layout(PlanModel model, List<MatrixColumnSpec> columns, RowFilter filter,
			MatrixGrouping grouping, Sort sort) {
		TraceMatrix matrix = Analyses.matrix(model);
		List<Row> kept = new ArrayList<>();
		int withGaps = 0;
		for (Row row : matrix.rows()) {
			withGaps += row.complete() ? 0 : 1;
			if (filter.keeps(row)) {
				kept.add(row);
			}
		}
		Comparator<Row> order = sort.column() < 0 || sort.column() >= columns.size() ? null
				: comparator(kept, columns.get(sort.column()), sort.ascending());
		List<Line> lines = new ArrayList<>();
		if (grouping == MatrixGrouping.NONE) {
			addRows(lines, kept, order);
		} else {
			for (Map.Entry<String, List<Row>> group : groups(model, kept, grouping).entrySet()) {
				lines.add(new GroupLine(group.getKey(), group.getValue().size()));
				addRows(lines, group.getValue(), order);
			}
		}
		return new MatrixContent(columns, lines, matrix.rows().size(), withGaps);
	}

	private static void addRows(List<Line> lines, List<Row> rows, Comparator<Row> order) {
		List<Row> sorted = new ArrayList<>(rows);
		if (order != null) {
			sorted.sort(order);
		}
		for (Row row : sorted) {
			lines.add(new RowLine(row));
		}
	}

	// Each key is computed once; empty cells go last in either direction, ties keep document order.
	private static Comparator<Row> comparator(List<Row> rows, MatrixColumnSpec column, boolean ascending) {
		Map<Row, String> keys = new IdentityHashMap<>();
		for (Row row : rows) {
			keys.put(row, column.cell().apply(row));
		}
		Comparator<String> text = ascending ? NaturalOrder.INSTANCE : NaturalOrder.INSTANCE.reversed();
		return Comparator.comparing((Row row) -> keys.getOrDefault(row, column.cell().apply(row)).isEmpty())
				.thenComparing(row -> keys.getOrDefault(row, column.cell().apply(row)), text);
	}

	// Groups come in document order of what they group by; rows without one come last.
	private static Map<String, List<Row>> groups(PlanModel model, List<Row> rows, MatrixGrouping grouping) {
		TraceIndex index = model.index();
		Map<EObject, List<Row>> byKey = new IdentityHashMap<>();
		List<Row> none = new ArrayList<>();
		for (Row row : rows) {
			List<? extends EObject> keys = switch (grouping) {
				case AIM -> index.aimsOf(row.commitment());
				case THEME -> TraceIndex.resolvedOnly(row.commitment().getThemes());
				case DIRECTORATE -> directorates(model, row.commitment());
				case NONE -> List.of();
			};
			if (keys.isEmpty()) {
				none.add(row);
			}
			for (EObject key : keys) {
				byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
			}
		}
		List<EObject> order = new ArrayList<>();
		switch (grouping) {
			case AIM -> index.plans().forEach(plan -> order.addAll(plan.getAims()));
			case THEME -> index.plans().forEach(plan -> order.addAll(plan.getThemes()));
			case DIRECTORATE -> order.addAll(index.directorates());
			case NONE -> {
				// no groups
			}
		}
		Map<String, List<Row>> groups = new LinkedHashMap<>();
		String kind = switch (grouping) {
			case AIM -> "Aim";
			case THEME -> "Theme";
			default -> "Directorate";
		};
		for (EObject key : order) {
			List<Row> members = byKey.get(key);
			if (members != null) {
				groups.put(kind + ": " + Labels.label((NamedElement) key), members);
			}
		}
		if (!none.isEmpty()) {
			groups.put("No " + kind.toLowerCase(), none);
		}
		return groups;
	}

	private static List<OrganisationUnit> directorates(PlanModel model, Commitment commitment) {
		Plan plan = TraceIndex.planOf(commitment).orElse(null);
		return plan == null ? List.of() : Analyses.attribution(model, plan).directoratesOf(commitment);
	}
}
