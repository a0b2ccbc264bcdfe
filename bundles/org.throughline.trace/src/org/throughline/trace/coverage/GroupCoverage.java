package org.throughline.trace.coverage;

import java.util.List;

import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.NamedElement;

/**
 * The coverage of the commitments of one group: an aim, an area, a lead or an accountable owner.
 *
 * @param group       the aim, area or owner
 * @param commitments the commitments that count for it, in the order the plan writes them
 * @param coverage    the counts for them
 */
public record GroupCoverage(NamedElement group, List<Commitment> commitments, Coverage coverage) {

	public GroupCoverage {
		commitments = List.copyOf(commitments);
	}
}
