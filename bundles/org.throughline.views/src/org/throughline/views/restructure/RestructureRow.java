package org.throughline.views.restructure;

import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;

/**
 * A row of the restructure view: a restructure, a move, an owner no longer in force, or what they touch.
 *
 * @param element  the element the row is about, which double-click opens and other views trace; null for a
 *                 heading
 * @param cells    the texts of the view's columns, left to right
 * @param retired  true for a move that a later one superseded, shown greyed
 * @param children the rows under it
 */
public record RestructureRow(EObject element, List<String> cells, boolean retired, List<RestructureRow> children)
		implements IAdaptable {

	public RestructureRow {
		cells = List.copyOf(cells);
		children = List.copyOf(children);
	}

	/** The text of a column. */
	public String cell(int column) {
		return column < cells.size() ? cells.get(column) : "";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == EObject.class && element != null ? adapter.cast(element) : null;
	}
}
