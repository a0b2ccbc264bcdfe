package org.throughline.model.values;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period that figures are reported for: a financial year ({@code 2011/12}), one of its quarters
 * ({@code 2011/12 Q3}, October to December 2011) or one of its months ({@code 2011/12 Oct}); the value of the
 * model's {@code ReportingPeriod} data type. A period is known by its first and last days, so that other kinds
 * (a calendar year or quarter) can be added as further {@link Kind}s without a second mechanism.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

	/** How long a period is, in months, and what it is called. */
	public enum Kind {
		YEAR(12), QUARTER(3), MONTH(1);

		private final int months;

		Kind(int months) {
			this.months = months;
		}

		public int months() {
			return months;
		}
	}

	private static final Pattern FORM = Pattern.compile("(\\d{4}/\\d{2})\\s*(?:([A-Za-z]+[0-9]?))?");

	private final FinancialYear year;
	private final Kind kind;
	/** 1-based: the quarter (1 to 4) or the month of the financial year (1 is April); 1 for a year. */
	private final int index;

	private ReportingPeriod(FinancialYear year, Kind kind, int index) {
		this.year = Objects.requireNonNull(year);
		this.kind = kind;
		this.index = index;
	}

	public static ReportingPeriod year(FinancialYear year) {
		return new ReportingPeriod(year, Kind.YEAR, 1);
	}

	/** @param quarter 1 (April to June) to 4 (January to March) */
	public static ReportingPeriod quarter(FinancialYear year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("a financial year has quarters Q1 to Q4, not Q" + quarter);
		}
		return new ReportingPeriod(year, Kind.QUARTER, quarter);
	}

	/** The month of the financial year that holds the calendar month {@code month}. */
	public static ReportingPeriod month(FinancialYear year, Month month) {
		return new ReportingPeriod(year, Kind.MONTH, (month.getValue() + 8) % 12 + 1);
	}

	/**
	 * Parses {@code 2011/12}, {@code 2011/12 Q3} or {@code 2011/12 Oct} (a month's first three letters or its
	 * whole name, in any case).
	 *
	 * @throws IllegalArgumentException with a message that names the text and says how to write a period
	 */
	public static ReportingPeriod valueOf(String text) {
		Matcher m = FORM.matcher(text.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a reporting period: write 2011/12, 2011/12 Q3"
					+ " or 2011/12 Oct");
		}
		FinancialYear year = FinancialYear.valueOf(m.group(1));
		String part = m.group(2);
		if (part == null) {
			return year(year);
		}
		if (part.matches("[Qq][1-4]")) {
			return quarter(year, part.charAt(1) - '0');
		}
		for (Month month : Month.values()) {
			String name = month.getDisplayName(TextStyle.FULL, Locale.UK);
			if (part.equalsIgnoreCase(name) || part.equalsIgnoreCase(name.substring(0, 3))) {
				return month(year, month);
			}
		}
		throw new IllegalArgumentException("'" + text + "' is not a reporting period: after the year write a quarter"
				+ " (Q1 to Q4) or a month (Apr to Mar)");
	}

	public FinancialYear financialYear() {
		return year;
	}

	public Kind kind() {
		return kind;
	}

	public CalendarDate firstDay() {
		return CalendarDate.of(year.firstDay().toLocalDate().plusMonths((long) (index - 1) * kind.months()));
	}

	public CalendarDate lastDay() {
		LocalDate first = firstDay().toLocalDate();
		return CalendarDate.of(first.plusMonths(kind.months()).minusDays(1));
	}

	/** Whether the period is over on {@code day}: its last day is before it. */
	public boolean endedBefore(CalendarDate day) {
		return lastDay().isBefore(day);
	}

	public boolean contains(CalendarDate day) {
		return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
	}

	/** Whether every day of {@code other} is in this period. */
	public boolean encloses(ReportingPeriod other) {
		return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
	}

	/** The period of the same kind just before this one: 2011/12 Q1 before 2011/12 Q2, 2010/11 Q4 before 2011/12 Q1. */
	public ReportingPeriod previous() {
		if (index > 1) {
			return new ReportingPeriod(year, kind, index - 1);
		}
		return new ReportingPeriod(FinancialYear.valueOf((year.startYear() - 1) + "/"
				+ String.format("%02d", year.startYear() % 100)), kind, 12 / kind.months());
	}

	/** The same period of the year before: 2010/11 Q3 for 2011/12 Q3. */
	public ReportingPeriod yearBefore() {
		return new ReportingPeriod(FinancialYear.valueOf((year.startYear() - 1) + "/"
				+ String.format("%02d", year.startYear() % 100)), kind, index);
	}

	/** The periods of this kind that make up the financial year, in order. */
	public static List<ReportingPeriod> of(FinancialYear year, Kind kind) {
		List<ReportingPeriod> periods = new ArrayList<>();
		for (int i = 1; i <= 12 / kind.months(); i++) {
			periods.add(new ReportingPeriod(year, kind, i));
		}
		return periods;
	}

	/** Earlier periods first; of two ending on the same day, the shorter first. */
	@Override
	public int compareTo(ReportingPeriod other) {
		int byEnd = lastDay().compareTo(other.lastDay());
		return byEnd != 0 ? byEnd : Integer.compare(kind.months(), other.kind.months());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReportingPeriod that && year.equals(that.year) && kind == that.kind
				&& index == that.index;
	}

	@Override
	public int hashCode() {
		return Objects.hash(year, kind, index);
	}

	@Override
	public String toString() {
		return switch (kind) {
			case YEAR -> year.toString();
			case QUARTER -> year + " Q" + index;
			case MONTH -> year + " " + Month.of((index + 2) % 12 + 1).getDisplayName(TextStyle.SHORT, Locale.UK)
					.substring(0, 3);
		};
	}
}
