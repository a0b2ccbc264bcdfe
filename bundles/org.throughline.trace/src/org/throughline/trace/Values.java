package org.throughline.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Approximation;
import org.throughline.model.plan.Count;
import org.throughline.model.plan.Grade;
import org.throughline.model.plan.Money;
import org.throughline.model.plan.Observation;
import org.throughline.model.plan.Percentage;
import org.throughline.model.plan.Quantity;
import org.throughline.model.plan.Target;
import org.throughline.model.values.CalendarDate;

/**
 * Figures as people read them in a council's papers: "over 340", "11% to 12.5%", "£340m", "£400,000", and the
 * period or day they belong to. Written the same way by the site, the command line and the workbench; never
 * dependent on the machine's locale.
 */
public final class Values {

	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);

	private Values() {
	}

	/** A quantity with its exactness and range: "about 26%", "at least 350", "£340m to £1.2bn", "Inadequate". */
	public static String quantity(Quantity quantity) {
		if (quantity == null) {
			return "";
		}
		if (quantity instanceof Grade grade) {
			return TraceIndex.resolved(grade.getLevel()) ? Labels.label(grade.getLevel()) : "";
		}
		StringBuilder text = new StringBuilder(approximation(quantity.getApproximation()));
		text.append(number(quantity, quantity.getValue()));
		if (quantity.isSetUpper() && quantity.getUpper() != null) {
			text.append(" to ").append(number(quantity, quantity.getUpper()));
		}
		return text.toString();
	}

	private static String number(Quantity quantity, BigDecimal value) {
		if (value == null) {
			return "";
		}
		return switch (quantity) {
			case Money money -> money(value);
			case Percentage percentage -> plain(value) + "%";
			case Count count -> grouped(value);
			default -> plain(value);
		};
	}

	/** "£340m", "£1.2bn", "£400,000". */
	public static String money(BigDecimal pounds) {
		BigDecimal magnitude = pounds.abs();
		if (magnitude.compareTo(BILLION) >= 0) {
			return "£" + plain(pounds.divide(BILLION)) + "bn";
		}
		if (magnitude.compareTo(MILLION) >= 0) {
			return "£" + plain(pounds.divide(MILLION)) + "m";
		}
		return "£" + grouped(pounds);
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
	}

	private static String grouped(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.UK));
		return format.format(value);
	}

	private static String approximation(Approximation approximation) {
		return switch (approximation) {
			case EXACT -> "";
			case ABOUT -> "about ";
			case OVER -> "over ";
			case UNDER -> "under ";
			case NEARLY -> "nearly ";
			case AT_LEAST -> "at least ";
			case UP_TO -> "up to ";
		};
	}

	/** When an observation applies: "2010-01-31", "2011/12", "2006/07 to 2009/10", or empty. */
	public static String when(Observation observation) {
		if (observation.getDate() != null) {
			return observation.getDate().toString();
		}
		if (observation.getPeriod() != null) {
			return observation.getPeriod()
					+ (observation.getPeriodEnd() == null ? "" : " to " + observation.getPeriodEnd());
		}
		return "";
	}

	/** The day an observation is plotted at: its date, or the last day of its (last) financial year. */
	public static CalendarDate day(Observation observation) {
		if (observation.getDate() != null) {
			return observation.getDate();
		}
		if (observation.getPeriodEnd() != null) {
			return observation.getPeriodEnd().lastDay();
		}
		return observation.getPeriod() == null ? null : observation.getPeriod().lastDay();
	}

	/** The day a target is due, or null. */
	public static CalendarDate day(Target target) {
		return target.getDue();
	}
}
