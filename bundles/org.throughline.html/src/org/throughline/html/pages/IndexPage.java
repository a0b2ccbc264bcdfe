package org.throughline.html.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.throughline.html.charts.BarChart;
import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.Area;
import org.throughline.model.plan.Chapter;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanPart;
import org.throughline.model.plan.PolicyDocument;
import org.throughline.model.plan.Section;
import org.throughline.model.plan.Theme;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.coverage.Coverage;

/**
 * The home page: each plan with its aims, themes and chapters, the commitments under each with what they lack,
 * and the coverage at a glance. With one plan the plan's title is the page's heading; with several, each plan
 * has a section of its own and the headings move down a level.
 */
final class IndexPage {

	static final String PATH = SitePaths.INDEX;

	private IndexPage() {
	}

	static String write(Site site) {
		List<Plan> plans = site.index().plans();
		return Layout.page(site, PATH, site.title(), html -> {
			if (plans.isEmpty()) {
				html.element("p", "The folder holds no plan. The organisation, indicators and consultations it "
						+ "holds are listed from the navigation.").newline();
				return;
			}
			boolean single = plans.size() == 1;
			for (Plan plan : plans) {
				int level = single ? 2 : 3;
				if (single) {
					html.open("div", "id", site.paths().id(plan)).newline();
				} else {
					html.open("section", "id", site.paths().id(plan), "aria-labelledby", site.paths().id(plan) + "-h")
							.newline();
					html.element("h2", Labels.label(plan), "id", site.paths().id(plan) + "-h").newline();
				}
				plan(html, site, plan, level);
				html.close(single ? "div" : "section").newline();
			}
		});
	}

	private static String h(int level) {
		return "h" + level;
	}

	private static void plan(Html html, Site site, Plan plan, int level) {
		Fragments.Facts facts = new Fragments.Facts(html);
		facts.text("Period", plan.getPeriodStart() == null ? null
				: plan.getPeriodStart() + (plan.getPeriodEnd() == null ? "" : " to " + plan.getPeriodEnd()));
		facts.text("Version", plan.getVersion());
		facts.text("Stage", plan.eIsSet(org.throughline.model.plan.PlanPackage.Literals.PLAN__STAGE)
				? plan.getStage().getLiteral() : null);
		facts.text("Published", plan.getPublished() == null ? null : plan.getPublished().toString());
		facts.markup("Replaces", TraceIndex.resolved(plan.getReplaces()),
				h -> Fragments.link(h, site, PATH, plan.getReplaces()));
		List<PolicyDocument> supporting = TraceIndex.resolvedOnly(plan.getSupportedBy());
		facts.markup("Supported by", !supporting.isEmpty(), h -> supportingPlans(h, site, supporting));
		facts.end();
		Fragments.sourceParagraph(html, site, PATH, plan);
		if (plan.getVision() != null) {
			html.element(h(level), "Vision").newline();
			html.open("blockquote", "class", "vision").element("p", plan.getVision()).close("blockquote").newline();
		}
		if (plan.getIntroduction() != null) {
			html.element(h(level), "Introduction").newline();
			html.element("p", plan.getIntroduction(), "class", "introduction").newline();
		}

		glance(html, site, plan, level);
		Map<Aim, List<Commitment>> byAim = new IdentityHashMap<>();
		for (Commitment commitment : plan.getCommitments()) {
			for (Aim aim : site.index().aimsOf(commitment)) {
				byAim.computeIfAbsent(aim, k -> new ArrayList<>()).add(commitment);
			}
		}
		aims(html, site, plan, level, byAim);
		areas(html, site, plan, level);
		themes(html, site, plan, level);
		chapters(html, site, plan, level);
		unplaced(html, site, plan, level);
	}

	private static void glance(Html html, Site site, Plan plan, int level) {
		Coverage c = site.summary(plan).overall();
		html.element(h(level), "Coverage at a glance").newline();
		html.open("p").text(Fragments.count(c.commitments(), "commitment", "commitments") + ". ");
		html.element("a", "The coverage dashboard", "href", SitePaths.COVERAGE).text(" breaks this down by "
				+ "directorate, aim, area and owner; ").element("a", "the gaps", "href", SitePaths.GAPS)
				.text(" list what each commitment lacks.").close("p").newline();
		html.markup(CoverageFigures.chart("glance-" + site.paths().id(plan).replace('.', '-'), c,
				"How many of the plan's " + Fragments.count(c.commitments(), "commitment is", "commitments are")
						+ " owned, measured, consulted on, answered and in a business plan"));
	}

	private static void aims(Html html, Site site, Plan plan, int level, Map<Aim, List<Commitment>> byAim) {
		if (plan.getAims().isEmpty()) {
			return;
		}
		html.element(h(level), "Aims").newline();
		for (Aim aim : plan.getAims()) {
			html.element(h(level + 1), Labels.label(aim), "id", site.paths().id(aim)).newline();
			Fragments.Facts facts = new Fragments.Facts(html);
			facts.text("Also called", String.join("; ", aim.getAliases()));
			List<org.throughline.model.plan.Owner> deliverers = TraceIndex.resolvedOnly(aim.getDeliveredBy());
			facts.markup("Delivered by", !deliverers.isEmpty(), h -> Fragments.links(h, site, PATH, deliverers));
			facts.text("Funding", Fragments.funding(aim.getFundings()));
			facts.text("Commitments", Integer.toString(byAim.getOrDefault(aim, List.of()).size()));
			facts.end();
			if (aim.getStatement() != null) {
				html.open("blockquote", "class", "statement").element("p", aim.getStatement()).close("blockquote")
						.newline();
			}
			if (aim.getIntroduction() != null) {
				html.element("p", aim.getIntroduction(), "class", "introduction").newline();
			}
			Fragments.sourceParagraph(html, site, PATH, aim);
			if (listsUnderAims(plan)) {
				Fragments.commitmentList(html, site, PATH, byAim.getOrDefault(aim, List.of()),
						"No commitment serves this aim.");
			}
		}
	}

	/**
	 * Whether the commitments are listed under their aims: in a plan that has no themes or chapters, the aims (its
	 * priorities) are where its commitments are placed.
	 */
	private static boolean listsUnderAims(Plan plan) {
		return plan.getThemes().isEmpty() && plan.getChapters().isEmpty();
	}

	/** Each supporting plan or strategy linked, with the dates it is in force where it says them. */
	private static void supportingPlans(Html html, Site site, List<PolicyDocument> documents) {
		for (int i = 0; i < documents.size(); i++) {
			if (i > 0) {
				html.text("; ");
			}
			PolicyDocument document = documents.get(i);
			Fragments.link(html, site, PATH, document);
			String inForce = Fragments.inForce(document.getValidFrom(), document.getValidUntil());
			if (!inForce.isEmpty()) {
				html.text(" (" + inForce + ")");
			}
		}
	}

	/** The places the plan names, each with the commitments for it in the order the plan writes them. */
	private static void areas(Html html, Site site, Plan plan, int level) {
		if (plan.getAreas().isEmpty()) {
			return;
		}
		html.element(h(level), "Areas").newline();
		for (Area area : plan.getAreas()) {
			String kind = area.isSetKind() ? " (" + area.getKind().getLiteral() + ")" : "";
			html.element(h(level + 1), Labels.label(area) + kind, "id", site.paths().id(area)).newline();
			Fragments.Facts facts = new Fragments.Facts(html);
			facts.text("Also called", String.join("; ", area.getAliases()));
			facts.end();
			Fragments.sourceParagraph(html, site, PATH, area);
			Fragments.commitmentList(html, site, PATH, site.index().commitmentsFor(area),
					"No commitment names this area.");
		}
	}

	private static void themes(Html html, Site site, Plan plan, int level) {
		if (plan.getThemes().isEmpty()) {
			return;
		}
		html.element(h(level), "Themes").newline();
		// commitments that name a theme without appearing in it, and where each is written in the plan
		Map<Theme, List<Commitment>> naming = new IdentityHashMap<>();
		Map<Commitment, Integer> written = new IdentityHashMap<>();
		for (Commitment commitment : plan.getCommitments()) {
			written.put(commitment, written.size());
			for (Theme theme : TraceIndex.resolvedOnly(commitment.getThemes())) {
				naming.computeIfAbsent(theme, k -> new ArrayList<>()).add(commitment);
			}
		}
		for (Theme theme : plan.getThemes()) {
			html.element(h(level + 1), Labels.label(theme), "id", site.paths().id(theme)).newline();
			if (theme.getIntroduction() != null) {
				html.element("p", theme.getIntroduction(), "class", "introduction").newline();
			}
			List<Aim> aims = TraceIndex.resolvedOnly(theme.getAims());
			if (!aims.isEmpty()) {
				html.open("p").text("Serves ");
				Fragments.links(html, site, PATH, aims);
				html.text(".").close("p").newline();
			}
			Fragments.sourceParagraph(html, site, PATH, theme);
			// those that appear in it and those that belong to it, in the order the plan writes them; commitments of
			// other plans that appear in it follow, in the order of their appearances
			List<Commitment> under = new ArrayList<>(committed(site, theme));
			under.addAll(naming.getOrDefault(theme, List.of()));
			under = under.stream().distinct().sorted(Comparator.comparingInt(
					(Commitment c) -> written.getOrDefault(c, Integer.MAX_VALUE))).toList();
			Fragments.commitmentList(html, site, PATH, under, "No commitment appears under this theme.");
		}
	}

	private static void chapters(Html html, Site site, Plan plan, int level) {
		if (plan.getChapters().isEmpty()) {
			return;
		}
		html.element(h(level), "Chapters").newline();
		for (Chapter chapter : plan.getChapters()) {
			html.element(h(level + 1), "Chapter " + chapter.getNumber() + ": " + Labels.label(chapter), "id",
					site.paths().id(chapter)).newline();
			if (TraceIndex.resolved(chapter.getAim())) {
				html.open("p").text("Serves ");
				Fragments.link(html, site, PATH, chapter.getAim());
				html.text(".").close("p").newline();
			}
			Fragments.sourceParagraph(html, site, PATH, chapter);
			List<Commitment> direct = committed(site, chapter);
			if (!direct.isEmpty() || chapter.getSections().isEmpty()) {
				Fragments.commitmentList(html, site, PATH, direct, "No commitment appears in this chapter.");
			}
			for (Section section : chapter.getSections()) {
				html.element(h(level + 2), Labels.label(section), "id", site.paths().id(section)).newline();
				Fragments.sourceParagraph(html, site, PATH, section);
				Fragments.commitmentList(html, site, PATH, committed(site, section),
						"No commitment appears in this section.");
			}
		}
	}

	private static void unplaced(Html html, Site site, Plan plan, int level) {
		List<Commitment> nowhere = plan.getCommitments().stream()
				.filter(c -> c.getAppearances().isEmpty() && c.getThemes().isEmpty())
				.filter(c -> !listsUnderAims(plan) || site.index().aimsOf(c).isEmpty()).toList();
		if (!nowhere.isEmpty()) {
			html.element(h(level), "Commitments not placed in a theme or chapter").newline();
			Fragments.commitmentList(html, site, PATH, nowhere, "");
		}
	}

	// The commitments that appear in a part, each once, in the order of their appearances.
	private static List<Commitment> committed(Site site, PlanPart part) {
		List<Commitment> commitments = new ArrayList<>();
		for (Appearance appearance : site.index().appearancesIn(part)) {
			Commitment commitment = (Commitment) appearance.eContainer();
			if (!commitments.contains(commitment)) {
				commitments.add(commitment);
			}
		}
		return commitments;
	}
}
