package org.throughline.views.dashboard;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One number of the dashboard and the elements behind it.
 *
 * @param caption  what the number counts, as the list of elements is headed: "Owned, of Enterprise's commitments"
 * @param text     the number as the dashboard shows it: a count, or a share as the {@code stats} command prints it
 * @param elements the elements counted, in document order
 */
public record Figure(String caption, String text, List<EObject> elements) {

	public Figure {
		elements = List.copyOf(elements);
	}
}
