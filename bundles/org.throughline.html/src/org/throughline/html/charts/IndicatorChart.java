package org.throughline.html.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Grade;
import org.throughline.model.monitoring.Rating;
import org.throughline.model.monitoring.Ratings;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Observation;
import org.throughline.model.plan.PlanFactory;
import org.throughline.model.plan.Quantity;
import org.throughline.model.plan.ScaleLevel;
import org.throughline.model.plan.Target;
import org.throughline.model.plan.UnitOfMeasure;
import org.throughline.model.values.CalendarDate;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.Values;

/**
 * An indicator over time as inline SVG: the baseline, the actuals joined by a line, and the targets, each kind
 * with its own marker shape (circle, square, triangle) named in a legend, and every point labelled with its
 * value. Ranges ("11% to 12.5%") are drawn as a bar from the lower to the upper value. Grades are plotted by
 * rank on their scale. Values without a day (a target with no date) cannot be placed and are left to the table.
 */
public final class IndicatorChart {

	private enum Kind {
		BASELINE("Baseline", "baseline"), ACTUAL("Actual", "actual"), TARGET("Target", "target"), FLOOR("Floor", "floor");

		final String label;
		final String css;

		Kind(String label, String css) {
			this.label = label;
			this.css = css;
		}
	}

	private record Point(Kind kind, LocalDate day, double value, Double upper, String text) {
	}

	private static final int WIDTH = 640;
	private static final int HEIGHT = 320;
	private static final int LEFT = 84;
	private static final int RIGHT = 24;
	private static final int TOP = 20;
	private static final int BOTTOM = 64;

	private IndicatorChart() {
	}

	/** The chart, or null when the indicator has nothing that can be plotted. */
	public static Html of(Indicator indicator, String id) {
		List<Point> points = new ArrayList<>();
		if (indicator.getBaseline() != null) {
			add(points, Kind.BASELINE, indicator.getBaseline());
		}
		for (Observation actual : indicator.getActuals()) {
			add(points, Kind.ACTUAL, actual);
		}
		addStandards(points, Kind.TARGET, indicator.getTargets());
		addStandards(points, Kind.FLOOR, indicator.getFloors());
		if (points.isEmpty()) {
			return null;
		}
		return draw(indicator, id, points);
	}

	/** How many of its baseline, actuals, targets and floors have no date or period, so are not drawn. */
	public static int undated(Indicator indicator) {
		int undated = 0;
		List<Observation> observations = new ArrayList<>(indicator.getActuals());
		if (indicator.getBaseline() != null) {
			observations.add(indicator.getBaseline());
		}
		for (Observation observation : observations) {
			if (Values.day(observation) == null && observation.getValue() != null) {
				undated++;
			}
		}
		for (Target target : indicator.getTargets()) {
			undated += Values.day(target) == null && target.getValue() != null ? 1 : 0;
		}
		for (Target floor : indicator.getFloors()) {
			undated += Values.day(floor) == null && floor.getValue() != null ? 1 : 0;
		}
		return undated;
	}

	private static void addStandards(List<Point> points, Kind kind, List<Target> standards) {
		for (Target target : standards) {
			CalendarDate due = Values.day(target);
			Double value = value(target.getValue(), false);
			if (due != null && value != null) {
				points.add(new Point(kind, due.toLocalDate(), value, value(target.getValue(), true),
						(kind == Kind.FLOOR ? "floor " : "") + Values.quantity(target.getValue())));
			}
		}
	}

	private static void add(List<Point> points, Kind kind, Observation observation) {
		CalendarDate day = Values.day(observation);
		Double value = value(observation.getValue(), false);
		if (day != null && value != null) {
			points.add(new Point(kind, day.toLocalDate(), value, value(observation.getValue(), true),
					Values.quantity(observation.getValue()) + rating(kind, observation)));
		}
	}

	/** An actual for a period is labelled with its rating in words, so that no colour is needed to read it. */
	private static String rating(Kind kind, Observation observation) {
		if (kind != Kind.ACTUAL || observation.getPeriod() == null || observation.getPeriodEnd() != null
				|| !(observation.eContainer() instanceof Indicator indicator)) {
			return "";
		}
		Rating rating = Ratings.of(indicator, observation.getPeriod()).rating();
		return rating == Rating.NONE ? "" : " (" + rating.word() + ")";
	}

	private static Double value(Quantity quantity, boolean upper) {
		if (quantity == null) {
			return null;
		}
		if (quantity instanceof Grade grade) {
			return upper || !TraceIndex.resolved(grade.getLevel()) ? null : (double) grade.getLevel().getRank();
		}
		BigDecimal number = upper ? (quantity.isSetUpper() ? quantity.getUpper() : null) : quantity.getValue();
		return number == null ? null : number.doubleValue();
	}

	private static Html draw(Indicator indicator, String id, List<Point> points) {
		boolean grades = points.stream().allMatch(p -> p.upper() == null)
				&& indicator.getScale() != null && TraceIndex.resolved(indicator.getScale())
				&& !indicator.getScale().getLevels().isEmpty() && indicator.getUnit() == UnitOfMeasure.GRADE;
		long firstDay = points.stream().mapToLong(p -> p.day().toEpochDay()).min().orElseThrow();
		long lastDay = points.stream().mapToLong(p -> p.day().toEpochDay()).max().orElseThrow();
		// A little room either side, and a year's width when everything falls on one day.
		long span = Math.max(lastDay - firstDay, 365);
		long from = firstDay - span / 10;
		long to = firstDay + span + span / 10;
		double low;
		double high;
		if (grades) {
			low = indicator.getScale().getLevels().stream().mapToInt(ScaleLevel::getRank).min().orElse(1);
			high = indicator.getScale().getLevels().stream().mapToInt(ScaleLevel::getRank).max().orElse(4);
		} else {
			low = 0;
			high = points.stream().mapToDouble(p -> p.upper() == null ? p.value() : Math.max(p.value(), p.upper()))
					.max().orElse(1);
			high = high <= 0 ? 1 : niceCeiling(high * 1.1);
		}
		Scale x = new Scale(from, to, LEFT, WIDTH - RIGHT);
		Scale y = new Scale(low, high == low ? low + 1 : high, HEIGHT - BOTTOM, TOP);

		Html html = new Html();
		html.open("figure", "class", "chart").newline();
		html.open("svg", "role", "img", "aria-labelledby", id + "-title " + id + "-desc", "viewBox",
				"0 0 " + WIDTH + " " + HEIGHT, "width", Integer.toString(WIDTH), "height", Integer.toString(HEIGHT),
				"class", "timeline").newline();
		html.element("title", Labels.label(indicator) + " over time", "id", id + "-title").newline();
		StringBuilder description = new StringBuilder();
		for (Point p : points) {
			description.append(description.isEmpty() ? "" : "; ").append(p.kind().label).append(' ')
					.append(p.text()).append(" on ").append(p.day());
		}
		html.element("desc", description.toString(), "id", id + "-desc").newline();

		// axes and gridlines
		html.open("g", "class", "axes").newline();
		if (grades) {
			for (ScaleLevel level : indicator.getScale().getLevels()) {
				double py = y.at(level.getRank());
				gridline(html, py, Labels.label(level));
			}
		} else {
			for (int i = 0; i <= 4; i++) {
				double value = low + (high - low) * i / 4;
				gridline(html, y.at(value), Values.quantity(sample(indicator, value)));
			}
		}
		html.open("line", "x1", Integer.toString(LEFT), "y1", Integer.toString(HEIGHT - BOTTOM), "x2",
				Integer.toString(WIDTH - RIGHT), "y2", Integer.toString(HEIGHT - BOTTOM), "class", "axis").close("line")
				.newline();
		LocalDate first = LocalDate.ofEpochDay(from);
		LocalDate last = LocalDate.ofEpochDay(to);
		int years = last.getYear() - first.getYear();
		int step = Math.max(1, (years + 5) / 6);
		for (int year = first.getYear() + 1; year <= last.getYear(); year += step) {
			double px = x.at(LocalDate.of(year, 1, 1).toEpochDay());
			html.open("line", "x1", Svg.n(px), "y1", Integer.toString(HEIGHT - BOTTOM), "x2", Svg.n(px), "y2",
					Integer.toString(HEIGHT - BOTTOM + 6), "class", "axis").close("line");
			html.element("text", Integer.toString(year), "x", Svg.n(px), "y", Integer.toString(HEIGHT - BOTTOM + 20),
					"class", "tick", "text-anchor", "middle").newline();
		}
		html.close("g").newline();

		// the line through the actuals
		List<Point> actuals = points.stream().filter(p -> p.kind() == Kind.ACTUAL)
				.sorted((a, b) -> a.day().compareTo(b.day())).toList();
		if (actuals.size() > 1) {
			StringBuilder line = new StringBuilder();
			for (Point p : actuals) {
				line.append(line.isEmpty() ? "" : " ").append(Svg.n(x.at(p.day().toEpochDay()))).append(',')
						.append(Svg.n(y.at(p.value())));
			}
			html.open("polyline", "points", line.toString(), "class", "actual-line").close("polyline").newline();
		}

		// the points, each with its value
		for (Point p : points) {
			double px = x.at(p.day().toEpochDay());
			double py = y.at(p.value());
			if (p.upper() != null) {
				html.open("line", "x1", Svg.n(px), "y1", Svg.n(py), "x2", Svg.n(px), "y2", Svg.n(y.at(p.upper())),
						"class", "range " + p.kind().css).close("line").newline();
			}
			marker(html, p.kind(), px, py);
			html.element("text", p.text(), "x", Svg.n(px + 9), "y", Svg.n(py - 8), "class", "point-label").newline();
		}

		// the legend: shape and name, so that colour is never needed
		int legendY = HEIGHT - 16;
		int legendX = LEFT;
		for (Kind kind : Kind.values()) {
			if (points.stream().noneMatch(p -> p.kind() == kind)) {
				continue;
			}
			marker(html, kind, legendX + 6, legendY - 4);
			html.element("text", kind.label, "x", Integer.toString(legendX + 16), "y", Integer.toString(legendY),
					"class", "legend").newline();
			legendX += 110;
		}
		html.close("svg").newline();
		html.element("figcaption", Labels.label(indicator) + ": baseline, actuals (with their ratings), targets and floors by date. The table "
				+ "below gives every value with its source.").newline();
		html.close("figure").newline();
		return html;
	}

	private static void gridline(Html html, double py, String label) {
		html.open("line", "x1", Integer.toString(LEFT), "y1", Svg.n(py), "x2", Integer.toString(WIDTH - RIGHT), "y2",
				Svg.n(py), "class", "grid").close("line");
		html.element("text", label, "x", Integer.toString(LEFT - 8), "y", Svg.n(py + 4), "class", "tick",
				"text-anchor", "end").newline();
	}

	private static void marker(Html html, Kind kind, double px, double py) {
		switch (kind) {
			case BASELINE -> html.open("circle", "cx", Svg.n(px), "cy", Svg.n(py), "r", "6", "class", "marker baseline")
					.close("circle");
			case ACTUAL -> html.open("rect", "x", Svg.n(px - 5.5), "y", Svg.n(py - 5.5), "width", "11", "height", "11",
					"class", "marker actual").close("rect");
			case FLOOR -> html.open("polygon", "points", Svg.n(px) + "," + Svg.n(py - 7) + " " + Svg.n(px + 7) + ","
					+ Svg.n(py) + " " + Svg.n(px) + "," + Svg.n(py + 7) + " " + Svg.n(px - 7) + "," + Svg.n(py), "class",
					"marker floor").close("polygon");
			case TARGET -> html.open("polygon", "points", Svg.n(px) + "," + Svg.n(py - 7) + " " + Svg.n(px + 7) + ","
					+ Svg.n(py + 5) + " " + Svg.n(px - 7) + "," + Svg.n(py + 5), "class", "marker target").close("polygon");
		}
		html.newline();
	}

	// A gridline value written in the indicator's own unit: "£100m", "25%", "1,200".
	private static Quantity sample(Indicator indicator, double value) {
		Quantity quantity = switch (indicator.getUnit()) {
			case MONEY -> PlanFactory.eINSTANCE.createMoney();
			case PERCENTAGE -> PlanFactory.eINSTANCE.createPercentage();
			default -> PlanFactory.eINSTANCE.createCount();
		};
		quantity.setValue(BigDecimal.valueOf(value).setScale(value >= 100 ? 0 : 1, RoundingMode.HALF_UP));
		return quantity;
	}

	// 1, 2, 2.5, 5 times a power of ten: gridlines at round numbers.
	private static double niceCeiling(double value) {
		double power = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (step * power >= value) {
				return step * power;
			}
		}
		return 10 * power;
	}

	/** A linear map from data to picture coordinates. */
	private record Scale(double dataFrom, double dataTo, double pictureFrom, double pictureTo) {
		double at(double value) {
			return pictureFrom + (value - dataFrom) * (pictureTo - pictureFrom) / (dataTo - dataFrom);
		}
	}
}
