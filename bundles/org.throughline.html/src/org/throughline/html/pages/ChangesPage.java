package org.throughline.html.pages;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.throughline.html.History;
import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.Theme;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.coverage.DirectorateRule;
import org.throughline.trace.diff.ElementChange;
import org.throughline.trace.diff.PlanDiff;
import org.throughline.trace.diff.Rename;

/**
 * "What changed since VERSION": the commitments added, renamed or changed, grouped by theme and by directorate
 * (as the coverage page counts them), the commitments removed, and every other element that changed.
 */
final class ChangesPage {

	/** A commitment of the new version that is new, renamed or changed, and how that is said. */
	private record Entry(Commitment commitment, String what) {
	}

	private ChangesPage() {
	}

	static String heading(History history) {
		return "What changed since " + history.version();
	}

	/** The site's page. */
	static String write(Site site) {
		return Layout.page(site, SitePaths.CHANGES, heading(site.history()),
				html -> content(html, site, SitePaths.CHANGES, true));
	}

	/** The same content as a page of its own, whose names link nowhere. */
	static String standalone(Site site, String newVersion) {
		return Layout.standalone(heading(site.history()) + " in " + newVersion,
				html -> content(html, site, SitePaths.CHANGES, false));
	}

	private static void content(Html html, Site site, String path, boolean linked) {
		History history = site.history();
		PlanDiff diff = history.diff();
		if (diff.isEmpty()) {
			html.element("p", "Nothing changed since " + history.version() + ".").newline();
			return;
		}
		html.element("p", "Since " + history.version() + ": " + Fragments.count(diff.added().size(), "element", "elements")
				+ " added, " + diff.removed().size() + " removed, " + diff.renamed().size() + " renamed and "
				+ diff.changed().size() + " changed.").newline();
		List<Entry> entries = commitmentEntries(diff);
		byTheme(html, site, path, linked, entries);
		byDirectorate(html, site, path, linked, entries);
		removedCommitments(html, diff);
		otherElements(html, site, path, linked, diff);
		fieldByField(html, site, path, linked, history);
	}

	// Every changed element with what each of its changed features was and is.
	private static void fieldByField(Html html, Site site, String path, boolean linked, History history) {
		List<ElementChange> changed = history.diff().changed();
		if (changed.isEmpty()) {
			return;
		}
		html.element("h2", "What changed, field by field").newline();
		for (ElementChange change : changed) {
			html.open("h3");
			name(html, site, path, linked, change.after());
			html.close("h3").newline();
			html.open("p").text(change.kind() + " ").element("code", change.name()).close("p").newline();
			ChangeFragments.fieldTable(html, "What changed in " + Fragments.label(change.after()), history.version(),
					change.fields());
		}
	}

	// In the new version's document order: added, renamed and changed commitments, each once.
	private static List<Entry> commitmentEntries(PlanDiff diff) {
		Map<Commitment, String> what = new LinkedHashMap<>();
		for (NamedElement element : diff.added()) {
			if (element instanceof Commitment commitment) {
				what.put(commitment, "added");
			}
		}
		for (Rename rename : diff.renamed()) {
			if (rename.after() instanceof Commitment commitment) {
				what.put(commitment, (rename.isMove() ? "moved from " : "renamed from ") + rename.oldName());
			}
		}
		for (ElementChange change : diff.changed()) {
			if (change.after() instanceof Commitment commitment) {
				String before = what.get(commitment);
				String fields = "changed: " + String.join(", ", change.fieldNames());
				what.put(commitment, before == null ? fields : before + "; " + fields);
			}
		}
		Map<Commitment, Integer> order = new IdentityHashMap<>();
		for (NamedElement element : diff.newer().namedElements()) {
			if (element instanceof Commitment commitment && what.containsKey(commitment)) {
				order.put(commitment, order.size());
			}
		}
		List<Entry> entries = new ArrayList<>();
		what.forEach((commitment, text) -> entries.add(new Entry(commitment, text)));
		entries.sort((a, b) -> Integer.compare(order.get(a.commitment()), order.get(b.commitment())));
		return entries;
	}

	private static void byTheme(Html html, Site site, String path, boolean linked, List<Entry> entries) {
		html.element("h2", "Commitments by theme").newline();
		if (entries.isEmpty()) {
			html.element("p", "No commitment was added, renamed or changed.").newline();
			return;
		}
		Map<Theme, List<Entry>> byTheme = new IdentityHashMap<>();
		List<Entry> noTheme = new ArrayList<>();
		for (Entry entry : entries) {
			List<Theme> themes = themes(entry.commitment());
			themes.forEach(t -> byTheme.computeIfAbsent(t, k -> new ArrayList<>()).add(entry));
			if (themes.isEmpty()) {
				noTheme.add(entry);
			}
		}
		for (Plan plan : site.index().plans()) {
			for (Theme theme : plan.getThemes()) {
				List<Entry> inTheme = byTheme.get(theme);
				if (inTheme != null) {
					html.element("h3", Labels.label(theme)).newline();
					list(html, site, path, linked, inTheme);
				}
			}
		}
		if (!noTheme.isEmpty()) {
			html.element("h3", "In no theme").newline();
			list(html, site, path, linked, noTheme);
		}
	}

	// The themes it names; failing that, the themes it appears in.
	private static List<Theme> themes(Commitment commitment) {
		List<Theme> themes = new ArrayList<>(TraceIndex.resolvedOnly(commitment.getThemes()));
		if (themes.isEmpty()) {
			for (Appearance appearance : commitment.getAppearances()) {
				if (appearance.getPart() instanceof Theme theme && TraceIndex.resolved(theme) && !themes.contains(theme)) {
					themes.add(theme);
				}
			}
		}
		return themes;
	}

	private static void byDirectorate(Html html, Site site, String path, boolean linked, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		html.element("h2", "Commitments by directorate").newline();
		TraceIndex index = site.index();
		Map<OrganisationUnit, List<Entry>> byDirectorate = new IdentityHashMap<>();
		List<Entry> none = new ArrayList<>();
		for (Entry entry : entries) {
			List<OrganisationUnit> directorates = DirectorateRule.of(index, entry.commitment()).directorates();
			directorates.forEach(d -> byDirectorate.computeIfAbsent(d, k -> new ArrayList<>()).add(entry));
			if (directorates.isEmpty()) {
				none.add(entry);
			}
		}
		for (OrganisationUnit directorate : index.directorates()) {
			List<Entry> inDirectorate = byDirectorate.get(directorate);
			if (inDirectorate != null) {
				html.element("h3", Labels.label(directorate)).newline();
				list(html, site, path, linked, inDirectorate);
			}
		}
		if (!none.isEmpty()) {
			html.element("h3", "No directorate").newline();
			list(html, site, path, linked, none);
		}
	}

	private static void list(Html html, Site site, String path, boolean linked, List<Entry> entries) {
		html.open("ul", "class", "commitments").newline();
		for (Entry entry : entries) {
			html.open("li");
			name(html, site, path, linked, entry.commitment());
			html.text(": ").element("span", entry.what(), "class", "change-kind");
			html.close("li").newline();
		}
		html.close("ul").newline();
	}

	private static void name(Html html, Site site, String path, boolean linked, NamedElement element) {
		if (linked) {
			Fragments.link(html, site, path, element);
		} else {
			html.text(Fragments.label(element));
		}
	}

	private static void removedCommitments(Html html, PlanDiff diff) {
		List<Commitment> removed = new ArrayList<>();
		for (NamedElement element : diff.removed()) {
			if (element instanceof Commitment commitment) {
				removed.add(commitment);
			}
		}
		if (removed.isEmpty()) {
			return;
		}
		html.element("h2", "Commitments removed").newline();
		html.open("ul", "class", "commitments").newline();
		for (Commitment commitment : removed) {
			html.open("li").text(Labels.label(commitment) + " (").element("code", diff.oldName(commitment)).text(")");
			List<Theme> themes = themes(commitment);
			if (!themes.isEmpty()) {
				html.text(", in " + String.join(", ", themes.stream().map(Labels::label).toList()));
			}
			html.close("li").newline();
		}
		html.close("ul").newline();
	}

	private static void otherElements(Html html, Site site, String path, boolean linked, PlanDiff diff) {
		List<String[]> rows = new ArrayList<>();
		List<NamedElement> elements = new ArrayList<>();
		for (NamedElement element : diff.added()) {
			if (!(element instanceof Commitment)) {
				elements.add(element);
				rows.add(new String[] { diff.newName(element), Labels.kind(element), "added" });
			}
		}
		for (NamedElement element : diff.removed()) {
			if (!(element instanceof Commitment)) {
				elements.add(null);
				rows.add(new String[] { diff.oldName(element), Labels.kind(element), "removed" });
			}
		}
		for (Rename rename : diff.renamed()) {
			if (!(rename.after() instanceof Commitment)) {
				elements.add(rename.after());
				rows.add(new String[] { rename.newName(), rename.kind(),
						(rename.isMove() ? "moved from " : "renamed from ") + rename.oldName() });
			}
		}
		for (ElementChange change : diff.changed()) {
			if (!(change.after() instanceof Commitment)) {
				elements.add(change.after());
				rows.add(new String[] { change.name(), change.kind(), "changed: " + String.join(", ", change.fieldNames()) });
			}
		}
		html.element("h2", "Other elements").newline();
		if (rows.isEmpty()) {
			html.element("p", "Only commitments changed.").newline();
			return;
		}
		Fragments.openTable(html, "Other elements added, removed, renamed or changed", "changes");
		Fragments.headerRow(html, "Element", "Kind", "Change");
		html.open("tbody").newline();
		for (int i = 0; i < rows.size(); i++) {
			String[] row = rows.get(i);
			html.open("tr").open("th", "scope", "row");
			NamedElement element = elements.get(i);
			if (element != null && linked && site.paths().target(element) != null) {
				Fragments.link(html, site, path, element, row[0]);
			} else {
				html.text(row[0]);
			}
			html.close("th").element("td", row[1]).element("td", row[2]).close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}
}
