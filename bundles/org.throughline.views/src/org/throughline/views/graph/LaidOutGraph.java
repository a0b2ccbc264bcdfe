package org.throughline.views.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.throughline.views.graph.Neighbourhood.Edge;
import org.throughline.views.graph.Neighbourhood.Node;

/**
 * A neighbourhood with a place for everything, in the layout's own units (pixels at 100%): what the view paints
 * and the SVG export writes.
 *
 * @param graph  the neighbourhood
 * @param boxes  where each node's box is
 * @param routes the line of each edge, from its source box to its target box
 * @param width  the width of the whole drawing
 * @param height the height of the whole drawing
 */
public record LaidOutGraph(Neighbourhood graph, Map<Node, Box> boxes, List<Route> routes, double width,
		double height) {

	/** A rectangle: its top left corner and its size. */
	public record Box(double x, double y, double width, double height) {

		public boolean contains(double px, double py) {
			return px >= x && px <= x + width && py >= y && py <= y + height;
		}

		public boolean overlaps(Box other) {
			return x < other.x + other.width && other.x < x + width && y < other.y + other.height
					&& other.y < y + height;
		}
	}

	/** A point of a route. */
	public record Point(double x, double y) {
	}

	/** The line of one edge: its start, its bends, its end. */
	public record Route(Edge edge, List<Point> points) {
		public Route {
			points = List.copyOf(points);
		}
	}

	/** The node whose box holds the point, if any. */
	public Optional<Node> nodeAt(double x, double y) {
		return graph.nodes().stream().filter(n -> boxes.get(n).contains(x, y)).findFirst();
	}
}
