package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.osgi.framework.Bundle;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.projects.PlanLanguage;
import org.throughline.trace.ui.dashboard.CoverageDashboardView;
import org.throughline.trace.ui.graph.TraceGraphView;
import org.throughline.trace.ui.matrix.MatrixEditor;
import org.throughline.trace.ui.matrix.MatrixEditorInput;
import org.throughline.trace.ui.restructure.RestructureView;
import org.throughline.trace.ui.tree.TraceView;
import org.throughline.ui.HelpContexts;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.tests.Fixtures;
import org.throughline.ui.tests.WorkbenchTest;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The user guide in the platform's help system: its contents are registered, Help > Help Contents and F1 have a
 * help UI to go to, and every context the plan editor and the views set names pages that the guide has.
 */
class UserGuideTest {

	private static final String GUIDE = "org.throughline.help";
	/** The key under which the workbench's help system keeps a control's context id. */
	private static final String HELP_KEY = "org.eclipse.ui.help";

	@AfterEach
	void closeEditors() {
		Ui.page().closeAllEditors(false);
	}

	@WorkbenchTest
	void theGuidesContentsAreRegisteredAndHelpContentsOpensThem() throws Exception {
		IToc guide = Arrays.stream(HelpSystem.getTocs()).filter(toc -> toc.getLabel().equals("Throughline User Guide"))
				.findFirst().orElseThrow(() -> new AssertionError("no Throughline toc among "
						+ Arrays.stream(HelpSystem.getTocs()).map(IToc::getLabel).toList()));
		List<String> chapters = Arrays.stream(guide.getTopics()).map(ITopic::getLabel).toList();
		assertEquals(List.of("Getting started with the Bold Steps example", "The plan editor", "The plan language",
				"Checking a plan: what each finding means", "The traceability views",
				"Publishing the site and exporting", "The command line"), chapters);
		for (ITopic topic : guide.getTopics()) {
			assertPageExists(topic.getHref());
		}
		// Help > Help Contents and F1 do nothing while the workbench has no help UI
		assertTrue(PlatformUI.getWorkbench().getHelpSystem().hasHelpUI(), "the workbench has no help UI");
		assertEquals("guide/index.html", attributes("toc.xml", "toc", "topic").get(0));
	}

	@WorkbenchTest
	void everyContextTheEditorAndTheViewsSetNamesPagesOfTheGuide() throws Exception {
		ExampleProjects.kent();
		IFile plan = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProjects.KENT).getFile("bold-steps.plan");
		PlanEditor editor = Fixtures.open(plan);
		// F1 in the editor's text shows the editor's page: the key is bound, and the text's context names the page
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertTrue(Arrays.stream(bindings.getActiveBindingsFor("org.eclipse.ui.help.dynamicHelp"))
				.anyMatch(key -> key.format().equals("F1")), "F1 is not bound to the context help");
		Control text = editor.viewer().getTextWidget();
		assertEquals("/" + GUIDE + "/guide/editor.html", contextAt(text).getRelatedTopics()[0].getHref());
		for (String view : List.of(TraceView.ID, TraceGraphView.ID, CoverageDashboardView.ID, RestructureView.ID)) {
			Ui.page().showView(view);
		}
		Ui.page().openEditor(new MatrixEditorInput(ExampleProjects.KENT), MatrixEditor.ID, false);
		Ui.dispatch();
		Set<String> set = new TreeSet<>();
		collectContextIds(Ui.window().getShell(), set);
		Set<String> expected = Set.of(HelpContexts.PLAN_EDITOR, HelpContexts.TRACE_VIEW, HelpContexts.TRACE_GRAPH_VIEW,
				HelpContexts.COVERAGE_VIEW, HelpContexts.RESTRUCTURE_VIEW, HelpContexts.MATRIX_EDITOR);
		assertTrue(set.containsAll(expected), "context ids set on the workbench's controls: " + set);
		for (String id : set) {
			if (!id.startsWith("org.throughline.")) {
				continue;
			}
			IContext context = HelpSystem.getContext(id);
			assertNotNull(context, "no context " + id);
			IHelpResource[] topics = context.getRelatedTopics();
			assertTrue(topics != null && topics.length > 0, id + " has no topic");
			for (IHelpResource topic : topics) {
				assertPageExists(topic.getHref());
			}
		}
	}

	@WorkbenchTest
	void everyLinkOfTheTocTheContextsAndThePagesNamesAPageAndPlaceThatExist() throws Exception {
		List<String> hrefs = new ArrayList<>();
		hrefs.addAll(attributes("toc.xml", "topic", "href"));
		hrefs.add(attributes("toc.xml", "toc", "topic").get(0));
		hrefs.addAll(attributes("contexts.xml", "topic", "href"));
		assertTrue(hrefs.size() > 20, hrefs.toString());
		for (String href : hrefs) {
			assertPageExists("/" + GUIDE + "/" + href);
		}
		// the pages' links among themselves
		Bundle bundle = Platform.getBundle(GUIDE);
		Pattern link = Pattern.compile("href=\"([^\"]+)\"");
		for (String page : pages()) {
			Matcher matcher = link.matcher(text(bundle, "guide/" + page));
			while (matcher.find()) {
				String target = matcher.group(1).startsWith("#") ? page + matcher.group(1) : matcher.group(1);
				assertPageExists("/" + GUIDE + "/guide/" + target);
			}
		}
	}

	@WorkbenchTest
	void thePagesAreAccessibleAndTheChecksPageExplainsEveryIssueCode() throws Exception {
		Bundle bundle = Platform.getBundle(GUIDE);
		for (String page : pages()) {
			String text = text(bundle, "guide/" + page);
			assertTrue(text.contains("<html lang=\"en-GB\">"), page + " names no language");
			assertTrue(Pattern.compile("<title>[^<]+</title>").matcher(text).find(), page + " has no title");
			assertEquals(1, count(text, "<h1>"), page + " has not one h1");
			assertTrue(count(text, "<table>") == count(text, "<caption>"), page + " has a table without caption");
		}
		String checks = text(bundle, "guide/checks.html");
		List<String> missing = new ArrayList<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				String code = (String) field.get(null);
				if (!checks.contains("<tr id=\"" + code + "\">")) {
					missing.add(code);
				}
			}
		}
		assertEquals(List.of(), missing, "issue codes the guide does not explain");
	}

	@WorkbenchTest
	void theLanguagePageShowsEveryKeywordOfTheGrammar() throws Exception {
		IGrammarAccess grammar = PlanLanguage.get(IGrammarAccess.class);
		String page = text(Platform.getBundle(GUIDE), "guide/language.html");
		Set<String> shown = new TreeSet<>();
		Matcher code = Pattern.compile("<(code|pre)>(.*?)</\\1>", Pattern.DOTALL).matcher(page);
		while (code.find()) {
			Matcher word = Pattern.compile("[a-z][a-z0-9-]*").matcher(code.group(2));
			while (word.find()) {
				shown.add(word.group());
			}
		}
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		assertTrue(keywords.size() > 100, keywords.toString());
		Set<String> missing = new TreeSet<>();
		for (String keyword : keywords) {
			if (keyword.matches("[a-z][a-z0-9-]+") && !shown.contains(keyword)) {
				missing.add(keyword);
			}
		}
		assertEquals(Set.of(), missing, "keywords of the plan language the guide does not show");
		assertTrue(shown.containsAll(Set.of("commitment", "owner", "measured", "indicator", "consultation")), shown.toString());
	}

	/** Fails unless the href names a file of its bundle and, with an anchor, an element of that id in it. */
	private static void assertPageExists(String href) throws Exception {
		Matcher parts = Pattern.compile("/([^/]+)/([^#?]+)(?:\\?[^#]*)?(?:#(.*))?").matcher(href);
		assertTrue(parts.matches(), "not a help topic: " + href);
		Bundle bundle = Platform.getBundle(parts.group(1));
		assertNotNull(bundle, href + ": no bundle " + parts.group(1));
		assertNotNull(bundle.getEntry(parts.group(2)), "no page " + href);
		String anchor = parts.group(3);
		if (anchor != null) {
			assertTrue(text(bundle, parts.group(2)).contains("id=\"" + anchor + "\""), href + ": no place " + anchor);
		}
	}

	/** The help context F1 shows for a control: its own, or the nearest of its parents' that resolves. */
	private static IContext contextAt(Control control) {
		for (Control at = control; at != null; at = at.getParent()) {
			if (at.getData(HELP_KEY) instanceof String id && HelpSystem.getContext(id) != null) {
				return HelpSystem.getContext(id);
			}
		}
		throw new AssertionError("no help context at " + control);
	}

	private static void collectContextIds(Control control, Set<String> into) {
		if (control.getData(HELP_KEY) instanceof String id) {
			into.add(id);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectContextIds(child, into);
			}
		}
	}

	private static List<String> attributes(String file, String element, String attribute) throws Exception {
		try (InputStream in = Platform.getBundle(GUIDE).getEntry(file).openStream()) {
			NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
					.getElementsByTagName(element);
			List<String> values = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				values.add(((Element) nodes.item(i)).getAttribute(attribute));
			}
			assertFalse(values.isEmpty(), file + " has no " + element);
			return values;
		}
	}

	private static Set<String> pages() {
		Set<String> pages = new LinkedHashSet<>();
		var entries = Platform.getBundle(GUIDE).getEntryPaths("guide/");
		while (entries.hasMoreElements()) {
			String path = entries.nextElement();
			if (path.endsWith(".html")) {
				pages.add(path.substring("guide/".length()));
			}
		}
		assertTrue(pages.size() >= 8, pages.toString());
		return pages;
	}

	private static String text(Bundle bundle, String path) throws IOException {
		try (InputStream in = bundle.getEntry(path).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}
}
