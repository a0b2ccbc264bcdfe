package org.throughline.html;

import java.util.List;

import org.throughline.model.plan.SourceDocument;

/** The text of a source document, line by line, for its pages in the site. */
@FunctionalInterface
public interface DocumentLines {

	/** No document has a text: the site lists the documents but shows none of them. */
	DocumentLines NONE = document -> null;

	/** The document's lines (line 1 first), each without its line break; null when its text cannot be read. */
	List<String> of(SourceDocument document);
}
