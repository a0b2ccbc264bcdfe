package org.throughline.ui.editing;

import java.util.Arrays;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPartitioningException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TypedRegion;
import org.eclipse.jface.text.source.ICharacterPairMatcher;
import org.throughline.ui.editor.PlanPartitions;

/**
 * Finds the bracket that pairs with the one at the caret, ignoring brackets in quoted text and comments. It looks at
 * most {@link #REACH} characters away: the platform's matcher reads the whole file character by character when a
 * bracket has no partner yet, which in a long plan costs tens of milliseconds on every key typed.
 */
public class PlanBracketMatcher implements ICharacterPairMatcher {

	/** How far a partner is looked for, in characters. */
	public static final int REACH = 64 * 1024;

	private static final String PAIRS = "{}()";

	private int anchor = LEFT;

	@Override
	public IRegion match(IDocument document, int offset) {
		if (document == null || offset < 0 || offset > document.getLength()) {
			return null;
		}
		try {
			for (int at : new int[] { offset - 1, offset }) {
				if (at < 0 || at >= document.getLength()) {
					continue;
				}
				int kind = PAIRS.indexOf(document.getChar(at));
				if (kind < 0 || !isCode(document, at)) {
					continue;
				}
				boolean opening = kind % 2 == 0;
				int peer = opening ? forward(document, at, PAIRS.charAt(kind), PAIRS.charAt(kind + 1))
						: backward(document, at, PAIRS.charAt(kind - 1), PAIRS.charAt(kind));
				if (peer < 0) {
					return null;
				}
				anchor = opening ? LEFT : RIGHT;
				int start = Math.min(at, peer);
				return new Region(start, Math.max(at, peer) - start + 1);
			}
		} catch (BadLocationException | BadPartitioningException e) {
			// the text changed under the painter; no match this time
		}
		return null;
	}

	private static int forward(IDocument document, int from, char open, char close)
			throws BadLocationException, BadPartitioningException {
		int end = Math.min(document.getLength(), from + 1 + REACH);
		int depth = 1;
		for (ITypedRegion region : code(document, from + 1, end - from - 1)) {
			String text = document.get(region.getOffset(), region.getLength());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == open) {
					depth++;
				} else if (c == close && --depth == 0) {
					return region.getOffset() + i;
				}
			}
		}
		return -1;
	}

	private static int backward(IDocument document, int from, char open, char close)
			throws BadLocationException, BadPartitioningException {
		int start = Math.max(0, from - REACH);
		ITypedRegion[] regions = code(document, start, from - start);
		int depth = 1;
		for (int r = regions.length - 1; r >= 0; r--) {
			String text = document.get(regions[r].getOffset(), regions[r].getLength());
			for (int i = text.length() - 1; i >= 0; i--) {
				char c = text.charAt(i);
				if (c == close) {
					depth++;
				} else if (c == open && --depth == 0) {
					return regions[r].getOffset() + i;
				}
			}
		}
		return -1;
	}

	/** The parts of a range that are neither quoted text nor comments. */
	private static ITypedRegion[] code(IDocument document, int offset, int length)
			throws BadLocationException, BadPartitioningException {
		if (length <= 0) {
			return new ITypedRegion[0];
		}
		if (!(document instanceof IDocumentExtension3 extension)) {
			return new ITypedRegion[] { new TypedRegion(offset, length, IDocument.DEFAULT_CONTENT_TYPE) };
		}
		ITypedRegion[] all = extension.computePartitioning(PlanPartitions.PARTITIONING, offset, length, false);
		return Arrays.stream(all).filter(r -> IDocument.DEFAULT_CONTENT_TYPE.equals(r.getType()))
				.map(r -> clip(r, offset, offset + length)).toArray(ITypedRegion[]::new);
	}

	private static ITypedRegion clip(ITypedRegion region, int start, int end) {
		int from = Math.max(start, region.getOffset());
		int to = Math.min(end, region.getOffset() + region.getLength());
		return new TypedRegion(from, Math.max(0, to - from), region.getType());
	}

	private static boolean isCode(IDocument document, int offset) throws BadLocationException, BadPartitioningException {
		return !(document instanceof IDocumentExtension3 extension) || IDocument.DEFAULT_CONTENT_TYPE
				.equals(extension.getPartition(PlanPartitions.PARTITIONING, offset, false).getType());
	}

	@Override
	public int getAnchor() {
		return anchor;
	}

	@Override
	public void clear() {
		// nothing is kept between matches
	}

	@Override
	public void dispose() {
		// nothing to release
	}
}
