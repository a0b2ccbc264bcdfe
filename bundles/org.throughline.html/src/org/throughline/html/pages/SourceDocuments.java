package org.throughline.html.pages;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.throughline.html.DocumentLines;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.PlanPackage;
import org.throughline.model.plan.SourceDocument;
import org.throughline.model.plan.SourceReference;
import org.throughline.trace.TraceIndex;

/**
 * The source documents the site publishes, a page per {@value #LINES} lines ({@code documents/NAME.html},
 * {@code documents/NAME-2.html}, ...), every line numbered and addressable as {@code #L2593}, and every citation of
 * them by line: where it links, and on each page what cites its lines.
 */
final class SourceDocuments {

	/** Lines a page shows: the agenda pack's 3,300 lines make seven pages of about 60 kB. */
	static final int LINES = 500;

	/** A document the site shows: its lines and the path of its first page. */
	record Shown(SourceDocument document, List<String> lines, String firstPage) {

		int pages() {
			return Math.max(1, (lines.size() + LINES - 1) / LINES);
		}

		/** The page (from 1) that shows line {@code line}. */
		int pageOf(int line) {
			return Math.min(pages(), Math.max(1, (line - 1) / LINES + 1));
		}

		String path(int page) {
			return Paging.path(firstPage, page);
		}
	}

	/** A citation of lines of a shown document, and the element that makes it. */
	record Citing(int first, int last, EObject element) {
	}

	private final Map<SourceDocument, Shown> shown = new IdentityHashMap<>();
	private final Map<SourceDocument, List<Citing>> citations = new IdentityHashMap<>();

	SourceDocuments(TraceIndex index, DocumentLines texts, SitePaths paths) {
		java.util.Set<String> taken = new java.util.HashSet<>();
		for (PlanModule module : index.modules()) {
			for (EObject element : module.getElements()) {
				if (element instanceof SourceDocument document) {
					List<String> lines = texts.of(document);
					if (lines != null) {
						String name = index.qualifiedName(document);
						String path = "documents/" + (name.isEmpty() ? "unnamed" : name) + ".html";
						for (int n = 2; !taken.add(path.toLowerCase(Locale.ROOT)); n++) {
							path = "documents/" + name + "-d" + n + ".html";
						}
						shown.put(document, new Shown(document, List.copyOf(lines), path));
					}
				}
			}
		}
		for (SourceDocument document : shown.keySet()) {
			for (SourceReference citation : index.links().sources(document,
					PlanPackage.Literals.SOURCE_REFERENCE__DOCUMENT, SourceReference.class)) {
				if (citation.isSetLine()) {
					int last = citation.isSetLineEnd() ? citation.getLineEnd() : citation.getLine();
					citations.computeIfAbsent(document, d -> new ArrayList<>())
							.add(new Citing(citation.getLine(), last, citer(citation, paths)));
				}
			}
		}
	}

	/** The nearest element around a citation that the site links to. */
	private static EObject citer(SourceReference citation, SitePaths paths) {
		for (EObject e = citation.eContainer(); e != null; e = e.eContainer()) {
			if (paths.target(e) != null) {
				return e;
			}
		}
		return null;
	}

	List<Shown> all() {
		return new ArrayList<>(shown.values());
	}

	Shown shown(SourceDocument document) {
		return document == null ? null : shown.get(document);
	}

	/**
	 * Where a citation of lines {@code first} to {@code last} links: the line's anchor, or the range's anchor, on the
	 * page that shows its first line; null when the document is not shown or the lines are not in it.
	 */
	String link(SourceDocument document, int first, int last) {
		Shown doc = shown(document);
		if (doc == null || first < 1 || first > doc.lines().size() || last < first) {
			return null;
		}
		return doc.path(doc.pageOf(first)) + "#" + anchor(first, last);
	}

	static String anchor(int first, int last) {
		return first == last ? "L" + first : "R" + first + "-" + last;
	}

	/** The citations of lines starting on page {@code page}, range by range in line order, each with its citers. */
	Map<List<Integer>, List<EObject>> citationsOn(Shown doc, int page) {
		Map<List<Integer>, List<EObject>> byRange = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
				? Integer.compare(a.get(1), b.get(1)) : Integer.compare(a.get(0), b.get(0)));
		for (Citing citing : citations.getOrDefault(doc.document(), List.of())) {
			if (citing.first() >= 1 && citing.first() <= doc.lines().size() && citing.last() >= citing.first()
					&& doc.pageOf(citing.first()) == page) {
				List<EObject> citers = byRange.computeIfAbsent(List.of(citing.first(), citing.last()),
						k -> new ArrayList<>());
				if (citing.element() != null && !citers.contains(citing.element())) {
					citers.add(citing.element());
				}
			}
		}
		return new LinkedHashMap<>(byRange);
	}

	/** Every citation that names a line from {@code first} to {@code last} of the document. */
	List<Citing> citingLines(Shown doc, int first, int last) {
		List<Citing> found = new ArrayList<>();
		for (Citing citing : citations.getOrDefault(doc.document(), List.of())) {
			if (citing.first() <= last && citing.last() >= first && citing.last() >= citing.first()) {
				found.add(citing);
			}
		}
		return found;
	}
}
