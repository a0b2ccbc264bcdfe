package org.throughline.views.graph;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.throughline.views.graph.LaidOutGraph.Box;
import org.throughline.views.graph.LaidOutGraph.Point;
import org.throughline.views.graph.LaidOutGraph.Route;
import org.throughline.views.graph.Neighbourhood.Node;

/**
 * Writes a laid out graph as a standalone SVG file, drawn as the view draws it. Every text from the plan (names,
 * titles, consultation summaries written by the public) is escaped, and characters XML cannot carry are left
 * out, so that no text can end the markup or inject script. Each box carries its full text as a title, which
 * browsers show as a tool tip and screen readers read.
 */
public final class GraphSvg {

	private GraphSvg() {
	}

	/** Writes the graph with the font sizes its boxes were measured with. */
	public static void write(LaidOutGraph graph, TextMeasure fonts, Writer out) throws IOException {
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + number(graph.width()) + "\" height=\""
				+ number(graph.height()) + "\" viewBox=\"0 0 " + number(graph.width()) + " " + number(graph.height())
				+ "\" role=\"img\">\n");
		Node centre = graph.graph().centre();
		out.write("<title>" + escape("Trace of " + centre.caption() + " " + centre.text()) + "</title>\n");
		out.write("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
				+ "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\""
				+ NodeStyle.hex(NodeStyle.EDGE) + "\"/></marker></defs>\n");
		out.write("<g fill=\"none\" stroke=\"" + NodeStyle.hex(NodeStyle.EDGE) + "\" stroke-width=\"1.2\">\n");
		for (Route route : graph.routes()) {
			out.write("<path marker-end=\"url(#arrow)\" d=\"" + path(route.points()) + "\"><title>"
					+ escape(route.edge().relation()) + "</title></path>\n");
		}
		out.write("</g>\n");
		out.write("<g font-family=\"sans-serif\">\n");
		for (Node node : graph.graph().nodes()) {
			Box box = graph.boxes().get(node);
			NodeStyle style = NodeStyle.of(node.element());
			boolean isCentre = node == centre;
			out.write("<g>");
			out.write("<title>" + escape(node.caption() + ": " + node.text()) + "</title>");
			out.write("<rect x=\"" + number(box.x()) + "\" y=\"" + number(box.y()) + "\" width=\"" + number(box.width())
					+ "\" height=\"" + number(box.height()) + "\" rx=\"6\" fill=\"" + NodeStyle.hex(style.fill())
					+ "\" stroke=\"" + NodeStyle.hex(style.border()) + "\" stroke-width=\"" + (isCentre ? 2.5 : 1)
					+ "\"" + (node.element() == null ? " stroke-dasharray=\"4 3\"" : "") + "/>");
			double left = box.x() + GraphLayout.PADDING;
			out.write("<text x=\"" + number(left) + "\" y=\"" + number(box.y() + GraphLayout.PADDING + fonts.captionPixels())
					+ "\" font-size=\"" + fonts.captionPixels() + "\" fill=\"" + NodeStyle.hex(style.border()) + "\">"
					+ escape(GraphLayout.drawnCaption(node)) + "</text>");
			out.write("<text x=\"" + number(left) + "\" y=\""
					+ number(box.y() + box.height() - GraphLayout.PADDING - fonts.lineHeight() / 4.0)
					+ "\" font-size=\"" + fonts.fontPixels() + "\" font-weight=\"bold\" fill=\"" + NodeStyle.hex(NodeStyle.TEXT) + "\">"
					+ escape(GraphLayout.drawnText(node)) + "</text>");
			out.write("</g>\n");
		}
		out.write("</g>\n</svg>\n");
	}

	private static String path(List<Point> points) {
		StringBuilder d = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			d.append(i == 0 ? "M" : " L").append(number(points.get(i).x())).append(',').append(number(points.get(i).y()));
		}
		return d.toString();
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/**
	 * Text as XML character data or an attribute value: the five markup characters as entities, and characters
	 * that XML 1.0 does not allow (controls other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF)
	 * left out.
	 */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
						escaped.append(c).append(text.charAt(++i));
					} else if (allowed(c)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	private static boolean allowed(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
	}
}
