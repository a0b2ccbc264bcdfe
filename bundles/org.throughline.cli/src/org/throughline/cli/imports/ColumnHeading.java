package org.throughline.cli.imports;

import java.util.Locale;

/**
 * A column of a kind of spreadsheet that import reads, as its header names it: the constant's name in words
 * ({@code REPORTED_BY} is "reported by").
 */
public interface ColumnHeading {

	String name();

	default String header() {
		return name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
