package org.throughline.html;

import java.util.List;

import org.throughline.trace.TraceIndex;

/**
 * What the site is made from: the indexed plan workspace and the findings about it.
 *
 * @param index    the trace index of the loaded modules
 * @param findings validation findings, in the order they are to be listed
 */
public record SiteInput(TraceIndex index, List<Finding> findings) {

	public SiteInput {
		findings = List.copyOf(findings);
	}
}
