package org.throughline.views.matrix;

import java.util.Comparator;

/** Orders text as people read it: "C1_2" before "C1_10", case ignored, digits compared as numbers. */
final class NaturalOrder implements Comparator<String> {

	static final NaturalOrder INSTANCE = new NaturalOrder();

	private NaturalOrder() {
	}

	@Override
	public int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char x = a.charAt(i);
			char y = b.charAt(j);
			if (Character.isDigit(x) && Character.isDigit(y)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				int result = compareNumbers(a.substring(i, endA), b.substring(j, endB));
				if (result != 0) {
					return result;
				}
				i = endA;
				j = endB;
			} else {
				int result = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
				if (result != 0) {
					return result;
				}
				i++;
				j++;
			}
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	private static int digitsEnd(String text, int start) {
		int end = start;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

	// Without leading zeros, a longer number is larger; equal lengths compare digit by digit.
	private static int compareNumbers(String a, String b) {
		String x = a.replaceFirst("^0+(?=.)", "");
		String y = b.replaceFirst("^0+(?=.)", "");
		return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
	}
}
