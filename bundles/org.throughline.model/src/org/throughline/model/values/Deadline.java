package org.throughline.model.values;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When something is due, at the precision the plan writes it: a day ({@code 2023-08-31}), a month
 * ({@code August 2023}), a calendar quarter ({@code Q1 2023}, January to March), a season ({@code summer 2023};
 * {@code winter 2023} and {@code winter 2023/24} run from December 2023 to February 2024), a financial year
 * ({@code 2023/24}) or quarter of one ({@code 2023/24 Q1} or {@code Q1 2023/24}), or a calendar year ({@code 2023}). It stands for the
 * days from its first to its last, and is shown as written; "by summer 2023" is met on any day up to 31 August 2023.
 * <p>
 * EMF converts it to and from text through {@link #valueOf(String)} and {@link #toString()}, as it does dates.
 */
public final class Deadline implements Comparable<Deadline> {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");
	private static final Pattern WORD_YEAR = Pattern.compile("([A-Za-z]+[1-4]?)\\s+(\\d{4})");
	private static final Pattern FINANCIAL = Pattern.compile("\\d{4}/\\d{2}(\\s+\\S+)?");
	private static final Pattern WORD_FINANCIAL_YEAR = Pattern.compile("([A-Za-z]+[1-4]?)\\s+(\\d{4}/\\d{2})");

	private final String text;
	private final LocalDate first;
	private final LocalDate last;

	private Deadline(String text, LocalDate first, LocalDate last) {
		this.text = text;
		this.first = first;
		this.last = last;
	}

	/** A deadline of one day. */
	public static Deadline of(CalendarDate day) {
		return new Deadline(day.toString(), day.toLocalDate(), day.toLocalDate());
	}

	/** Reads a deadline as a plan writes it; throws {@link IllegalArgumentException} with the forms it takes. */
	public static Deadline valueOf(String written) {
		String text = written.trim().replaceAll("\\s+", " ");
		if (text.length() == 10 && text.charAt(4) == '-') {
			return of(CalendarDate.valueOf(text));
		}
		if (YEAR.matcher(text).matches()) {
			int year = Integer.parseInt(text);
			return new Deadline(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		if (FINANCIAL.matcher(text).matches()) {
			ReportingPeriod period = ReportingPeriod.valueOf(text);
			return new Deadline(period.toString(), period.firstDay().toLocalDate(), period.lastDay().toLocalDate());
		}
		Matcher ofFinancialYear = WORD_FINANCIAL_YEAR.matcher(text);
		if (ofFinancialYear.matches()) {
			String word = ofFinancialYear.group(1).toLowerCase(Locale.ROOT);
			FinancialYear year = FinancialYear.valueOf(ofFinancialYear.group(2));
			if (word.matches("q[1-4]")) {
				// the financial quarter, as "2023/24 Q1" is
				ReportingPeriod quarter = ReportingPeriod.quarter(year, word.charAt(1) - '0');
				return new Deadline(text, quarter.firstDay().toLocalDate(), quarter.lastDay().toLocalDate());
			}
			if (word.equals("winter")) {
				// the winter the financial year spans: December of its first year to February of its second
				int first = year.firstDay().toLocalDate().getYear();
				return new Deadline(text, LocalDate.of(first, 12, 1), YearMonth.of(first + 1, 2).atEndOfMonth());
			}
		}
		Matcher words = WORD_YEAR.matcher(text);
		if (words.matches()) {
			String word = words.group(1).toLowerCase(Locale.ROOT);
			int year = Integer.parseInt(words.group(2));
			switch (word) {
				case "spring":
					return new Deadline(text, LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31));
				case "summer":
					return new Deadline(text, LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31));
				case "autumn":
					return new Deadline(text, LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30));
				case "winter":
					// the winter that begins in December of the year
					return new Deadline(text, LocalDate.of(year, 12, 1), YearMonth.of(year + 1, 2).atEndOfMonth());
				case "q1", "q2", "q3", "q4": {
					int quarter = word.charAt(1) - '0';
					YearMonth start = YearMonth.of(year, 3 * quarter - 2);
					return new Deadline(text, start.atDay(1), start.plusMonths(2).atEndOfMonth());
				}
				default:
					Month month = month(word);
					if (month != null) {
						YearMonth yearMonth = YearMonth.of(year, month);
						return new Deadline(text, yearMonth.atDay(1), yearMonth.atEndOfMonth());
					}
			}
		}
		throw new IllegalArgumentException("'" + written + "' is not a deadline: write a day (2023-08-31), a month"
				+ " (August 2023), a quarter (Q1 2023 or 2023/24 Q1), a season (summer 2023), a financial year (2023/24)"
				+ " or a year (2023)");
	}

	private static Month month(String word) {
		for (Month month : Month.values()) {
			String name = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
			if (word.equals(name) || word.length() >= 3 && name.startsWith(word)) {
				return month;
			}
		}
		return null;
	}

	/** The first day the deadline covers. */
	public CalendarDate firstDay() {
		return CalendarDate.of(first);
	}

	/** The last day it covers: the day by which the thing is due. */
	public CalendarDate lastDay() {
		return CalendarDate.of(last);
	}

	/** Whether it is a single day. */
	public boolean isDay() {
		return first.equals(last);
	}

	/** Deadlines are ordered by the day they fall due, then by the first day they cover. */
	@Override
	public int compareTo(Deadline other) {
		int byLast = last.compareTo(other.last);
		return byLast != 0 ? byLast : first.compareTo(other.first);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Deadline deadline && text.equals(deadline.text) && first.equals(deadline.first)
				&& last.equals(deadline.last);
	}

	@Override
	public int hashCode() {
		return Objects.hash(text, first, last);
	}

	/** As written: {@code summer 2023}, {@code 2023}, {@code 2023-08-31}. */
	@Override
	public String toString() {
		return text;
	}
}
