package org.throughline.trace.coverage;

import java.util.ArrayList;
import java.util.List;

import org.throughline.model.labels.Labels;
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

	/** The title of a table of directorates, as the {@code stats} command and the dashboard write it. */
	public static final String TABLE_TITLE =
			"By directorate: the commitments it owns, and those unowned whose aim it delivers";

	/** The short headings of a directorate's row: the directorate, its counts, then each column measure's. */
	public static final List<String> HEADINGS = headings();

	/** What the short headings stand for. */
	public static final String HEADINGS_KEY = "All: commitments counted. Owns: owned by the directorate. "
			+ "Aim: unowned, under an aim it delivers. Reason: stated not measurable.";

	/** The directorate's title and, in brackets, its abbreviation: "Children, Families and Education (CFE)". */
	public static String label(OrganisationUnit unit) {
		String abbreviation = unit.getAbbreviation();
		return Labels.label(unit) + (abbreviation == null || abbreviation.isBlank() ? "" : " (" + abbreviation + ")");
	}

	private static List<String> headings() {
		List<String> headings = new ArrayList<>(List.of("Directorate", "All", "Owns", "Aim"));
		for (CoverageMeasure measure : CoverageMeasure.columns()) {
			headings.add(measure.heading());
		}
		return List.copyOf(headings);
	}
}
