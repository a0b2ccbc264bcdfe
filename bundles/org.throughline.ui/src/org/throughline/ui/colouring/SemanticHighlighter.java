package org.throughline.ui.colouring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.throughline.dsl.ide.checking.CheckedFile.Highlight;
import org.throughline.dsl.ide.highlighting.PlanStyles;
import org.throughline.ui.reconciling.PlanEditorModel;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * Lays the colours that need the checked file (names being defined, references) over the colours of the tokens.
 * Positions live in the document, so they move with the text between checks; after a check only the text whose
 * colour changed is redrawn.
 */
public class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "org.throughline.ui.semanticHighlighting";

	/** A position that remembers its colour. */
	private static final class Styled extends Position {
		final PlanStyles style;

		Styled(int offset, int length, PlanStyles style) {
			super(offset, length);
			this.style = style;
		}

		boolean sameAs(Highlight highlight) {
			return offset == highlight.offset() && length == highlight.length() && style == highlight.style();
		}
	}

	private final ISourceViewer viewer;
	private final PlanColours colours;
	private IDocument document;
	private IPositionUpdater updater;

	public SemanticHighlighter(ISourceViewer viewer, PlanColours colours) {
		this.viewer = viewer;
		this.colours = colours;
	}

	public void install(IDocument document) {
		this.document = document;
		document.addPositionCategory(CATEGORY);
		updater = new DefaultPositionUpdater(CATEGORY);
		document.addPositionUpdater(updater);
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
	}

	public void uninstall() {
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
		if (document != null) {
			document.removePositionUpdater(updater);
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// already gone
			}
			document = null;
		}
	}

	/** Shows a snapshot's colours; call on the UI thread. Does nothing if the text changed since the snapshot. */
	public void show(PlanSnapshot snapshot) {
		if (document == null || snapshot.stamp() != PlanEditorModel.stamp(document)) {
			return;
		}
		Position[] old = positions();
		List<Highlight> highlights = snapshot.highlights();
		List<Position> gone = new ArrayList<>();
		List<Highlight> added = new ArrayList<>();
		List<int[]> changed = changes(old, highlights, gone, added);
		if (changed.isEmpty()) {
			return;
		}
		try {
			if (gone.size() + added.size() > SMALL_CHANGE) {
				// many changes: one new list is cheaper than many inserts into the old one
				document.removePositionCategory(CATEGORY);
				document.addPositionCategory(CATEGORY);
				for (Highlight highlight : highlights) {
					document.addPosition(CATEGORY, new Styled(highlight.offset(), highlight.length(), highlight.style()));
				}
			} else {
				for (Position position : gone) {
					document.removePosition(CATEGORY, position);
				}
				for (Highlight highlight : added) {
					document.addPosition(CATEGORY, new Styled(highlight.offset(), highlight.length(), highlight.style()));
				}
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			return;
		}
		redraw(changed);
	}

	/** Above this many changed positions the list is built anew. */
	private static final int SMALL_CHANGE = 200;

	/** Above this many characters a redraw is split, one part per turn of the event loop, so typing goes on. */
	private static final int REDRAW_CHUNK = 32 * 1024;

	/**
	 * Redraws the changed ranges. A large redraw (the first colours of a long file) is done a part at a time, the
	 * visible part first, each part in its own turn of the event loop.
	 */
	private void redraw(List<int[]> changed) {
		List<int[]> parts = new ArrayList<>();
		for (int[] range : changed) {
			for (int start = range[0]; start < range[1]; start += REDRAW_CHUNK) {
				parts.add(new int[] { start, Math.min(range[1], start + REDRAW_CHUNK) });
			}
		}
		int top = viewer.getTopIndexStartOffset();
		List<int[]> visibleFirst = new ArrayList<>();
		parts.stream().filter(part -> part[1] >= top).forEach(visibleFirst::add);
		parts.stream().filter(part -> part[1] < top).forEach(visibleFirst::add);
		redrawParts(visibleFirst, 0);
	}

	private void redrawParts(List<int[]> parts, int next) {
		if (document == null || next >= parts.size() || viewer.getTextWidget() == null
				|| viewer.getTextWidget().isDisposed()) {
			return;
		}
		int[] part = parts.get(next);
		int length = Math.min(part[1], document.getLength()) - part[0];
		if (length > 0 && viewer instanceof ITextViewerExtension2 extension) {
			extension.invalidateTextPresentation(part[0], length);
		}
		if (next + 1 < parts.size()) {
			viewer.getTextWidget().getDisplay().asyncExec(() -> redrawParts(parts, next + 1));
		}
	}

	/**
	 * Ranges [start, end) that are coloured differently by the old positions and the new highlights; the old
	 * positions that go and the highlights that are new.
	 */
	private static List<int[]> changes(Position[] old, List<Highlight> highlights, List<Position> gone,
			List<Highlight> added) {
		List<int[]> ranges = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < old.length || j < highlights.size()) {
			Styled before = i < old.length ? (Styled) old[i] : null;
			Highlight after = j < highlights.size() ? highlights.get(j) : null;
			if (before != null && after != null && before.sameAs(after)) {
				i++;
				j++;
			} else if (after == null || before != null && before.offset <= after.offset()) {
				add(ranges, before.offset, before.offset + before.length);
				gone.add(before);
				i++;
			} else {
				add(ranges, after.offset(), after.offset() + after.length());
				added.add(after);
				j++;
			}
		}
		return ranges;
	}

	/** Adds a range, joining it to the last one when they are close, so that few redraws cover many changes. */
	private static void add(List<int[]> ranges, int start, int end) {
		int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
		if (last != null && start - last[1] < 256) {
			last[1] = Math.max(last[1], end);
		} else {
			ranges.add(new int[] { start, end });
		}
	}

	private Position[] positions() {
		try {
			return document.getPositions(CATEGORY);
		} catch (BadPositionCategoryException e) {
			return new Position[0];
		}
	}

	/** Redraws everything in the current colours, after a person changed them. */
	public void refresh() {
		viewer.invalidateTextPresentation();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (document == null) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		Position[] positions = positions();
		int first = firstEndingAfter(positions, start);
		List<StyleRange> ranges = new ArrayList<>();
		for (int k = first; k < positions.length && positions[k].offset < end; k++) {
			Styled position = (Styled) positions[k];
			if (!position.isDeleted() && position.length > 0) {
				ranges.add(colours.styleRange(position.style, position.offset, position.length));
			}
		}
		if (!ranges.isEmpty()) {
			List<StyleRange> marks = marks(presentation);
			// replace, not merge: a name's segment that is also a keyword ("organisation") must not stay bold
			presentation.replaceStyleRanges(ranges.toArray(StyleRange[]::new));
			// but what the findings drew into the text (a squiggle under a misspelt name) stays
			if (!marks.isEmpty()) {
				presentation.mergeStyleRanges(marks.toArray(StyleRange[]::new));
			}
		}
	}

	/** The underlines, boxes and strike-throughs in a presentation, with nothing else of their ranges' styles. */
	private static List<StyleRange> marks(TextPresentation presentation) {
		List<StyleRange> marks = new ArrayList<>();
		for (Iterator<StyleRange> all = presentation.getAllStyleRangeIterator(); all.hasNext();) {
			StyleRange range = all.next();
			if (range.underline || range.strikeout || range.borderStyle != SWT.NONE) {
				StyleRange mark = new StyleRange(range.start, range.length, null, null);
				mark.underline = range.underline;
				mark.underlineStyle = range.underlineStyle;
				mark.underlineColor = range.underlineColor;
				mark.strikeout = range.strikeout;
				mark.strikeoutColor = range.strikeoutColor;
				mark.borderStyle = range.borderStyle;
				mark.borderColor = range.borderColor;
				marks.add(mark);
			}
		}
		return marks;
	}

	private static int firstEndingAfter(Position[] positions, int offset) {
		int low = 0;
		int high = positions.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (positions[middle].offset + positions[middle].length <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** The colours shown now, for tests: offset, length and style of each position. */
	public List<String> shown() {
		return Arrays.stream(positions()).map(p -> p.offset + ":" + p.length + ":" + ((Styled) p).style.id()).toList();
	}
}
