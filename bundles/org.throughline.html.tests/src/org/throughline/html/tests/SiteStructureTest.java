package org.throughline.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.throughline.html.SiteInput;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/**
 * Every page has the structure assistive technology relies on, every link leads somewhere on the site, and the
 * colours meet WCAG AA contrast. The Nu Html Checker checks validity; this checks what validity does not.
 */
class SiteStructureTest {

	@TempDir
	Path temp;

	private Map<String, String> site(String fixture) throws Exception {
		return Sites.render(fixture, temp);
	}

	@ParameterizedTest
	@ValueSource(strings = { PlanFixtures.KENT, PlanFixtures.HOSTILE })
	void everyPageHasLandmarksOneH1AndHeadingsInOrder(String fixture) throws Exception {
		assertLandmarksAndHeadings(site(fixture));
	}

	@ParameterizedTest
	@ValueSource(strings = { PlanFixtures.KENT, PlanFixtures.HOSTILE })
	void everyTableHasACaptionAndEveryHeaderCellAScope(String fixture) throws Exception {
		int tables = assertTables(site(fixture));
		assertTrue(tables > 10, "tables checked: " + tables);
	}

	@ParameterizedTest
	@ValueSource(strings = { PlanFixtures.KENT, PlanFixtures.HOSTILE })
	void everyLinkLeadsToAPageAndAnchorOfTheSiteAndNothingComesFromElsewhere(String fixture) throws Exception {
		int links = assertLinks(site(fixture));
		assertTrue(links > 100, "links checked: " + links);
	}

	@Test
	void theBoldStepsExampleSiteHoldsTogether() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeFalse(
				org.throughline.examples.ExampleProject.BOLD_STEPS_FOR_KENT.planFileNames().isEmpty(),
				"the Bold Steps for Kent example is not in this build");
		Path plans = temp.resolve("bold-steps");
		org.throughline.examples.ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(plans);
		Map<String, String> site = org.throughline.html.SiteGenerator.render(Sites.input(plans));
		assertLandmarksAndHeadings(site);
		int tables = assertTables(site);
		assertTrue(tables > 40, "tables checked: " + tables);
		int links = assertLinks(site);
		assertTrue(links > 5000, "links checked: " + links);
	}

	@Test
	void underAThemeTheCommitmentsAreListedInTheOrderThePlanWritesThem() throws Exception {
		Path plans = temp.resolve("themes");
		java.nio.file.Files.createDirectories(plans);
		// First belongs to the theme, Second appears in it, Third does both: the plan's order, whichever way
		java.nio.file.Files.writeString(plans.resolve("plan.plan"), """
				module test.themes

				plan P "Plan" {
					theme T "Theme"
					commitment First "The first" {
						theme T
					}
					commitment Second "The second" {
						appears in T
					}
					commitment Third "The third" {
						theme T
						appears in T
					}
				}
				""");
		String index = org.throughline.html.SiteGenerator.render(Sites.input(plans)).get("index.html");
		int first = index.indexOf("The first");
		int second = index.indexOf("The second");
		int third = index.indexOf("The third");
		assertTrue(first > 0 && first < second && second < third, index);
		assertEquals(index.indexOf("The third"), index.lastIndexOf("The third"), "listed once");
	}

	@Test
	void theDocumentsArePublishedLineByLineAndEveryCitationLinksToItsLines() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeFalse(
				org.throughline.examples.ExampleProject.BOLD_STEPS_FOR_KENT.planFileNames().isEmpty(),
				"the Bold Steps for Kent example is not in this build");
		Path plans = temp.resolve("bold-steps");
		org.throughline.examples.ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(plans);
		Map<String, String> site = org.throughline.html.SiteGenerator.render(Sites.input(plans));
		// the agenda pack's 3,303 lines on seven pages of at most 500; the four other papers on a page each
		for (int page = 1; page <= 7; page++) {
			String path = "documents/kent.sources.Agenda" + (page == 1 ? "" : "-" + page) + ".html";
			assertTrue(site.containsKey(path), path);
			assertTrue(site.get(path).length() < 200_000, path + " is " + site.get(path).length() + " characters");
			assertTrue(site.get(path).contains(" id=\"L" + ((page - 1) * 500 + 1) + "\""), path);
		}
		assertFalse(site.containsKey("documents/kent.sources.Agenda-8.html"));
		for (String paper : List.of("Letter", "CfeReport", "Appendix1", "TmbcReport")) {
			assertTrue(site.containsKey("documents/kent.sources." + paper + ".html"), paper);
		}
		// S2 cites Agenda lines 2593 to 2595: the citation links to the range, which the page marks when it is the target
		String part = site.get("documents/kent.sources.Agenda-6.html");
		assertTrue(site.get("commitments/kent.boldsteps.BoldSteps.S2.html").contains(
				"Agenda</a> <a href=\"../documents/kent.sources.Agenda-6.html#R2593-2595\" class=\"lines\">lines 2593 to 2595</a>"));
		assertTrue(part.contains("<span class=\"range\" id=\"R2593-2595\"></span><div class=\"line cited\" id=\"L2593\">"
				+ "<a class=\"n\" href=\"#L2593\">2593</a>"));
		assertTrue(part.contains("#R2593-2595:target ~ .line:not(#L2596, #L2596 ~ .line) { background: #fff3b0; }"));
		// the page lists what cites each range, with a link to each citer
		Matcher cited = Pattern.compile("<li><a href=\"#R2593-2595\">lines 2593 to 2595</a>: (.*?)</li>").matcher(part);
		assertTrue(cited.find());
		assertTrue(cited.group(1).contains("href=\"../commitments/kent.boldsteps.BoldSteps.S2.html\""), cited.group(1));
		// no page of the site names a line of a published document without linking to it
		Pattern unlinked = Pattern.compile("(Letter|CfeReport|Appendix1|Agenda|TmbcReport)</a> lines? [0-9]");
		for (Map.Entry<String, String> page : site.entrySet()) {
			Matcher m = unlinked.matcher(page.getValue());
			assertFalse(m.find(), () -> page.getKey() + " cites without a link: " + m.group());
		}
	}

	@Test
	void longTablesAreSplitOverPagesThatLinkToEachOther() throws Exception {
		Path plans = Sites.portfolio(temp.resolve("portfolio"), 1_100);
		SiteInput input = Sites.input(plans);
		Map<String, String> site = org.throughline.html.SiteGenerator.render(input);
		Pattern rowHead = Pattern.compile("<tr><th scope=\"row\"><a href=\"(commitments/[^\"]+)\"");
		for (String table : List.of("matrix", "gaps")) {
			// 1,100 commitments, none owned: three pages of 500 rows, each commitment on one of them
			List<String> pages = List.of(table + ".html", table + "-2.html", table + "-3.html");
			assertFalse(site.containsKey(table + "-4.html"), table);
			List<String> rows = new ArrayList<>();
			for (String page : pages) {
				Matcher row = rowHead.matcher(site.get(page));
				while (row.find()) {
					rows.add(row.group(1));
				}
				for (String other : pages) {
					String number = other.equals(table + ".html") ? "1" : other.replaceAll("\\D", "");
					String link = "<a href=\"" + other + "\"" + (other.equals(page) ? " aria-current=\"page\"" : "")
							+ ">" + number + "</a>";
					assertTrue(site.get(page).contains(link), page + " links to " + other + " as " + link);
				}
			}
			assertEquals(1_100, rows.size(), table);
			assertEquals(1_100, new HashSet<>(rows).size(), table);
			assertTrue(site.get(table + "-3.html").contains(", 1,001 to 1,100 of 1,100: owners"), table);
		}
		// the site's navigation marks the matrix as where the reader is on every page of it
		assertTrue(site.get("matrix-2.html").contains("<a href=\"matrix.html\" aria-current=\"page\">"));
		// every finding on one page of the problems, none twice
		int findings = 0;
		for (int page = 1; site.containsKey(page == 1 ? "problems.html" : "problems-" + page + ".html"); page++) {
			String problems = site.get(page == 1 ? "problems.html" : "problems-" + page + ".html");
			findings += problems.split("<tr><th scope=\"row\"><code>", -1).length - 1;
		}
		assertTrue(site.containsKey("problems-3.html"), "the problems of 1,100 unowned commitments fill pages");
		assertEquals(input.findings().size(), findings);
		assertLandmarksAndHeadings(site);
		assertTables(site);
		assertLinks(site);
	}

	private static void assertLandmarksAndHeadings(Map<String, String> site) {
		for (Map.Entry<String, String> page : pages(site).entrySet()) {
			String name = page.getKey();
			Tags tags = Tags.of(page.getValue());
			assertEquals("en-GB", tags.starts("html").get(0).attribute("lang"), name);
			for (String landmark : List.of("header", "main", "footer")) {
				assertEquals(1, tags.starts(landmark).size(), name + " has one " + landmark);
			}
			// the site's navigation once; any other (the pages of a long table) named apart from it
			List<String> navigations = tags.starts("nav").stream().map(nav -> nav.attribute("aria-label")).toList();
			assertEquals(1, Collections.frequency(navigations, "Site"), name + ": " + navigations);
			assertEquals(navigations.size(), new HashSet<>(navigations).size(), name + ": " + navigations);
			assertFalse(navigations.contains(null), name + ": " + navigations);
			assertEquals(1, tags.starts("h1").size(), name + " has one h1");
			int previous = 1;
			boolean seenH1 = false;
			for (Tags.Tag tag : tags.starts()) {
				if (tag.name().matches("h[1-6]")) {
					int level = tag.name().charAt(1) - '0';
					if (!seenH1) {
						assertEquals(1, level, name + ": the first heading is the h1");
						seenH1 = true;
					}
					assertTrue(level <= previous + 1, name + ": <" + tag.name() + "> follows <h" + previous + ">");
					previous = level;
				}
			}
		}
	}

	private static int assertTables(Map<String, String> site) {
		int tables = 0;
		for (Map.Entry<String, String> page : pages(site).entrySet()) {
			List<Tags.Tag> tags = Tags.of(page.getValue()).tags();
			for (int i = 0; i < tags.size(); i++) {
				Tags.Tag tag = tags.get(i);
				if (tag.name().equals("table") && !tag.end()) {
					tables++;
					assertEquals("caption", tags.get(i + 1).name(), page.getKey() + ": a table without a caption");
				}
				if (tag.name().equals("th") && !tag.end()) {
					String scope = tag.attribute("scope");
					assertTrue("col".equals(scope) || "row".equals(scope), page.getKey() + ": th without scope");
				}
			}
		}
		return tables;
	}

	private static int assertLinks(Map<String, String> site) {
		Map<String, Set<String>> ids = new HashMap<>();
		for (Map.Entry<String, String> page : pages(site).entrySet()) {
			Set<String> pageIds = new HashSet<>();
			for (Tags.Tag tag : Tags.of(page.getValue()).starts()) {
				String id = tag.attribute("id");
				if (id != null) {
					assertTrue(pageIds.add(id), page.getKey() + ": id " + id + " is used twice");
				}
			}
			ids.put(page.getKey(), pageIds);
		}
		int links = 0;
		for (Map.Entry<String, String> page : pages(site).entrySet()) {
			for (Tags.Tag tag : Tags.of(page.getValue()).starts()) {
				String target = tag.attribute("href");
				if (target == null) {
					continue;
				}
				links++;
				assertFalse(target.matches("(?i)^([a-z]+:|//).*"), page.getKey() + " links outside the site: " + target);
				String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
				String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
				String resolved = file.isEmpty() ? page.getKey() : resolve(page.getKey(), file);
				assertTrue(site.containsKey(resolved), page.getKey() + " links to a missing file: " + target);
				if (anchor != null) {
					assertTrue(ids.get(resolved).contains(anchor), page.getKey() + " links to a missing anchor: " + target);
				}
				if (tag.name().equals("a")) {
					assertFalse(Tags.textAfter(page.getValue(), tag).isBlank(), page.getKey() + ": an empty link to " + target);
				}
			}
			assertTrue(Tags.of(page.getValue()).starts().stream().noneMatch(t -> t.attributes().containsKey("src")),
					page.getKey() + " loads something");
			assertFalse(page.getValue().toLowerCase().contains("<script"), page.getKey() + " has a script");
		}
		return links;
	}

	@Test
	void everyChartIsAnImageWithATitleAndADescription() throws Exception {
		int charts = 0;
		for (Map.Entry<String, String> page : pages(site(PlanFixtures.KENT)).entrySet()) {
			Tags tags = Tags.of(page.getValue());
			Set<String> ids = new HashSet<>();
			tags.starts().forEach(t -> {
				if (t.attribute("id") != null) {
					ids.add(t.attribute("id"));
				}
			});
			for (Tags.Tag svg : tags.starts("svg")) {
				charts++;
				assertEquals("img", svg.attribute("role"), page.getKey());
				String[] labels = svg.attribute("aria-labelledby").split(" ");
				assertEquals(2, labels.length);
				for (String label : labels) {
					assertTrue(ids.contains(label), page.getKey() + ": " + label);
				}
			}
		}
		assertTrue(charts >= 8, "charts checked: " + charts);
	}

	@Test
	void theColoursMeetWcagAaContrast() throws Exception {
		String css = site(PlanFixtures.KENT).get("style.css");
		Map<String, String> colours = new HashMap<>();
		Matcher variable = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
		while (variable.find()) {
			colours.put(variable.group(1), variable.group(2));
		}
		colours.put("white", "#ffffff");
		colours.put("banner", css.replaceAll("(?s).*\\.banner \\{ background: (#[0-9a-f]{6}).*", "$1"));
		// foreground on background, as the style sheet pairs them
		String[][] pairs = { { "text", "white" }, { "text", "band" }, { "link", "white" }, { "link", "band" },
				{ "muted", "white" }, { "muted", "band" }, { "hole", "hole-bg" }, { "ok", "ok-bg" },
				{ "white", "banner" }, { "text", "track" } };
		List<String> failures = new ArrayList<>();
		for (String[] pair : pairs) {
			double ratio = contrast(colours.get(pair[0]), colours.get(pair[1]));
			if (ratio < 4.5) {
				failures.add(pair[0] + " on " + pair[1] + ": " + ratio);
			}
		}
		assertEquals(List.of(), failures);
	}

	@Test
	void narrowScreensAndPrintHaveTheirOwnRules() throws Exception {
		Map<String, String> site = site(PlanFixtures.KENT);
		String css = site.get("style.css");
		assertTrue(css.contains("@media (max-width: 40rem)"));
		assertTrue(css.contains("@media print"));
		assertTrue(css.contains(".table-scroll { overflow-x: auto;"));
		String page = site.get("index.html");
		assertTrue(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
	}

	private static Map<String, String> pages(Map<String, String> site) {
		Map<String, String> pages = new HashMap<>(site);
		pages.remove("style.css");
		return pages;
	}

	private static String resolve(String from, String relative) {
		List<String> parts = new ArrayList<>(List.of(from.split("/")));
		parts.remove(parts.size() - 1);
		for (String segment : relative.split("/")) {
			if (segment.equals("..")) {
				if (parts.isEmpty()) {
					fail(from + " links above the site root: " + relative);
				}
				parts.remove(parts.size() - 1);
			} else {
				parts.add(segment);
			}
		}
		return String.join("/", parts);
	}

	private static double contrast(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(String hex) {
		double[] rgb = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
	}
}
