package org.throughline.html.pages;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.throughline.html.markup.Html;

/**
 * Long tables split over pages of {@value #ROWS} rows: {@code matrix.html}, {@code matrix-2.html} and so on. A
 * portfolio of tens of thousands of commitments would otherwise put tens of megabytes in one page, more than a
 * browser shows; the table of one plan's hundred commitments still fits on one page.
 */
final class Paging {

	static final int ROWS = 500;

	private static final Pattern FURTHER_PAGE = Pattern.compile("([a-z]+)-[0-9]+\\.html");

	private Paging() {
	}

	/** A page's heading: the table's, with the page's number when there are several. */
	static String heading(String table, int rows, int page) {
		int pages = pages(rows);
		return pages == 1 ? table : table + ", page " + page + " of " + pages;
	}

	/** How many pages {@code rows} rows take: one at least, for the page that says there are none. */
	static int pages(int rows) {
		return Math.max(1, (rows + ROWS - 1) / ROWS);
	}

	/** The path of page {@code page} (counted from 1) of the table whose first page is {@code first}. */
	static String path(String first, int page) {
		return page == 1 ? first : first.substring(0, first.length() - ".html".length()) + "-" + page + ".html";
	}

	/** The first page of the paged table that {@code path} is a further page of, else {@code path} itself. */
	static String firstOf(String path) {
		Matcher further = FURTHER_PAGE.matcher(path);
		return further.matches() ? further.group(1) + ".html" : path;
	}

	/** The rows that page {@code page} shows. */
	static <T> List<T> slice(List<T> rows, int page) {
		int from = Math.min((page - 1) * ROWS, rows.size());
		return rows.subList(from, Math.min(from + ROWS, rows.size()));
	}

	/** What a page's caption adds to say which rows it shows, e.g. ", 501 to 1,000 of 2,200"; nothing on one page. */
	static String range(int rows, int page) {
		if (pages(rows) == 1) {
			return "";
		}
		int from = (page - 1) * ROWS + 1;
		return String.format(Locale.UK, ", %,d to %,d of %,d", from, Math.min(page * ROWS, rows), rows);
	}

	/** Links to every page of a table, the page shown marked as the current one; nothing when it has one page. */
	static void links(Html html, String first, int page, int rows, String table) {
		int pages = pages(rows);
		if (pages == 1) {
			return;
		}
		html.open("nav", "class", "pager", "aria-label", "Pages of the " + table).newline();
		html.element("p", "Page " + page + " of " + pages + ", " + ROWS + " rows a page:").newline();
		html.open("ul").newline();
		for (int p = 1; p <= pages; p++) {
			html.open("li").open("a", "href", path(first, p), "aria-current", p == page ? "page" : null)
					.text(Integer.toString(p)).close("a").close("li").newline();
		}
		html.close("ul").newline().close("nav").newline();
	}
}
