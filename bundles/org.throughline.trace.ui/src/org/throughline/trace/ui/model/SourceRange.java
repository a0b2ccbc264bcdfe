package org.throughline.trace.ui.model;

import org.eclipse.core.resources.IFile;

/**
 * Where an element is written: its file, the line it starts on (1-based) and the text to select, as offsets into
 * the file as it was when the model was loaded.
 *
 * @param file   the .plan file
 * @param line   first line of the element, counting from 1
 * @param offset start of the text to select (the element's name where it has one)
 * @param length length of the text to select
 */
public record SourceRange(IFile file, int line, int offset, int length) {
}
