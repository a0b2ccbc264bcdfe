package org.throughline.views.matrix;

import java.util.ArrayList;
import java.util.List;

import org.throughline.trace.holes.Hole;
import org.throughline.trace.matrix.TraceMatrix.Row;

/**
 * Which rows the matrix shows: all, those with any hole (the command line's {@code --gaps-only}), or those with
 * one particular hole.
 *
 * @param label what the filter is called in the matrix's tool bar
 * @param hole  the hole a row must have; null for no particular hole
 * @param gaps  true to keep only rows with at least one hole
 */
public record RowFilter(String label, Hole hole, boolean gaps) {

	public static final RowFilter ALL = new RowFilter("All commitments", null, false);
	public static final RowFilter ANY_GAP = new RowFilter("Commitments with gaps", null, true);

	/** Every filter, in the order the tool bar offers them. */
	public static List<RowFilter> all() {
		List<RowFilter> filters = new ArrayList<>(List.of(ALL, ANY_GAP));
		for (Hole hole : Hole.values()) {
			filters.add(new RowFilter("Gap: " + hole.label(), hole, true));
		}
		return filters;
	}

	public boolean keeps(Row row) {
		if (!gaps) {
			return true;
		}
		return hole == null ? !row.complete() : row.holes().contains(hole);
	}
}
