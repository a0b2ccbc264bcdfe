package org.throughline.views.model;

import org.eclipse.emf.common.util.URI;

/**
 * Where an element is written: its file, the line it starts on (1-based) and the text to select, as offsets into
 * the file's text that the model was made from.
 *
 * @param file   the URI of the .plan file
 * @param line   first line of the element, counting from 1
 * @param offset start of the text to select (the element's name where it has one)
 * @param length length of the text to select
 * @param start  start of the whole element
 * @param end    end of the whole element
 */
public record SourceRange(URI file, int line, int offset, int length, int start, int end) {

	/** Whether the element's text covers {@code at}. */
	boolean covers(int at) {
		return start <= at && at < end;
	}
}
