package org.throughline.model.values;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A calendar day, the value of the model's {@code CalendarDate} data type.
 * <p>
 * EMF converts data type values to and from text through {@link #valueOf(String)} and {@link #toString()},
 * so a date reads and writes as ISO 8601 ({@code 2010-12-08}) in XMI and in .plan files alike.
 */
public final class CalendarDate implements Comparable<CalendarDate> {

	private final LocalDate day;

	private CalendarDate(LocalDate day) {
		this.day = Objects.requireNonNull(day);
	}

	public static CalendarDate of(LocalDate day) {
		return new CalendarDate(day);
	}

	public static CalendarDate of(int year, int month, int dayOfMonth) {
		return new CalendarDate(LocalDate.of(year, month, dayOfMonth));
	}

	/**
	 * Parses an ISO 8601 date such as {@code 2010-12-08}.
	 *
	 * @throws IllegalArgumentException with a message that names the text, when it is not a real date
	 */
	public static CalendarDate valueOf(String text) {
		try {
			return new CalendarDate(LocalDate.parse(text.trim()));
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + text + "' is not a date: write it as YYYY-MM-DD, e.g. 2010-12-08", e);
		}
	}

	public LocalDate toLocalDate() {
		return day;
	}

	public boolean isBefore(CalendarDate other) {
		return day.isBefore(other.day);
	}

	public boolean isAfter(CalendarDate other) {
		return day.isAfter(other.day);
	}

	public CalendarDate plusMonths(int months) {
		return new CalendarDate(day.plusMonths(months));
	}

	/** The financial year (April to March) that contains this day. */
	public FinancialYear financialYear() {
		return FinancialYear.containing(day);
	}

	@Override
	public int compareTo(CalendarDate other) {
		return day.compareTo(other.day);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CalendarDate that && day.equals(that.day);
	}

	@Override
	public int hashCode() {
		return day.hashCode();
	}

	@Override
	public String toString() {
		return day.toString();
	}
}
