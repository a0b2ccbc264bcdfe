package org.throughline.dsl.conversion;

import java.math.BigDecimal;

/**
 * Money as written in plans: a pound sign, a number and an optional magnitude, {@code k}, {@code m} or
 * {@code bn} ({@code £400k}, {@code £340m}, {@code £1bn}). The model stores whole pounds; printing picks the
 * largest magnitude that keeps the figure exact, so {@code £340m} prints as it was written.
 */
public final class MoneyText {

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

	private MoneyText() {
	}

	public static BigDecimal parse(String text) {
		if (!text.startsWith("£")) {
			throw new IllegalArgumentException("'" + text + "' is not an amount of money: write it as £340m, £400k or £5000");
		}
		String body = text.substring(1);
		BigDecimal scale = BigDecimal.ONE;
		if (body.endsWith("bn")) {
			scale = BILLION;
			body = body.substring(0, body.length() - 2);
		} else if (body.endsWith("m")) {
			scale = MILLION;
			body = body.substring(0, body.length() - 1);
		} else if (body.endsWith("k")) {
			scale = THOUSAND;
			body = body.substring(0, body.length() - 1);
		}
		return new BigDecimal(body).multiply(scale).stripTrailingZeros();
	}

	public static String print(BigDecimal pounds) {
		BigDecimal abs = pounds.abs();
		if (abs.compareTo(BILLION) >= 0) {
			return "£" + plain(pounds.divide(BILLION)) + "bn";
		}
		if (abs.compareTo(MILLION) >= 0) {
			return "£" + plain(pounds.divide(MILLION)) + "m";
		}
		if (abs.compareTo(THOUSAND) >= 0 && pounds.remainder(BigDecimal.ONE).signum() == 0) {
			return "£" + plain(pounds.divide(THOUSAND)) + "k";
		}
		return "£" + plain(pounds);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
