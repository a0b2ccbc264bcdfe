package org.throughline.html;

import java.util.List;

import org.throughline.trace.TraceIndex;

/**
 * What the site is made from: the indexed plan workspace, the findings about it and, when it is compared with
 * an earlier version, that comparison.
 *
 * @param index    the trace index of the loaded modules
 * @param findings validation findings, in the order they are to be listed
 * @param history  the comparison with an earlier version; null for a site without one
 */
public record SiteInput(TraceIndex index, List<Finding> findings, History history) {

	public SiteInput {
		findings = List.copyOf(findings);
	}

	/** A site without a comparison. */
	public SiteInput(TraceIndex index, List<Finding> findings) {
		this(index, findings, null);
	}
}
