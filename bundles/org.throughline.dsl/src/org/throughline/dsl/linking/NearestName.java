package org.throughline.dsl.linking;

import java.util.Collection;

/**
 * Finds, among known names, the one a mistyped name most likely meant: the fewest single-character edits, then the
 * shortest, then the first in alphabetical order, so that the same input always gives the same suggestion.
 */
public final class NearestName {

	private NearestName() {
	}

	/** How many edits a suggestion may be away: one for short names, up to three for long ones. */
	public static int tolerance(String typed) {
		return Math.max(1, Math.min(3, typed.length() / 4));
	}

	/**
	 * The nearest of {@code known} to {@code typed}, or {@code null} when none is within {@link #tolerance}. When
	 * {@code typed} has no dot, a qualified candidate is also compared by its last segment, so that a name written
	 * without its import is matched to its full form.
	 */
	public static String among(String typed, Collection<String> known) {
		int limit = tolerance(typed);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		boolean simple = typed.indexOf('.') < 0;
		for (String candidate : known) {
			if (candidate.equals(typed)) {
				continue;
			}
			int distance = distance(typed, candidate, limit);
			if (simple && candidate.indexOf('.') >= 0) {
				distance = Math.min(distance, distance(typed, candidate.substring(candidate.lastIndexOf('.') + 1), limit));
			}
			if (distance > limit) {
				continue;
			}
			if (best == null || distance < bestDistance
					|| distance == bestDistance && (candidate.length() < best.length()
							|| candidate.length() == best.length() && candidate.compareTo(best) < 0)) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}

	/**
	 * The Levenshtein distance between {@code a} and {@code b}, or any value above {@code limit} as soon as it is
	 * certain to exceed it. A change of case is one edit, like any other.
	 */
	public static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
