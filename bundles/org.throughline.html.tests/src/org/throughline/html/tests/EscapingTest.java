package org.throughline.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.html.markup.Html;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/**
 * Plan text with markup, ampersands, quotes and other scripts, in every field that reaches a page, is shown as
 * the text it is: no element or attribute comes from it, and every character survives.
 */
class EscapingTest {

	/** The elements the generator writes; anything else on a page came from plan text. */
	private static final Set<String> WRITTEN = Set.of("html", "head", "meta", "title", "link", "body", "a", "header",
			"p", "nav", "ul", "li", "main", "h1", "h2", "h3", "h4", "dl", "dt", "dd", "blockquote", "div", "table",
			"caption", "thead", "tbody", "tr", "th", "td", "section", "article", "strong", "span", "code", "br",
			"figure", "figcaption", "svg", "desc", "text", "rect", "g", "line", "polyline", "circle", "polygon",
			"footer");

	@TempDir
	Path temp;

	private Map<String, String> site;

	@BeforeEach
	void publish() throws Exception {
		site = Sites.render(PlanFixtures.HOSTILE, temp);
	}

	@Test
	void noPageHasAnElementOrAttributeThatThePlanWrote() {
		for (Map.Entry<String, String> page : site.entrySet()) {
			if (page.getKey().endsWith(".css")) {
				continue;
			}
			for (Tags.Tag tag : Tags.of(page.getValue()).tags()) {
				assertTrue(WRITTEN.contains(tag.name()), page.getKey() + " has a <" + tag.name() + ">");
				for (String attribute : tag.attributes().keySet()) {
					assertFalse(attribute.toLowerCase().startsWith("on"), page.getKey() + " has " + attribute);
				}
			}
			assertFalse(page.getValue().toLowerCase().contains("<script"), page.getKey());
		}
	}

	/** Each hostile text of the fixture, as it must read on the page that shows its field. */
	@Test
	void everyFieldIsShownAsText() {
		List<String[]> expected = List.of(
				// source document: title, author, file; citation paragraph and page
				new String[] { "sources.html", "Agenda <script>alert(\"agenda\")</script> & 'minutes'" },
				new String[] { "sources.html", "Democratic Services \"><img src=x onerror=alert(1)> Łukasz Wiśniewski" },
				new String[] { "sources.html", "003_<b>d7e229d437202fed</b>.txt" },
				new String[] { "sources.html", "Localism Bill <i>&amp;</i> \"general power\"" },
				new String[] { "sources.html", "paragraph <p>1</p>, page <13>" },
				// organisation
				new String[] { "owners/index.html", "Kent County Council <script>alert('org')</script>" },
				new String[] { "owners/kent.hostile.KCC.Tmbc.html", "Tonbridge & Malling \"Borough\" <Council>" },
				new String[] { "owners/kent.hostile.KCC.Tmbc.html", "T&M <abbr>" },
				new String[] { "owners/kent.hostile.KCC.Tmbc.html", "Тонбридж & Моллинг" },
				new String[] { "owners/kent.hostile.KCC.Tmbc.html", "paragraph \"><script>alert(1)</script>" },
				new String[] { "owners/kent.hostile.KCC.Tmbc.Chief.html", "Chief Executive \"David Hughes\" & <co>" },
				new String[] { "owners/kent.hostile.KCC.Person1.html", "東京 太郎 <tarō>" },
				new String[] { "owners/kent.hostile.KCC.Leader.html", "Leader's portfolio \"<b>P Carter</b>\"" },
				// restructure
				new String[] { "restructures/kent.hostile.Change.html", "Change to keep succeeding <script>alert('restructure')</script>" },
				new String[] { "restructures/kent.hostile.Change.html", "Merge <T&M> into \"C&C\" (merge)" },
				new String[] { "restructures/kent.hostile.Change.html", "A note with <script>alert('note')</script> & 'quotes'" },
				// indicators
				new String[] { "indicators/kent.hostile.Vacancies.html", "Social worker vacancies <script>alert('indicator')</script>" },
				new String[] { "indicators/kent.hostile.Vacancies.html", "Returns & <returns>" },
				new String[] { "indicators/kent.hostile.Vacancies.html", "Comparator: England \"average\" <2010>" },
				new String[] { "indicators/kent.hostile.Safety.html", "Inadequate <4> & 'worse'" },
				new String[] { "indicators/kent.hostile.Safety.html", "a grade on Grades <&>" },
				// plan
				new String[] { "index.html", "Bold Steps <script>alert('plan')</script> & \"more\"" },
				new String[] { "index.html", "November 2010 <Cabinet> & 'final'" },
				new String[] { "index.html", "To put the citizen <em>in control</em>" },
				new String[] { "index.html", "Putting the Citizen \"in\" Control & more" },
				new String[] { "index.html", "Bold Steps for <Residents>" },
				new String[] { "index.html", "Intro with <script>alert('intro')</script> & 'quotes' and Сергей" },
				new String[] { "index.html", "Chapter 4: Putting the citizen <b>in control</b>" },
				new String[] { "index.html", "Always through the right door & <door>" },
				// commitment
				new String[] { "commitments/kent.hostile.Bold.R5.html", "Expand the <Gateway> programme & \"more\"" },
				new String[] { "commitments/kent.hostile.Bold.R5.html",
						"We will expand our successful 'Gateway' programme <script>alert('statement')</script>." },
				new String[] { "commitments/kent.hostile.Bold.R5.html", "if the bid <succeeds> & \"passes\"" },
				new String[] { "commitments/kent.hostile.Bold.R5.html", "as “Wording <i>with</i> markup & 'quotes'”" },
				new String[] { "commitments/kent.hostile.Bold.R5.html", "Milestone <script>alert('milestone')</script>" },
				new String[] { "commitments/kent.hostile.Bold.R5.html", "Review <caseloads> & 'referrals'" },
				new String[] { "commitments/kent.hostile.Bold.R5.html", "Ofsted <inspection> & 'CQC'" },
				new String[] { "commitments/kent.hostile.Bold.R6.html", "=HYPERLINK(\"http://example.org\",\"Publish salaries\")" },
				new String[] { "commitments/kent.hostile.Bold.R6.html", "-1+2 <script>alert('reason')</script> & \"why\"" },
				// consultation
				new String[] { "consultations/kent.hostile.Consult.html", "You said, we did: Consultation <script>alert('consultation')</script>" },
				new String[] { "consultations/kent.hostile.Consult.html", "email (firstboldstep@kent.gov.uk <mailto>)" },
				new String[] { "consultations/kent.hostile.Consult.html", "How <it> will be delivered & 'when'" },
				new String[] { "consultations/kent.hostile.Consult.html", "Resident \"<Stanley>\" Wiśniewski" },
				new String[] { "consultations/kent.hostile.Consult.html", "Зоя <zoe@example.org>" },
				new String[] { "consultations/kent.hostile.Consult.html", "Mereworth Parish Council & <Friends>" },
				new String[] { "consultations/kent.hostile.Consult.html", "You said <script>alert('summary')</script> & \"more\"" },
				new String[] { "consultations/kent.hostile.Consult.html", "We did <script>alert('reply')</script> & 'more'" },
				new String[] { "consultations/kent.hostile.Consult.html", "=cmd|' /C calc'!A0" });
		List<String> missing = new ArrayList<>();
		for (String[] field : expected) {
			String page = site.get(field[0]);
			if (page == null || !page.contains(Html.escape(field[1]))) {
				missing.add(field[0] + ": " + field[1]);
			}
		}
		assertEquals(List.of(), missing);
	}

	@Test
	void titlesAndAttributesAreEscapedToo() {
		String commitment = site.get("commitments/kent.hostile.Bold.R5.html");
		assertTrue(commitment.contains("<title>Expand the &lt;Gateway&gt; programme &amp; &quot;more&quot; \u2013 "
				+ "Bold Steps &lt;script&gt;alert(&#39;plan&#39;)&lt;/script&gt; &amp; &quot;more&quot;</title>"));
		String chart = site.get("indicators/kent.hostile.Vacancies.html");
		assertTrue(chart.contains("<title id=\"chart-title\">Social worker vacancies &lt;script&gt;alert(&#39;indicator&#39;)"
				+ "&lt;/script&gt; over time</title>"), chart);
		// an aria-label made from text keeps its quotes inside the attribute
		String owner = site.get("owners/kent.hostile.KCC.Tmbc.html");
		assertFalse(owner.contains("=\"\"><"), owner);
	}

	@Test
	void theWriterEscapesEveryMarkupCharacterAndDropsForbiddenOnes() {
		assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;", Html.escape("<a href=\"x\">Tom & Jerry's</a>"));
		assertEquals("bell\uFFFD form\uFFFD nul\uFFFD del\uFFFD", Html.escape("bell\u0007 form\u000C nul\u0000 del\u007F"));
		assertEquals("lone \uFFFD surrogate", Html.escape("lone \uD800 surrogate"));
		assertEquals("paired \uD83D\uDE00 ok", Html.escape("paired \uD83D\uDE00 ok"));
		assertEquals("one\ntwo", Html.escape("one\r\ntwo"));
		assertEquals("<p title=\"a &quot;b&quot; c\">x</p>", new Html().element("p", "x", "title", "a \"b\"\nc").toString());
	}

	@Test
	void theWriterRefusesUnbalancedMarkup() {
		Html html = new Html().open("ul").open("li");
		org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> html.close("ul"));
		org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
				() -> new Html().open("p").toString());
	}
}
