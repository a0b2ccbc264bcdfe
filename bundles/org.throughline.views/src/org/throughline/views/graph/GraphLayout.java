package org.throughline.views.graph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.throughline.views.graph.LaidOutGraph.Box;
import org.throughline.views.graph.LaidOutGraph.Point;
import org.throughline.views.graph.LaidOutGraph.Route;
import org.throughline.views.graph.Neighbourhood.Edge;
import org.throughline.views.graph.Neighbourhood.Node;
import org.throughline.views.labels.ElementLabels;

/**
 * Lays out a neighbourhood left to right with ELK's layered algorithm: what links to the centre in the first
 * layer, the centre in the second, what it links to in the third; edges routed orthogonally around the boxes.
 * Each box is sized to its text, so that nothing is cut and no two boxes overlap.
 */
public final class GraphLayout {

	/** Longest main text in a box; the rest is in the tool tip and the trace view. */
	static final int TEXT_CHARACTERS = 56;
	/** Space around the text inside a box. */
	public static final int PADDING = 8;
	/** Space between the caption and the main text. */
	public static final int GAP = 2;

	private static boolean registered;

	private GraphLayout() {
	}

	private static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	/** The main text of a node as drawn: its name and title, shortened to fit one line. */
	public static String drawnText(Node node) {
		return ElementLabels.shorten(node.text(), TEXT_CHARACTERS);
	}

	/** The caption as drawn. */
	public static String drawnCaption(Node node) {
		return ElementLabels.shorten(node.caption(), TEXT_CHARACTERS + 10);
	}

	public static LaidOutGraph layout(Neighbourhood graph, TextMeasure measure) {
		register();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
		// the arrows into one box meet at one point rather than crowd its side with arrowheads
		root.setProperty(LayeredOptions.MERGE_EDGES, true);
		// boxes keep the trace's order (document order within each relation) unless that would cross edges
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		Map<Node, ElkNode> shapes = new IdentityHashMap<>();
		for (Node node : graph.nodes()) {
			ElkNode shape = ElkGraphUtil.createNode(root);
			int width = Math.max(measure.width(drawnText(node), false), measure.width(drawnCaption(node), true));
			shape.setDimensions(width + 2 * PADDING,
					measure.captionHeight() + GAP + measure.lineHeight() + 2 * PADDING);
			shapes.put(node, shape);
		}
		Map<Edge, ElkEdge> connections = new IdentityHashMap<>();
		for (Edge edge : graph.edges()) {
			connections.put(edge, ElkGraphUtil.createSimpleEdge(shapes.get(edge.from()), shapes.get(edge.to())));
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		Map<Node, Box> boxes = new IdentityHashMap<>();
		for (Node node : graph.nodes()) {
			ElkNode shape = shapes.get(node);
			boxes.put(node, new Box(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight()));
		}
		List<Route> routes = new ArrayList<>();
		for (Edge edge : graph.edges()) {
			List<Point> points = new ArrayList<>();
			for (ElkEdgeSection section : connections.get(edge).getSections()) {
				points.add(new Point(section.getStartX(), section.getStartY()));
				for (ElkBendPoint bend : section.getBendPoints()) {
					points.add(new Point(bend.getX(), bend.getY()));
				}
				points.add(new Point(section.getEndX(), section.getEndY()));
			}
			routes.add(new Route(edge, points));
		}
		return new LaidOutGraph(graph, boxes, routes, root.getWidth(), root.getHeight());
	}
}
