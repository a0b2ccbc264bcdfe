package org.throughline.trace.ui.matrix;

import org.throughline.views.matrix.MatrixContent;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ISpanningDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.cell.DataCell;
import org.throughline.views.matrix.MatrixContent.GroupLine;
import org.throughline.views.matrix.MatrixContent.Line;
import org.throughline.views.matrix.MatrixContent.RowLine;

/**
 * The matrix's cells for NatTable, read from the content shown now. Cell text is computed when NatTable paints
 * the cell, so only the rows in view cost anything. A group heading spans the whole row.
 */
final class MatrixBody implements IRowDataProvider<Line>, ISpanningDataProvider {

	private MatrixContent content = new MatrixContent(List.of(), List.of(), 0, 0);

	void show(MatrixContent shown) {
		content = shown;
	}

	MatrixContent content() {
		return content;
	}

	@Override
	public Object getDataValue(int column, int row) {
		return switch (content.lines().get(row)) {
			case GroupLine group -> group.label() + " \u2014 " + group.count() + (group.count() == 1 ? " commitment" : " commitments");
			case RowLine line -> content.columns().get(column).cell().apply(line.row());
		};
	}

	@Override
	public void setDataValue(int column, int row, Object value) {
		throw new UnsupportedOperationException("the matrix is read only; edit the .plan files");
	}

	@Override
	public int getColumnCount() {
		return content.columns().size();
	}

	@Override
	public int getRowCount() {
		return content.lines().size();
	}

	@Override
	public Line getRowObject(int row) {
		return content.lines().get(row);
	}

	@Override
	public int indexOfRowObject(Line line) {
		return content.lines().indexOf(line);
	}

	@Override
	public DataCell getCellByPosition(int column, int row) {
		if (row < content.lines().size() && content.lines().get(row) instanceof GroupLine) {
			return new DataCell(0, row, Math.max(1, content.columns().size()), 1);
		}
		return new DataCell(column, row);
	}
}
