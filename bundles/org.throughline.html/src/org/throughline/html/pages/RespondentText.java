package org.throughline.html.pages;

import org.throughline.model.plan.RespondentCategory;

/** Respondent categories as the council's reports name them. */
final class RespondentText {

	private RespondentText() {
	}

	static String category(RespondentCategory category) {
		return switch (category) {
			case RESIDENT -> "Resident";
			case VOLUNTARY -> "Voluntary or community organisation";
			case PUBLIC_AUTHORITY -> "Public authority";
			case PARISH -> "Parish or town council";
			case BUSINESS -> "Private business";
			case INTERNAL -> "The council's own staff or units";
			case SCRUTINY -> "Scrutiny committee";
		};
	}
}
