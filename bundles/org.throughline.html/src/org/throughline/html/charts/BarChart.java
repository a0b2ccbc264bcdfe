package org.throughline.html.charts;

import java.util.ArrayList;
import java.util.List;

import org.throughline.html.markup.Html;

/**
 * A horizontal bar chart drawn as inline SVG: one labelled bar per row, the value written beside each bar, so
 * that the chart reads without colour and without the picture. The picture has a title and a description for
 * screen readers; pages show the same figures in a table too.
 */
public final class BarChart {

	/**
	 * One bar.
	 *
	 * @param label what the bar counts
	 * @param value its length
	 * @param text  the value as written beside it, e.g. "40% (4 of 10)"
	 */
	public record Bar(String label, double value, String text) {
	}

	private static final int WIDTH = 640;
	private static final int TRACK = 440;
	private static final int ROW = 46;

	private final String id;
	private final String title;
	private final double maximum;
	private final List<Bar> bars = new ArrayList<>();

	/**
	 * @param id      unique on the page; the SVG's title and description get ids made from it
	 * @param title   what the chart shows
	 * @param maximum the value of a full bar, e.g. 100 for percentages
	 */
	public BarChart(String id, String title, double maximum) {
		this.id = id;
		this.title = title;
		this.maximum = maximum;
	}

	public BarChart bar(String label, double value, String text) {
		bars.add(new Bar(label, value, text));
		return this;
	}

	/** The chart as a figure with a caption. */
	public Html toHtml(String caption) {
		int height = bars.size() * ROW + 8;
		Html html = new Html();
		html.open("figure", "class", "chart").newline();
		html.open("svg", "role", "img", "aria-labelledby", id + "-title " + id + "-desc", "viewBox",
				"0 0 " + WIDTH + " " + height, "width", Integer.toString(WIDTH), "height", Integer.toString(height),
				"class", "bars").newline();
		html.element("title", title, "id", id + "-title").newline();
		StringBuilder description = new StringBuilder();
		for (Bar bar : bars) {
			description.append(description.isEmpty() ? "" : "; ").append(bar.label()).append(": ").append(bar.text());
		}
		html.element("desc", description.toString(), "id", id + "-desc").newline();
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int top = i * ROW + 4;
			double length = maximum <= 0 ? 0 : TRACK * Math.max(0, Math.min(bar.value(), maximum)) / maximum;
			html.element("text", bar.label(), "x", "0", "y", Integer.toString(top + 14), "class", "label").newline();
			html.open("rect", "x", "0", "y", Integer.toString(top + 20), "width", Integer.toString(TRACK), "height",
					"18", "class", "track").close("rect").newline();
			html.open("rect", "x", "0", "y", Integer.toString(top + 20), "width", Svg.n(length), "height", "18",
					"class", "bar").close("rect").newline();
			html.element("text", bar.text(), "x", Integer.toString(TRACK + 10), "y", Integer.toString(top + 34),
					"class", "value").newline();
		}
		html.close("svg").newline();
		html.element("figcaption", caption).newline();
		html.close("figure").newline();
		return html;
	}
}
