package org.throughline.trace.ui.matrix;

import org.throughline.views.matrix.MatrixLayout;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * The sort state behind NatTable's column headings: one column at a time, ascending, descending or none, as
 * clicks on a heading cycle through them. The sorting itself is the matrix layout's, which the consumer runs.
 */
final class MatrixSortModel implements ISortModel {

	private final Consumer<MatrixLayout.Sort> apply;
	private int column = -1;
	private SortDirectionEnum direction = SortDirectionEnum.NONE;

	MatrixSortModel(Consumer<MatrixLayout.Sort> apply) {
		this.apply = apply;
	}

	/** Forgets the sort without re-sorting, when the columns change under it. */
	void reset() {
		column = -1;
		direction = SortDirectionEnum.NONE;
	}

	@Override
	public List<Integer> getSortedColumnIndexes() {
		return column < 0 ? List.of() : List.of(column);
	}

	@Override
	public boolean isColumnIndexSorted(int index) {
		return index == column && direction != SortDirectionEnum.NONE;
	}

	@Override
	public SortDirectionEnum getSortDirection(int index) {
		return index == column ? direction : SortDirectionEnum.NONE;
	}

	@Override
	public int getSortOrder(int index) {
		return isColumnIndexSorted(index) ? 0 : -1;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public List<Comparator> getComparatorsForColumnIndex(int index) {
		return List.of();
	}

	@Override
	public Comparator<?> getColumnComparator(int index) {
		return null;
	}

	@Override
	public void sort(int index, SortDirectionEnum sortDirection, boolean accumulate) {
		column = sortDirection == SortDirectionEnum.NONE ? -1 : index;
		direction = sortDirection;
		apply.accept(column < 0 ? MatrixLayout.Sort.NONE
				: new MatrixLayout.Sort(column, sortDirection == SortDirectionEnum.ASC));
	}

	@Override
	public void clear() {
		reset();
		apply.accept(MatrixLayout.Sort.NONE);
	}
}
