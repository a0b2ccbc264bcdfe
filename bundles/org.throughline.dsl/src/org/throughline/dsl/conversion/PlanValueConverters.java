package org.throughline.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.throughline.model.values.CalendarDate;
import org.throughline.model.values.Deadline;
import org.throughline.model.values.FinancialYear;
import org.throughline.model.values.ReportingPeriod;

/**
 * Converts the plan language's typed literals: money ({@code £340m}), percentages ({@code 11%}), numbers,
 * dates ({@code 2010-12-08}), financial years ({@code 2011/12}) and reporting periods ({@code 2011/12 Q3}). A literal that cannot be converted is
 * reported as a syntax error at its place in the file, with a message that says how to write it.
 */
public class PlanValueConverters extends DefaultTerminalConverters {

	@ValueConverter(rule = "POUNDS")
	public IValueConverter<BigDecimal> money() {
		return new Converter<>() {
			@Override
			protected BigDecimal parse(String text) {
				return MoneyText.parse(text);
			}

			@Override
			protected String print(BigDecimal value) {
				return MoneyText.print(value);
			}
		};
	}

	@ValueConverter(rule = "PERCENT")
	public IValueConverter<BigDecimal> percent() {
		return new Converter<>() {
			@Override
			protected BigDecimal parse(String text) {
				return new BigDecimal(text.substring(0, text.length() - 1));
			}

			@Override
			protected String print(BigDecimal value) {
				return value.stripTrailingZeros().toPlainString() + "%";
			}
		};
	}

	@ValueConverter(rule = "Number")
	public IValueConverter<BigDecimal> number() {
		return new Converter<>() {
			@Override
			protected BigDecimal parse(String text) {
				return new BigDecimal(text);
			}

			@Override
			protected String print(BigDecimal value) {
				return value.stripTrailingZeros().toPlainString();
			}
		};
	}

	@ValueConverter(rule = "Date")
	public IValueConverter<CalendarDate> date() {
		return new Converter<>() {
			@Override
			protected CalendarDate parse(String text) {
				return CalendarDate.valueOf(text);
			}

			@Override
			protected String print(CalendarDate value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "Deadline")
	public IValueConverter<Deadline> deadline() {
		return new Converter<>() {
			@Override
			protected Deadline parse(String text) {
				return Deadline.valueOf(text);
			}

			@Override
			protected String print(Deadline value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "FinancialYear")
	public IValueConverter<FinancialYear> financialYear() {
		return new Converter<>() {
			@Override
			protected FinancialYear parse(String text) {
				return FinancialYear.valueOf(text);
			}

			@Override
			protected String print(FinancialYear value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "ReportingPeriod")
	public IValueConverter<ReportingPeriod> reportingPeriod() {
		return new Converter<>() {
			@Override
			protected ReportingPeriod parse(String text) {
				return ReportingPeriod.valueOf(text);
			}

			@Override
			protected String print(ReportingPeriod value) {
				return value.toString();
			}
		};
	}

	/** Turns a parse failure into a located syntax error instead of an exception. */
	private abstract static class Converter<T> extends AbstractNullSafeConverter<T> {

		protected abstract T parse(String text);

		protected abstract String print(T value);

		@Override
		protected T internalToValue(String text, INode node) {
			try {
				return parse(text);
			} catch (IllegalArgumentException e) {
				throw new ValueConverterException(e.getMessage(), node, null);
			}
		}

		@Override
		protected String internalToString(T value) {
			return print(value);
		}
	}
}
