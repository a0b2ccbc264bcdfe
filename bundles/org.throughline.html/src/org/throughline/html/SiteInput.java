package org.throughline.html;

import java.util.List;

import org.throughline.trace.TraceIndex;

/**
 * What the site is made from: the indexed plan workspace, the findings about it, when it is compared with an earlier
 * version, that comparison, and the texts of the source documents it cites.
 *
 * @param index     the trace index of the loaded modules
 * @param findings  validation findings, in the order they are to be listed
 * @param history   the comparison with an earlier version; null for a site without one
 * @param documents the lines of each source document, published a page per part with every line numbered
 */
public record SiteInput(TraceIndex index, List<Finding> findings, History history, DocumentLines documents) {

	public SiteInput {
		findings = List.copyOf(findings);
		documents = documents == null ? DocumentLines.NONE : documents;
	}

	/** A site whose source documents are not shown. */
	public SiteInput(TraceIndex index, List<Finding> findings, History history) {
		this(index, findings, history, DocumentLines.NONE);
	}

	/** A site without a comparison, whose source documents are not shown. */
	public SiteInput(TraceIndex index, List<Finding> findings) {
		this(index, findings, null);
	}
}
