package org.throughline.ui.search;

import org.eclipse.core.resources.IFile;

/** A line of a file that refers to the element searched for; the search view lists these. */
public record ReferenceLine(IFile file, int line, String text) {

	public String label() {
		return file.getName() + ":" + line + "  " + text.strip();
	}
}
