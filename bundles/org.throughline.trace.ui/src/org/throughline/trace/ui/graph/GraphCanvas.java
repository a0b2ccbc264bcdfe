package org.throughline.trace.ui.graph;

import org.throughline.views.graph.TextMeasure;
import org.throughline.views.graph.NodeStyle;
import org.throughline.views.graph.GraphLayout;
import org.throughline.views.graph.LaidOutGraph;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.throughline.views.graph.LaidOutGraph.Box;
import org.throughline.views.graph.LaidOutGraph.Point;
import org.throughline.views.graph.LaidOutGraph.Route;
import org.throughline.views.graph.Neighbourhood.Node;

/**
 * Paints a laid out graph with SWT: boxes coloured by kind, the traced element's box with a heavy border, arrows
 * along the routes ELK found. Zooms with the tool bar or Ctrl and the mouse wheel, scrolls with its scroll bars,
 * and reports a click and a double-click on a box.
 */
final class GraphCanvas extends Canvas {

	static final double MIN_ZOOM = 0.2;
	static final double MAX_ZOOM = 3;
	/** The smallest zoom a new graph is shown at; below it, box text is too small to read. */
	static final double READABLE_ZOOM = 0.75;

	private final Font main;
	private final Font caption;
	private LaidOutGraph graph;
	private double zoom = 1;
	private int originX;
	private int originY;
	private Node hovered;

	GraphCanvas(Composite parent, Consumer<Node> clicked, Consumer<Node> doubleClicked) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
		main = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		FontData[] data = JFaceResources.getDefaultFont().getFontData();
		for (FontData each : data) {
			each.setHeight(Math.max(7, each.getHeight() - 1));
		}
		caption = new Font(getDisplay(), data);
		addDisposeListener(e -> caption.dispose());
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, e -> updateScrollBars());
		getHorizontalBar().addListener(SWT.Selection, e -> scrollTo(getHorizontalBar().getSelection(), originY));
		getVerticalBar().addListener(SWT.Selection, e -> scrollTo(originX, getVerticalBar().getSelection()));
		addListener(SWT.MouseUp, e -> {
			if (e.button == 1 && e.count == 1) {
				nodeAt(e.x, e.y).ifPresent(clicked);
			}
		});
		addListener(SWT.MouseDoubleClick, e -> nodeAt(e.x, e.y).ifPresent(doubleClicked));
		addListener(SWT.MouseMove, e -> hover(nodeAt(e.x, e.y).orElse(null)));
		// a tooltip left behind names a node the mouse is no longer over
		addListener(SWT.MouseExit, e -> hover(null));
		addListener(SWT.MouseVerticalWheel, e -> {
			if ((e.stateMask & SWT.MOD1) != 0) {
				e.doit = false;
				setZoom(zoom * (e.count > 0 ? 1.15 : 1 / 1.15));
			}
		});
	}

	/** Measures text with the fonts this canvas paints in. */
	<T> T measure(java.util.function.Function<TextMeasure, T> use) {
		GC gc = new GC(this);
		try {
			return use.apply(new SwtTextMeasure(gc, main, caption));
		} finally {
			gc.dispose();
		}
	}

	/** Shows a new graph, zoomed to fit the view as far as text stays readable. */
	void show(LaidOutGraph shown) {
		graph = shown;
		hovered = null;
		setToolTipText(null); // the node it named is gone with the old graph
		originX = 0;
		originY = 0;
		var area = getClientArea();
		if (graph != null && area.width > 0 && area.height > 0) {
			double fits = Math.min(area.width / graph.width(), area.height / graph.height());
			zoom = Math.max(READABLE_ZOOM, Math.min(1, fits));
		}
		updateScrollBars();
		redraw();
	}

	LaidOutGraph graph() {
		return graph;
	}

	double zoom() {
		return zoom;
	}

	void setZoom(double wanted) {
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, wanted));
		updateScrollBars();
		redraw();
	}

	/** Zooms so that the whole graph fits the visible area, but never above 100%. */
	void fit() {
		if (graph == null) {
			return;
		}
		var area = getClientArea();
		setZoom(Math.min(1, Math.min(area.width / graph.width(), area.height / graph.height())));
	}

	/** The node drawn at a point of the canvas. */
	Optional<Node> nodeAt(int x, int y) {
		return graph == null ? Optional.empty() : graph.nodeAt((x + originX) / zoom, (y + originY) / zoom);
	}

	private void hover(Node node) {
		if (node != hovered) {
			hovered = node;
			setToolTipText(node == null ? null : node.caption() + "\n" + node.text());
			setCursor(node == null || node.element() == null ? null : getDisplay().getSystemCursor(SWT.CURSOR_HAND));
			redraw();
		}
	}

	private void scrollTo(int x, int y) {
		originX = x;
		originY = y;
		redraw();
	}

	private void updateScrollBars() {
		var area = getClientArea();
		int width = graph == null ? 0 : (int) Math.ceil(graph.width() * zoom);
		int height = graph == null ? 0 : (int) Math.ceil(graph.height() * zoom);
		originX = configure(getHorizontalBar(), width, area.width, originX);
		originY = configure(getVerticalBar(), height, area.height, originY);
	}

	private static int configure(ScrollBar bar, int content, int visible, int origin) {
		int max = Math.max(0, content - visible);
		int kept = Math.min(origin, max);
		bar.setValues(kept, 0, Math.max(content, 1), Math.max(1, Math.min(visible, content)), 20,
				Math.max(1, visible - 20));
		bar.setVisible(content > visible);
		return kept;
	}

	// ------------------------------------------------------------------ painting

	private void paint(Event event) {
		GC gc = event.gc;
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(getClientArea());
		if (graph == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Transform transform = new Transform(getDisplay());
		try {
			transform.translate(-originX, -originY);
			transform.scale((float) zoom, (float) zoom);
			gc.setTransform(transform);
			Color edge = color(NodeStyle.EDGE);
			gc.setForeground(edge);
			gc.setBackground(edge);
			gc.setLineWidth(1);
			for (Route route : graph.routes()) {
				paintRoute(gc, route.points());
			}
			for (Node node : graph.graph().nodes()) {
				paintNode(gc, node, graph.boxes().get(node));
			}
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
	}

	private void paintRoute(GC gc, List<Point> points) {
		if (points.size() < 2) {
			return;
		}
		Path path = new Path(getDisplay());
		try {
			path.moveTo((float) points.get(0).x(), (float) points.get(0).y());
			for (Point point : points.subList(1, points.size())) {
				path.lineTo((float) point.x(), (float) point.y());
			}
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
		Point end = points.get(points.size() - 1);
		Point before = points.get(points.size() - 2);
		double angle = Math.atan2(end.y() - before.y(), end.x() - before.x());
		int[] head = new int[6];
		head[0] = (int) Math.round(end.x());
		head[1] = (int) Math.round(end.y());
		head[2] = (int) Math.round(end.x() - 8 * Math.cos(angle - 0.4));
		head[3] = (int) Math.round(end.y() - 8 * Math.sin(angle - 0.4));
		head[4] = (int) Math.round(end.x() - 8 * Math.cos(angle + 0.4));
		head[5] = (int) Math.round(end.y() - 8 * Math.sin(angle + 0.4));
		gc.fillPolygon(head);
	}

	private void paintNode(GC gc, Node node, Box box) {
		NodeStyle style = NodeStyle.of(node.element());
		boolean centre = node == graph.graph().centre();
		int x = (int) Math.round(box.x());
		int y = (int) Math.round(box.y());
		int width = (int) Math.round(box.width());
		int height = (int) Math.round(box.height());
		gc.setBackground(color(node == hovered && node.element() != null ? darker(style.fill()) : style.fill()));
		gc.fillRoundRectangle(x, y, width, height, 10, 10);
		gc.setForeground(color(style.border()));
		gc.setLineWidth(centre ? 3 : 1);
		gc.setLineStyle(node.element() == null ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.drawRoundRectangle(x, y, width, height, 10, 10);
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setFont(caption);
		gc.drawText(GraphLayout.drawnCaption(node), x + GraphLayout.PADDING, y + GraphLayout.PADDING, true);
		int captionHeight = gc.getFontMetrics().getHeight();
		gc.setFont(main);
		gc.setForeground(color(NodeStyle.TEXT));
		gc.drawText(GraphLayout.drawnText(node), x + GraphLayout.PADDING,
				y + GraphLayout.PADDING + captionHeight + GraphLayout.GAP, true);
	}

	private Color color(int rgb) {
		return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
	}

	private static int darker(int rgb) {
		int r = (int) (((rgb >> 16) & 0xFF) * 0.9);
		int g = (int) (((rgb >> 8) & 0xFF) * 0.9);
		int b = (int) ((rgb & 0xFF) * 0.9);
		return (r << 16) | (g << 8) | b;
	}
}
