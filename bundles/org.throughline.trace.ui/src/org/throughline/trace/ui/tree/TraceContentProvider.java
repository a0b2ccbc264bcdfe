package org.throughline.trace.ui.tree;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.throughline.views.links.Link;
import org.throughline.views.links.LinkGroup;
import org.throughline.views.links.TraceLinks;
import org.throughline.views.tree.TraceNode.GroupNode;
import org.throughline.views.tree.TraceNode.LinkNode;

/**
 * The trace tree: the traced element's relations at the top, their links below. A link's details come under it;
 * a link without details opens onto the linked element's own trace, computed when the row is expanded.
 */
final class TraceContentProvider implements ITreeContentProvider {

	/** The input: the traced element's relations. */
	record Input(List<GroupNode> groups) {
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Input trace ? trace.groups().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return switch (parent) {
			case GroupNode group -> group.group().links().stream().map(l -> new LinkNode(group.model(), l)).toArray();
			case LinkNode node when !node.link().details().isEmpty() ->
				node.link().details().stream().map(l -> new LinkNode(node.model(), l)).toArray();
			case LinkNode node when traceable(node.link()) -> {
				List<LinkGroup> groups = TraceLinks.of(node.model(), node.link().element());
				yield groups.stream().map(g -> new GroupNode(node.model(), g)).toArray();
			}
			default -> new Object[0];
		};
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return switch (element) {
			case GroupNode group -> true;
			case LinkNode node -> !node.link().details().isEmpty()
					|| traceable(node.link()) && !TraceLinks.of(node.model(), node.link().element()).isEmpty();
			default -> false;
		};
	}

	private static boolean traceable(Link link) {
		EObject element = link.element();
		return element != null && TraceLinks.traceable(element);
	}
}
