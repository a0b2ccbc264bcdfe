package org.throughline.html;

import org.throughline.trace.diff.PlanDiff;

/**
 * An earlier version of the plan that the site is compared with: the site then has a "What changed since" page,
 * and each changed commitment's page says what it said before.
 *
 * @param diff    the comparison of the earlier version (old) with the one published (new)
 * @param version how the earlier version is named on the pages: its folder or git revision
 */
public record History(PlanDiff diff, String version) {
}
