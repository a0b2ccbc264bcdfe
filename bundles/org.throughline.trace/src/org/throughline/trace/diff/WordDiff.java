package org.throughline.trace.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What changed in a text, word by word: the words both versions share, those only the old one has and those only
 * the new one has, in reading order. Words are runs of characters between white space, so a text laid out again
 * over other lines reads as unchanged.
 * <p>
 * The words both ends share are set aside first; the rest is aligned by its longest common subsequence. A middle
 * longer than {@link #MAX_ALIGNED} word pairs (far longer than any statement) is shown as removed and added whole
 * rather than aligned, so that one long text cannot make the comparison slow.
 */
public final class WordDiff {

	/** Whether a run of words is in both versions, only the old one or only the new one. */
	public enum Kind {
		SAME, REMOVED, ADDED
	}

	/** A run of words of one kind, joined by single spaces. */
	public record Piece(Kind kind, String text) {
	}

	static final long MAX_ALIGNED = 4_000_000L;

	private WordDiff() {
	}

	/** The words of a text; none for a missing or blank text. */
	public static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.asList(text.strip().split("\\s+"));
	}

	/** The pieces that turn {@code before} into {@code after}; one SAME piece when only the layout differs. */
	public static List<Piece> between(String before, String after) {
		List<String> a = words(before);
		List<String> b = words(after);
		int prefix = 0;
		while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < a.size() - prefix && suffix < b.size() - prefix
				&& a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
			suffix++;
		}
		Pieces pieces = new Pieces();
		pieces.add(Kind.SAME, a.subList(0, prefix));
		align(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), pieces);
		pieces.add(Kind.SAME, a.subList(a.size() - suffix, a.size()));
		return pieces.list;
	}

	private static void align(List<String> a, List<String> b, Pieces pieces) {
		int n = a.size();
		int m = b.size();
		if ((long) n * m > MAX_ALIGNED || n == 0 || m == 0) {
			pieces.add(Kind.REMOVED, a);
			pieces.add(Kind.ADDED, b);
			return;
		}
		// common[i][j]: the length of the longest common subsequence of a[i..] and b[j..]
		int[][] common = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.get(i).equals(b.get(j))) {
				pieces.add(Kind.SAME, a.get(i));
				i++;
				j++;
			} else if (common[i + 1][j] >= common[i][j + 1]) {
				pieces.add(Kind.REMOVED, a.get(i++));
			} else {
				pieces.add(Kind.ADDED, b.get(j++));
			}
		}
		pieces.add(Kind.REMOVED, a.subList(i, n));
		pieces.add(Kind.ADDED, b.subList(j, m));
	}

	/** Pieces being built: words of the same kind as the last piece join it. */
	private static final class Pieces {
		private final List<Piece> list = new ArrayList<>();

		void add(Kind kind, List<String> words) {
			for (String word : words) {
				add(kind, word);
			}
		}

		void add(Kind kind, String word) {
			int last = list.size() - 1;
			if (last >= 0 && list.get(last).kind() == kind) {
				list.set(last, new Piece(kind, list.get(last).text() + " " + word));
			} else {
				list.add(new Piece(kind, word));
			}
		}
	}
}
