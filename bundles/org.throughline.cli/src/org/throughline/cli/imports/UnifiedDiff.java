package org.throughline.cli.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** The change to one file as a unified diff, as {@code git diff} writes it (JGit's diff, three lines of context). */
public final class UnifiedDiff {

	private UnifiedDiff() {
	}

	/** {@code --- a/FILE}, {@code +++ b/FILE} and the hunks; empty when the texts are the same. */
	public static String of(String file, String before, String after) {
		if (before.equals(after)) {
			return "";
		}
		RawText a = new RawText(before.getBytes(StandardCharsets.UTF_8));
		RawText b = new RawText(after.getBytes(StandardCharsets.UTF_8));
		DiffAlgorithm algorithm = new HistogramDiff();
		EditList edits = algorithm.diff(RawTextComparator.DEFAULT, a, b);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DiffFormatter formatter = new DiffFormatter(out)) {
			formatter.setContext(3);
			formatter.format(edits, a, b);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "--- a/" + file + "\n+++ b/" + file + "\n" + out.toString(StandardCharsets.UTF_8);
	}

	/** How many lines the diff adds and removes: {@code [added, removed]}. */
	public static int[] counts(String before, String after) {
		RawText a = new RawText(before.getBytes(StandardCharsets.UTF_8));
		RawText b = new RawText(after.getBytes(StandardCharsets.UTF_8));
		int added = 0;
		int removed = 0;
		for (var edit : new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b)) {
			added += edit.getLengthB();
			removed += edit.getLengthA();
		}
		return new int[] { added, removed };
	}
}
