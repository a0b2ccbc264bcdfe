package org.throughline.model.values;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year, 1 April to 31 March, written {@code 2011/12}; the value of the model's
 * {@code FinancialYear} data type. EMF converts it through {@link #valueOf(String)} and {@link #toString()}.
 */
public final class FinancialYear implements Comparable<FinancialYear> {

	private static final Pattern FORM = Pattern.compile("(\\d{4})/(\\d{2})");

	private final int startYear;

	private FinancialYear(int startYear) {
		this.startYear = startYear;
	}

	public static FinancialYear containing(LocalDate day) {
		return new FinancialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
	}

	/**
	 * Parses {@code 2011/12}. The second part must be the year after the first.
	 *
	 * @throws IllegalArgumentException with a message that names the text, when it is not a financial year
	 */
	public static FinancialYear valueOf(String text) {
		Matcher m = FORM.matcher(text.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a financial year: write it as 2011/12");
		}
		int start = Integer.parseInt(m.group(1));
		int end = Integer.parseInt(m.group(2));
		if ((start + 1) % 100 != end) {
			throw new IllegalArgumentException("'" + text + "' is not a financial year: " + start + " is followed by "
					+ String.format("%02d", (start + 1) % 100) + ", not " + m.group(2));
		}
		return new FinancialYear(start);
	}

	public int startYear() {
		return startYear;
	}

	/** 1 April of the start year. */
	public CalendarDate firstDay() {
		return CalendarDate.of(startYear, 4, 1);
	}

	/** 31 March of the following year. */
	public CalendarDate lastDay() {
		return CalendarDate.of(startYear + 1, 3, 31);
	}

	public FinancialYear next() {
		return new FinancialYear(startYear + 1);
	}

	@Override
	public int compareTo(FinancialYear other) {
		return Integer.compare(startYear, other.startYear);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FinancialYear that && startYear == that.startYear;
	}

	@Override
	public int hashCode() {
		return startYear;
	}

	@Override
	public String toString() {
		return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
	}
}
