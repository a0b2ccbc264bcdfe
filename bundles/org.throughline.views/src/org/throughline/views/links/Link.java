package org.throughline.views.links;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One linked element, or one fact, in a trace.
 *
 * @param element the element at the other end, which can be traced in turn; null for a fact (a reason, a hole)
 * @param at      where the link is written, which double-click opens: the ownership line rather than the owner
 * @param text    what the views show for it
 * @param details what belongs under it: a response's reply, the commitments a reply changed
 */
public record Link(EObject element, EObject at, String text, List<Link> details) {

	public Link {
		details = List.copyOf(details);
	}

	/** A link to an element, written at the element itself. */
	public static Link to(EObject element, String text) {
		return new Link(element, element, text, List.of());
	}

	/** A fact that points at no element. */
	public static Link fact(String text) {
		return new Link(null, null, text, List.of());
	}
}
