package org.throughline.views.graph;

/** How wide text is drawn, so that a node's box fits its text at any zoom. */
public interface TextMeasure {

	/** The width of a line of text in the node's main font (bold) or its caption font. */
	int width(String text, boolean caption);

	/** The height of one line in the main font. */
	int lineHeight();

	/** The height of one line in the caption font. */
	int captionHeight();

	/** The main font's size in pixels, for drawings outside SWT (SVG) that must fit the same boxes. */
	int fontPixels();

	/** The caption font's size in pixels. */
	int captionPixels();
}
