package org.throughline.views.graph;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.ConsultationTheme;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.InspectionAction;
import org.throughline.model.plan.Milestone;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.PlanPart;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.Respondent;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.Restructure;

/**
 * The colours of a node, by what kind of element it is, the same on screen and in SVG: commitments blue,
 * owners green, measures orange, consultation purple, inspection red, aims and plan parts grey, restructure teal.
 *
 * @param fill   the box's fill, as 0xRRGGBB
 * @param border the box's border and the caption's colour, as 0xRRGGBB
 */
public record NodeStyle(int fill, int border) {

	static final NodeStyle COMMITMENT = new NodeStyle(0xDDEBFF, 0x34659F);
	static final NodeStyle OWNER = new NodeStyle(0xDDF2DD, 0x3C7F3C);
	static final NodeStyle MEASURE = new NodeStyle(0xFFECD2, 0xA8620F);
	static final NodeStyle CONSULTATION = new NodeStyle(0xECE2F6, 0x6E4A9A);
	static final NodeStyle INSPECTION = new NodeStyle(0xFAE1E1, 0xA83C3C);
	static final NodeStyle PLAN = new NodeStyle(0xECECEC, 0x5E5E5E);
	static final NodeStyle RESTRUCTURE = new NodeStyle(0xDCF0F0, 0x287F7F);
	static final NodeStyle LEFT_OUT = new NodeStyle(0xFFFFFF, 0x7A7A7A);

	/** The text colour inside every box: dark enough on every fill for WCAG AA contrast. */
	public static final int TEXT = 0x1A1A1A;
	/** The colour of edges. */
	public static final int EDGE = 0x6B6B6B;

	public static NodeStyle of(EObject element) {
		return switch (element) {
			case null -> LEFT_OUT;
			case Commitment c -> COMMITMENT;
			case Owner o -> OWNER;
			case Indicator i -> MEASURE;
			case Milestone m -> MEASURE;
			case Response r -> CONSULTATION;
			case Reply r -> CONSULTATION;
			case Respondent r -> CONSULTATION;
			case ConsultationTheme t -> CONSULTATION;
			case InspectionAction a -> INSPECTION;
			case Move m -> RESTRUCTURE;
			case Restructure r -> RESTRUCTURE;
			case Aim a -> PLAN;
			case PlanPart p -> PLAN;
			default -> PLAN;
		};
	}

	/** "#rrggbb". */
	public static String hex(int rgb) {
		return String.format("#%06x", rgb & 0xFFFFFF);
	}
}
