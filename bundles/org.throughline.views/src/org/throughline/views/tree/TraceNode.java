package org.throughline.views.tree;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.throughline.views.links.Link;
import org.throughline.views.links.LinkGroup;
import org.throughline.views.model.PlanModel;

/**
 * A row of the trace tree: a relation, or one element or fact under it. A row with an element adapts to it, so
 * that other views follow a selection in the tree.
 */
public sealed interface TraceNode extends IAdaptable {

	PlanModel model();

	/** A relation of the traced element, with its links as children. */
	record GroupNode(PlanModel model, LinkGroup group) implements TraceNode {
		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}
	}

	/** One linked element or fact. */
	record LinkNode(PlanModel model, Link link) implements TraceNode {
		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return adapter == EObject.class && link.element() != null ? adapter.cast(link.element()) : null;
		}
	}
}
