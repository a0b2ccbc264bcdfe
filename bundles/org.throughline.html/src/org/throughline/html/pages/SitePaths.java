package org.throughline.html.pages;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Area;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.ConsultationTheme;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PolicyDocument;
import org.throughline.model.plan.PlanPart;
import org.throughline.model.plan.Respondent;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.Restructure;
import org.throughline.model.plan.SourceDocument;
import org.throughline.trace.TraceIndex;

/**
 * Where every element lives in the site. Commitments, owners, indicators, consultations, restructures and business
 * plans have a page each, named after their qualified name ({@code commitments/kent.boldsteps.BoldSteps.V1.html}), so that
 * links survive edits as the plan's own names do. Aims, areas, themes, chapters and sections are anchors on the index;
 * responses, respondents and consultation themes on their consultation's page; moves on their restructure's
 * page; actions on their business plan's page; source documents on the sources page. Links between pages are relative, so the site works from any
 * folder or server path.
 */
public final class SitePaths {

	public static final String INDEX = "index.html";
	public static final String COVERAGE = "coverage.html";
	public static final String MATRIX = "matrix.html";
	public static final String GAPS = "gaps.html";
	public static final String SOURCES = "sources.html";
	public static final String PROBLEMS = "problems.html";
	public static final String OWNERS = "owners/index.html";
	public static final String INDICATORS = "indicators/index.html";
	public static final String CONSULTATIONS = "consultations/index.html";
	public static final String RESTRUCTURES = "restructures/index.html";
	public static final String CHANGES = "changes.html";
	public static final String STYLE = "style.css";

	private final TraceIndex index;
	private final Map<EObject, String> pages = new IdentityHashMap<>();
	private final Set<String> taken = new HashSet<>();

	SitePaths(TraceIndex index) {
		this.index = index;
		index.commitments().forEach(c -> assign(c, "commitments/"));
		index.owners().forEach(o -> assign(o, "owners/"));
		index.indicators().forEach(i -> assign(i, "indicators/"));
		index.consultations().forEach(c -> assign(c, "consultations/"));
		index.restructures().forEach(r -> assign(r, "restructures/"));
		index.businessPlans().forEach(b -> assign(b, "business-plans/"));
	}

	// Qualified names are made of letters, digits, '_' and '.', so they are safe file names. Two that differ only
	// in case, or a name declared twice, would share a file on some systems: the later one gets a number.
	private void assign(EObject element, String folder) {
		String name = index.qualifiedName(element);
		if (name.isEmpty()) {
			name = "unnamed";
		}
		String path = folder + name + ".html";
		for (int n = 2; !taken.add(path.toLowerCase(Locale.ROOT)); n++) {
			path = folder + name + "-" + n + ".html";
		}
		pages.put(element, path);
	}

	/** The page of an element that has one, or null. */
	public String pageOf(EObject element) {
		return pages.get(element);
	}

	/** Every element that has a page of its own, and that page. */
	Map<EObject, String> pages() {
		return pages;
	}

	/**
	 * Where a link to the element points, relative to the site root: its page, or its anchor on another page;
	 * null when the element is shown nowhere (or did not resolve).
	 */
	public String target(EObject element) {
		if (!TraceIndex.resolved(element)) {
			return null;
		}
		String page = pages.get(element);
		if (page != null) {
			return page;
		}
		String id = index.qualifiedName(element);
		return switch (element) {
			case Plan plan -> INDEX + "#" + id;
			case Aim aim -> INDEX + "#" + id;
			case Area area -> INDEX + "#" + id;
			case PlanPart part -> INDEX + "#" + id;
			case Response response -> onPageOf(response.eContainer(), id);
			case Respondent respondent -> onPageOf(respondent.eContainer(), id);
			case ConsultationTheme theme -> onPageOf(theme.eContainer(), id);
			case Move move -> onPageOf(move.eContainer(), id);
			case Action action -> onPageOf(action.eContainer(), id);
			case SourceDocument document -> SOURCES + "#" + id;
			case PolicyDocument document -> SOURCES + "#" + id;
			default -> null;
		};
	}

	private String onPageOf(EObject container, String id) {
		String page = container instanceof Consultation || container instanceof Restructure
				|| container instanceof BusinessPlan ? pages.get(container) : null;
		return page == null ? null : page + "#" + id;
	}

	/** A link from one page to a target path, relative: {@code ../owners/x.html} from {@code commitments/y.html}. */
	public static String relative(String fromPage, String target) {
		int depth = 0;
		for (int i = 0; i < fromPage.length(); i++) {
			if (fromPage.charAt(i) == '/') {
				depth++;
			}
		}
		return "../".repeat(depth) + target;
	}

	/** The element's anchor id on the page that shows it: its qualified name. */
	public String id(EObject element) {
		return index.qualifiedName(element);
	}
}
