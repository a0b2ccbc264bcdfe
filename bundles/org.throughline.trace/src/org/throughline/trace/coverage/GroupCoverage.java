package org.throughline.trace.coverage;

import org.throughline.model.plan.NamedElement;

/**
 * The coverage of the commitments of one group: an aim, an area, a lead or an accountable owner.
 *
 * @param group    the aim, area or owner
 * @param coverage the counts for the commitments that count for it
 */
public record GroupCoverage(NamedElement group, Coverage coverage) {
}
