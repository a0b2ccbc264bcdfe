package org.throughline.views.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.throughline.model.plan.Commitment;
import org.throughline.trace.matrix.TraceMatrix.Row;

/**
 * What the matrix shows for one choice of columns, filter, grouping and sort: its columns and its lines, each
 * a group heading or a commitment's row.
 *
 * @param columns   the columns, left to right
 * @param lines     the lines, top to bottom
 * @param total     how many commitments the plan has
 * @param withGaps  how many of them have at least one hole
 */
public record MatrixContent(List<MatrixColumnSpec> columns, List<Line> lines, int total, int withGaps) {

	/** A line of the matrix. */
	public sealed interface Line {
	}

	/** The heading of a group: "Aim: To help the Kent economy to grow", and how many rows it holds. */
	public record GroupLine(String label, int count) implements Line {
	}

	/** One commitment's row; it adapts to the commitment, so that other views follow a selection in the matrix. */
	public record RowLine(Row row) implements Line, IAdaptable {
		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return adapter == EObject.class ? adapter.cast(row.commitment()) : null;
		}
	}

	public MatrixContent {
		columns = List.copyOf(columns);
		lines = List.copyOf(lines);
	}

	/** The commitments shown, each once, in the order shown: what the CSV export writes. */
	public List<Commitment> commitments() {
		List<Commitment> shown = new ArrayList<>();
		Set<Commitment> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Line line : lines) {
			if (line instanceof RowLine row && seen.add(row.row().commitment())) {
				shown.add(row.row().commitment());
			}
		}
		return shown;
	}
}
