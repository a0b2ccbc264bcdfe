package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.APPEARANCE__PART;
import static org.throughline.model.plan.PlanPackage.Literals.CHAPTER__AIM;
import static org.throughline.model.plan.PlanPackage.Literals.COMMITMENT__AIMS;
import static org.throughline.model.plan.PlanPackage.Literals.COMMITMENT__THEMES;
import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__NAME;
import static org.throughline.model.plan.PlanPackage.Literals.THEME__AIMS;

import org.eclipse.xtext.validation.Check;
import org.throughline.dsl.references.IncomingReferences;
import org.throughline.model.links.PlanLinks;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.Chapter;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.PlanPart;
import org.throughline.model.plan.Section;
import org.throughline.model.plan.Theme;

/**
 * The plan hangs together: every commitment serves an aim or belongs to a theme, and every aim is served by a
 * commitment. A commitment serves an aim directly, through a theme that serves it, or by appearing in a chapter (or
 * a section of one) that serves it; it belongs to a theme directly or by appearing under it.
 */
class StructureChecks extends PlanChecks {

	@Check
	public void commitmentHasAimOrTheme(Commitment commitment) {
		if (!commitment.getAims().isEmpty() || !commitment.getThemes().isEmpty()) {
			return;
		}
		for (Appearance appearance : commitment.getAppearances()) {
			PlanPart part = appearance.getPart();
			if (part instanceof Theme || chapterOf(part) != null && chapterOf(part).getAim() != null) {
				return;
			}
		}
		addIssue("The commitment " + quoted(commitment) + " serves no aim and belongs to no theme", commitment,
				NAMED_ELEMENT__NAME, IssueCodes.COMMITMENT_WITHOUT_AIM_OR_THEME);
	}

	private static Chapter chapterOf(PlanPart part) {
		if (part instanceof Chapter chapter) {
			return chapter;
		}
		return part instanceof Section section && section.eContainer() instanceof Chapter chapter ? chapter : null;
	}

	@Check
	public void aimHasCommitment(Aim aim) {
		PlanLinks incoming = IncomingReferences.around(aim);
		if (incoming.isReferenced(aim, COMMITMENT__AIMS)) {
			return;
		}
		for (Theme theme : incoming.sources(aim, THEME__AIMS, Theme.class)) {
			if (incoming.isReferenced(theme, COMMITMENT__THEMES) || incoming.isReferenced(theme, APPEARANCE__PART)) {
				return;
			}
		}
		for (Chapter chapter : incoming.sources(aim, CHAPTER__AIM, Chapter.class)) {
			if (incoming.isReferenced(chapter, APPEARANCE__PART)) {
				return;
			}
			for (Section section : chapter.getSections()) {
				if (incoming.isReferenced(section, APPEARANCE__PART)) {
					return;
				}
			}
		}
		addIssue("No commitment serves the aim " + quoted(aim), aim, NAMED_ELEMENT__NAME,
				IssueCodes.AIM_WITHOUT_COMMITMENT);
	}
}
