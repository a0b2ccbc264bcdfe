package org.throughline.trace.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.InspectionAction;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.Response;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.holes.Hole;
import org.throughline.trace.holes.Holes;

/**
 * The traceability matrix: one row per commitment, with its owners, measures, consultation responses and
 * inspection actions, and the holes that remain. {@link #gapsOnly()} keeps the rows that have holes.
 */
public final class TraceMatrix {

	/**
	 * One commitment and everything traced to it.
	 *
	 * @param commitment the commitment
	 * @param ownerships its ownerships whose owner resolves, in order
	 * @param indicators the resolved indicators that measure it
	 * @param responses  the consultation responses that concern it
	 * @param actions    the inspection actions it addresses
	 * @param holes      what it lacks
	 */
	public record Row(Commitment commitment, List<Ownership> ownerships, List<Indicator> indicators,
			List<Response> responses, List<InspectionAction> actions, Set<Hole> holes) {

		/** True when nothing is missing. */
		public boolean complete() {
			return holes.isEmpty();
		}
	}

	private final TraceIndex index;
	private final List<Row> rows;

	private TraceMatrix(TraceIndex index, List<Row> rows) {
		this.index = index;
		this.rows = rows;
	}

	/** The matrix of every commitment in the index, in document order. */
	public static TraceMatrix of(TraceIndex index) {
		return of(index, index.commitments());
	}

	/** The matrix of the given commitments, in the order given. */
	public static TraceMatrix of(TraceIndex index, List<Commitment> commitments) {
		List<Row> rows = new ArrayList<>(commitments.size());
		for (Commitment commitment : commitments) {
			List<Ownership> ownerships = commitment.getOwnerships().stream()
					.filter(o -> TraceIndex.resolved(o.getOwner())).toList();
			rows.add(new Row(commitment, ownerships, TraceIndex.resolvedOnly(commitment.getIndicators()),
					index.responsesConcerning(commitment), index.inspectionActionsAddressedBy(commitment),
					Holes.of(index, commitment)));
		}
		return new TraceMatrix(index, List.copyOf(rows));
	}

	/** The same matrix with only the rows that have at least one hole. */
	public TraceMatrix gapsOnly() {
		return new TraceMatrix(index, rows.stream().filter(r -> !r.complete()).toList());
	}

	public List<Row> rows() {
		return rows;
	}

	/** The index the matrix was built from. */
	public TraceIndex index() {
		return index;
	}

	/** The text of a cell, as the CSV export and the workbench write it. */
	public String cell(Row row, MatrixColumn column) {
		return column.value(row, index);
	}
}
