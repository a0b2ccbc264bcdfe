package org.throughline.html;

import java.util.List;

import org.throughline.html.pages.SiteRenderer;
import org.throughline.trace.diff.PlanDiff;

/** A comparison of two versions of a plan as one HTML page of its own, for {@code throughline diff --format html}. */
public final class ChangesReport {

	private ChangesReport() {
	}

	/** The page: what changed since {@code oldVersion} in {@code newVersion}, grouped as the site's history page groups it. */
	public static String page(PlanDiff diff, String oldVersion, String newVersion) {
		return SiteRenderer.changesPage(new SiteInput(diff.newer(), List.of(), new History(diff, oldVersion)), newVersion);
	}
}
