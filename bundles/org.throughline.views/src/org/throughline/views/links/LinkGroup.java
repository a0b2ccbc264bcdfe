package org.throughline.views.links;

import java.util.List;

/**
 * The links of one relation, "measured by" or "owners".
 *
 * @param relation  what the relation is called, from the traced element's point of view
 * @param direction whether the traced element names the others or they name it
 * @param links     the linked elements, in document order
 */
public record LinkGroup(String relation, Direction direction, List<Link> links) {

	/** Which end of a relation the traced element is. */
	public enum Direction {
		/** The traced element names the others: a commitment names its owners. */
		OUTGOING,
		/** The others name the traced element: responses name the commitment they concern. */
		INCOMING,
		/** Not a link but something the views say about the element: a reason, what it lacks. */
		FACT
	}

	public LinkGroup {
		links = List.copyOf(links);
	}
}
