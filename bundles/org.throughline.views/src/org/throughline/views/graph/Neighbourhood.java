package org.throughline.views.graph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.labels.Labels;
import org.throughline.views.labels.ElementLabels;
import org.throughline.views.links.Link;
import org.throughline.views.links.LinkGroup.Direction;
import org.throughline.views.links.LinkGroup;
import org.throughline.views.links.TraceLinks;
import org.throughline.views.model.PlanModel;

/**
 * The elements one link away from an element, as a graph: the element in the middle, what links to it on one
 * side, what it links to on the other. Built from the same trace as the trace view. An element reached by two
 * relations is one node with two edges; a relation with more than {@link #MOST_PER_RELATION} elements shows that
 * many and one node that counts the rest, so that an owner of thousands of commitments stays a readable graph.
 *
 * @param centre the element traced
 * @param nodes  every node, the centre first
 * @param edges  every edge, in the order of the trace
 */
public record Neighbourhood(Node centre, List<Node> nodes, List<Edge> edges) {

	/** Most elements drawn for one relation. */
	public static final int MOST_PER_RELATION = 24;

	/**
	 * A box of the graph.
	 *
	 * @param id        its position in {@link Neighbourhood#nodes()}
	 * @param element   the element; null for a node that counts elements left out
	 * @param caption   the relations that reach it and its kind: "measured by · indicator"
	 * @param text      its name and title
	 */
	public record Node(int id, EObject element, String caption, String text) {
	}

	/**
	 * An arrow from the element that names the other to the element it names.
	 *
	 * @param from     where the arrow starts
	 * @param to       where it points
	 * @param relation the relation, from the centre's point of view
	 */
	public record Edge(Node from, Node to, String relation) {
	}

	public Neighbourhood {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** The neighbourhood of an element of the model. */
	public static Neighbourhood of(PlanModel model, EObject element) {
		List<LinkGroup> groups = TraceLinks.of(model, element);
		Map<EObject, List<String>> relationsOf = new IdentityHashMap<>();
		for (LinkGroup group : groups) {
			if (group.direction() == Direction.FACT) {
				continue;
			}
			for (Link link : limit(group.links())) {
				if (link.element() != null && link.element() != element) {
					relationsOf.computeIfAbsent(link.element(), k -> new ArrayList<>()).add(group.relation().toLowerCase());
				}
			}
		}
		List<Node> nodes = new ArrayList<>();
		Node centre = new Node(0, element, Labels.kind(element), ElementLabels.text(element));
		nodes.add(centre);
		Map<EObject, Node> nodeOf = new IdentityHashMap<>();
		List<Edge> edges = new ArrayList<>();
		for (LinkGroup group : groups) {
			if (group.direction() == Direction.FACT) {
				continue;
			}
			for (Link link : limit(group.links())) {
				EObject other = link.element();
				if (other == null || other == element) {
					continue;
				}
				Node node = nodeOf.get(other);
				if (node == null) {
					Set<String> relations = new LinkedHashSet<>(relationsOf.get(other));
					node = new Node(nodes.size(), other, String.join(", ", relations) + " \u00B7 "
							+ Labels.kind(other), ElementLabels.text(other));
					nodes.add(node);
					nodeOf.put(other, node);
				}
				edges.add(group.direction() == Direction.OUTGOING ? new Edge(centre, node, group.relation())
						: new Edge(node, centre, group.relation()));
			}
			int left = group.links().size() - MOST_PER_RELATION;
			if (left > 0) {
				Node more = new Node(nodes.size(), null, group.relation().toLowerCase(),
						left + " more not drawn; see the trace view");
				nodes.add(more);
				edges.add(group.direction() == Direction.OUTGOING ? new Edge(centre, more, group.relation())
						: new Edge(more, centre, group.relation()));
			}
		}
		return new Neighbourhood(centre, nodes, edges);
	}

	private static List<Link> limit(List<Link> links) {
		return links.size() <= MOST_PER_RELATION ? links : links.subList(0, MOST_PER_RELATION);
	}

	/** The node of an element, if it is drawn. */
	public Node nodeOf(EObject element) {
		return nodes.stream().filter(n -> n.element() == element).findFirst().orElse(null);
	}
}
