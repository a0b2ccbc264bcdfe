package org.throughline.html.charts;

import java.util.Locale;

/** Numbers written into SVG the same way on every machine: at most two decimals, a dot, no exponent. */
final class Svg {

	private Svg() {
	}

	static String n(double value) {
		if (Math.abs(value - Math.rint(value)) < 0.005) {
			return Long.toString(Math.round(value));
		}
		String text = String.format(Locale.ROOT, "%.2f", value);
		return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
	}
}
