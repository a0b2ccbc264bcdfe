package org.throughline.trace.ui.graph;

import org.throughline.views.graph.TextMeasure;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;

/** Measures text with the fonts the view paints in, at 100%. Valid while the GC and fonts are. */
final class SwtTextMeasure implements TextMeasure {

	private final GC gc;
	private final Font main;
	private final Font caption;
	private final FontMetrics mainMetrics;
	private final FontMetrics captionMetrics;

	SwtTextMeasure(GC gc, Font main, Font caption) {
		this.gc = gc;
		this.main = main;
		this.caption = caption;
		gc.setFont(main);
		mainMetrics = gc.getFontMetrics();
		gc.setFont(caption);
		captionMetrics = gc.getFontMetrics();
	}

	@Override
	public int width(String text, boolean isCaption) {
		gc.setFont(isCaption ? caption : main);
		return gc.textExtent(text).x;
	}

	@Override
	public int lineHeight() {
		return mainMetrics.getHeight();
	}

	@Override
	public int captionHeight() {
		return captionMetrics.getHeight();
	}

	@Override
	public int fontPixels() {
		return mainMetrics.getAscent() + mainMetrics.getDescent();
	}

	@Override
	public int captionPixels() {
		return captionMetrics.getAscent() + captionMetrics.getDescent();
	}
}
