package org.throughline.trace.coverage;

import org.throughline.model.plan.OrganisationUnit;

/**
 * The coverage of the commitments attributed to one directorate.
 *
 * @param directorate   the directorate
 * @param coverage      the counts for its commitments
 * @param byOwnership   how many of them it (or a unit, post or person within it) owns
 * @param byAim         how many are attributed to it only because the plan maps their aim to it ("delivered by")
 */
public record DirectorateCoverage(OrganisationUnit directorate, Coverage coverage, int byOwnership, int byAim) {
}
