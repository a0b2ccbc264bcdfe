package org.throughline.html.pages;

import java.util.List;
import java.util.function.Consumer;

import org.throughline.html.markup.Html;

/**
 * The frame of every page: document head, a skip link, the banner with the site's name, the site navigation, one
 * {@code main} with the page's single {@code h1}, and the footer. Pages fill in the main content.
 */
final class Layout {

	private record NavItem(String path, String label) {
	}

	private static final List<NavItem> NAVIGATION = List.of(new NavItem(SitePaths.INDEX, "Plan"),
			new NavItem(SitePaths.COVERAGE, "Coverage"), new NavItem(SitePaths.MATRIX, "Traceability matrix"),
			new NavItem(SitePaths.GAPS, "Gaps"), new NavItem(SitePaths.OWNERS, "Organisation"),
			new NavItem(SitePaths.INDICATORS, "Indicators"), new NavItem(MonitoringPage.INDEX, "Monitoring"),
			new NavItem(SitePaths.CONSULTATIONS, "Consultations"),
			new NavItem(SitePaths.RESTRUCTURES, "Restructures"), new NavItem(SitePaths.SOURCES, "Sources"),
			new NavItem(SitePaths.PROBLEMS, "Problems"));

	private static final List<NavItem> WITH_CHANGES = java.util.stream.Stream
			.concat(NAVIGATION.stream(), java.util.stream.Stream.of(new NavItem(SitePaths.CHANGES, "Changes"))).toList();

	private Layout() {
	}

	/**
	 * A page that stands alone, outside a site: no style sheet (the browser's own shows removed and added words
	 * struck through and underlined) and no navigation to other pages.
	 *
	 * @param heading the page's {@code h1}, also its title
	 * @param main    writes the content after the {@code h1}
	 */
	static String standalone(String heading, Consumer<Html> main) {
		Html html = new Html().doctype();
		html.open("html", "lang", "en-GB").newline();
		html.open("head").newline();
		html.open("meta", "charset", "utf-8").newline();
		html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
		html.element("title", heading).newline();
		html.close("head").newline();
		html.open("body").newline();
		html.open("main", "id", "content").newline();
		html.element("h1", heading).newline();
		main.accept(html);
		html.close("main").newline();
		html.close("body").newline();
		html.close("html").newline();
		return html.toString();
	}

	/**
	 * A whole page.
	 *
	 * @param path    the page's path from the site root, e.g. {@code commitments/x.html}
	 * @param heading the page's {@code h1}, also the start of its title
	 * @param main    writes the content after the {@code h1}
	 */
	static String page(Site site, String path, String heading, Consumer<Html> main) {
		return page(site, path, heading, null, main);
	}

	/**
	 * A whole page with rules of its own beside the site's style sheet, such as those that mark a cited range of a
	 * document's lines when a link leads to it.
	 *
	 * @param style CSS for this page only; null for none
	 */
	static String page(Site site, String path, String heading, String style, Consumer<Html> main) {
		Html html = new Html().doctype();
		html.open("html", "lang", "en-GB").newline();
		html.open("head").newline();
		html.open("meta", "charset", "utf-8").newline();
		html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
		html.open("meta", "name", "generator", "content", "Throughline").newline();
		html.element("title", heading.equals(site.title()) ? heading : heading + " \u2013 " + site.title()).newline();
		html.open("link", "rel", "stylesheet", "href", SitePaths.relative(path, SitePaths.STYLE)).newline();
		if (style != null && !style.isEmpty()) {
			html.element("style", style).newline();
		}
		html.close("head").newline();
		html.open("body").newline();
		html.element("a", "Skip to the content", "class", "skip", "href", "#content").newline();
		html.open("header", "class", "banner").newline();
		html.open("p", "class", "site-title").open("a", "href", SitePaths.relative(path, SitePaths.INDEX))
				.text(site.title()).close("a").close("p").newline();
		html.close("header").newline();
		html.open("nav", "aria-label", "Site").newline().open("ul").newline();
		List<NavItem> navigation = site.history() == null ? NAVIGATION : WITH_CHANGES;
		for (NavItem item : navigation) {
			html.open("li").open("a", "href", SitePaths.relative(path, item.path()), "aria-current",
					item.path().equals(Paging.firstOf(path)) ? "page" : null).text(item.label()).close("a").close("li")
					.newline();
		}
		html.close("ul").newline().close("nav").newline();
		html.open("main", "id", "content").newline();
		html.element("h1", heading).newline();
		main.accept(html);
		html.close("main").newline();
		html.open("footer").newline();
		html.open("p").text("Published with Throughline from the plan's .plan files. Every page reads without "
				+ "JavaScript and prints as it is shown.").close("p").newline();
		html.close("footer").newline();
		html.close("body").newline();
		html.close("html").newline();
		return html.toString();
	}
}
