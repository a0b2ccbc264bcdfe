package org.throughline.trace.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.NamedElement;
import org.throughline.trace.TraceIndex;

/**
 * What changed between two versions of a plan folder: the elements added, removed, renamed, and changed with the
 * features that differ.
 * <p>
 * Elements are matched by qualified name through a map, so that comments, layout and the order of elements and
 * files make no difference. An element that is only in the old version and one that is only in the new one are
 * the same element renamed (or moved into another container or module) when they are of the same kind and have
 * the same title and statement; failing that, the same statement, or the same title, when exactly one element on
 * each side has it. Candidates are found by looking up that text in a map, never by comparing every removed
 * element with every added one.
 * <p>
 * Every feature that the metamodel gives the element's class is compared (see {@link Fields}). Links are compared
 * by the qualified name of their target, with the old version's names of renamed elements read as their new
 * names, so that renaming an element does not change everything that links to it; a link to an element that was
 * removed is reported with that element's removal rather than again at everything that linked to it. The lists
 * are in document order of the version that has the element, so the same two versions always give the same
 * result.
 */
public final class PlanDiff {

	private final List<NamedElement> added = new ArrayList<>();
	private final List<NamedElement> removed = new ArrayList<>();
	private final List<Rename> renamed = new ArrayList<>();
	private final List<ElementChange> changed = new ArrayList<>();
	private final Map<String, ElementChange> changedByName = new HashMap<>();
	private final Map<String, Rename> renamedByName = new HashMap<>();
	private final Set<NamedElement> addedElements = new HashSet<>();
	private final Map<String, String> newNames = new HashMap<>();
	private final TraceIndex older;
	private final TraceIndex newer;

	private PlanDiff(TraceIndex older, TraceIndex newer) {
		this.older = older;
		this.newer = newer;
	}

	/** Compares two indexed versions of a plan folder. */
	public static PlanDiff between(TraceIndex older, TraceIndex newer) {
		PlanDiff diff = new PlanDiff(older, newer);
		diff.compare();
		return diff;
	}

	private void compare() {
		Map<String, NamedElement> before = byName(older);
		Map<String, NamedElement> after = byName(newer);
		List<NamedElement> gone = new ArrayList<>();
		for (Map.Entry<String, NamedElement> entry : before.entrySet()) {
			if (!after.containsKey(entry.getKey())) {
				gone.add(entry.getValue());
			}
		}
		List<NamedElement> arrived = new ArrayList<>();
		for (Map.Entry<String, NamedElement> entry : after.entrySet()) {
			if (!before.containsKey(entry.getKey())) {
				arrived.add(entry.getValue());
			}
		}
		Map<NamedElement, NamedElement> renames = matchRenames(gone, arrived);
		for (NamedElement element : gone) {
			NamedElement renamedTo = renames.get(element);
			if (renamedTo == null) {
				removed.add(element);
			} else {
				newNames.put(older.qualifiedName(element), newer.qualifiedName(renamedTo));
			}
		}
		Set<NamedElement> renamedTargets = new HashSet<>(renames.values());
		for (NamedElement element : arrived) {
			if (!renamedTargets.contains(element)) {
				added.add(element);
			}
		}
		Set<String> removedNames = new HashSet<>();
		removed.forEach(e -> removedNames.add(older.qualifiedName(e)));
		Fields fields = new Fields();
		ValueText oldValues = new ValueText(older, fields,
				name -> removedNames.contains(name) ? null : newNames.getOrDefault(name, name));
		ValueText newValues = new ValueText(newer, fields, name -> name);
		Map<NamedElement, NamedElement> oldOfNew = new HashMap<>();
		renames.forEach((old, renamedTo) -> oldOfNew.put(renamedTo, old));
		// In the new version's document order, renamed elements where they now are.
		for (Map.Entry<String, NamedElement> entry : after.entrySet()) {
			NamedElement now = entry.getValue();
			NamedElement then = before.get(entry.getKey());
			if (then == null) {
				then = oldOfNew.get(now);
				if (then == null) {
					continue;
				}
				Rename rename = new Rename(older.qualifiedName(then), entry.getKey(), Labels.kind(now), then, now);
				renamed.add(rename);
				renamedByName.put(rename.newName(), rename);
			}
			if (then.eClass() != now.eClass()) {
				// the same name now declares another kind of element: the old one went, a new one came
				removed.add(then);
				added.add(now);
				continue;
			}
			List<FieldChange> differences = differences(then, now, fields, oldValues, newValues);
			if (!differences.isEmpty()) {
				ElementChange change = new ElementChange(entry.getKey(), Labels.kind(now), then, now, differences);
				changed.add(change);
				changedByName.put(change.name(), change);
			}
		}
		addedElements.addAll(added);
		if (removed.size() > 1) {
			// elements whose kind changed were added after those gone: keep the old version's order
			Map<NamedElement, Integer> order = new HashMap<>();
			int i = 0;
			for (NamedElement element : before.values()) {
				order.put(element, i++);
			}
			removed.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
		}
	}

	private static Map<String, NamedElement> byName(TraceIndex index) {
		Map<String, NamedElement> byName = new LinkedHashMap<>();
		for (NamedElement element : index.namedElements()) {
			byName.put(index.qualifiedName(element), element);
		}
		return byName;
	}

	private static List<FieldChange> differences(NamedElement then, NamedElement now, Fields fields,
			ValueText oldValues, ValueText newValues) {
		List<FieldChange> differences = new ArrayList<>();
		for (EStructuralFeature feature : fields.of(now.eClass())) {
			List<String> before = oldValues.values(then, feature);
			List<String> after = newValues.values(now, feature);
			if (before.equals(after)) {
				continue;
			}
			List<String> lost = new ArrayList<>(before);
			after.forEach(lost::remove);
			List<String> gained = new ArrayList<>(after);
			before.forEach(gained::remove);
			List<WordDiff.Piece> words = Fields.isText(feature)
					? WordDiff.between(before.isEmpty() ? "" : before.get(0), after.isEmpty() ? "" : after.get(0))
					: List.of();
			differences.add(new FieldChange(Fields.word(feature), before, after, lost, gained, words));
		}
		return differences;
	}

	// ------------------------------------------------------------------ renames

	/** The element of {@code arrived} that each element of {@code gone} was renamed to, where one was. */
	private Map<NamedElement, NamedElement> matchRenames(List<NamedElement> gone, List<NamedElement> arrived) {
		Map<NamedElement, NamedElement> renames = new HashMap<>();
		Set<NamedElement> taken = new HashSet<>();
		// The surest first: kind, title and statement all the same; then the statement; then the title.
		for (Signature signature : Signature.values()) {
			Map<String, List<NamedElement>> candidates = new HashMap<>();
			for (NamedElement element : arrived) {
				if (!taken.contains(element)) {
					signature.of(element).ifPresent(key -> candidates.computeIfAbsent(key, k -> new ArrayList<>()).add(element));
				}
			}
			Map<String, List<NamedElement>> sources = new HashMap<>();
			for (NamedElement element : gone) {
				if (!renames.containsKey(element)) {
					signature.of(element).ifPresent(key -> sources.computeIfAbsent(key, k -> new ArrayList<>()).add(element));
				}
			}
			for (NamedElement element : gone) {
				Optional<String> key = renames.containsKey(element) ? Optional.empty() : signature.of(element);
				if (key.isEmpty()) {
					continue;
				}
				List<NamedElement> matches = candidates.get(key.get());
				if (matches == null || matches.isEmpty()) {
					continue;
				}
				if (!signature.exact && (matches.size() > 1 || sources.get(key.get()).size() > 1)) {
					continue;
				}
				NamedElement match = matches.remove(0);
				renames.put(element, match);
				taken.add(match);
			}
		}
		return renames;
	}

	/** The texts by which a renamed element is recognised, surest first. */
	private enum Signature {
		TITLE_AND_STATEMENT(true), STATEMENT(false), TITLE(false);

		// An exact signature pairs elements in document order; the others only when the pairing is unambiguous.
		final boolean exact;

		Signature(boolean exact) {
			this.exact = exact;
		}

		Optional<String> of(NamedElement element) {
			String title = String.join(" ", WordDiff.words(element.getTitle()));
			String statement = element instanceof Commitment c ? String.join(" ", WordDiff.words(c.getStatement())) : "";
			String kind = element.eClass().getName() + "\u0000";
			return switch (this) {
				case TITLE_AND_STATEMENT -> title.isEmpty() && statement.isEmpty() ? Optional.empty()
						: Optional.of(kind + title + "\u0000" + statement);
				case STATEMENT -> statement.isEmpty() ? Optional.empty() : Optional.of(kind + statement);
				case TITLE -> title.isEmpty() ? Optional.empty() : Optional.of(kind + title);
			};
		}
	}

	// ------------------------------------------------------------------ the result

	/** The elements only the new version has, in its document order. */
	public List<NamedElement> added() {
		return List.copyOf(added);
	}

	/** The elements only the old version has, in its document order. */
	public List<NamedElement> removed() {
		return List.copyOf(removed);
	}

	/** The elements whose qualified name changed, in the new version's document order. */
	public List<Rename> renamed() {
		return List.copyOf(renamed);
	}

	/** The elements in both versions that differ, in the new version's document order. */
	public List<ElementChange> changed() {
		return List.copyOf(changed);
	}

	/** The change of the element of the new version with this qualified name, if it changed. */
	public Optional<ElementChange> change(String newName) {
		return Optional.ofNullable(changedByName.get(newName));
	}

	/** How the element of the new version with this qualified name was called before, if it was renamed. */
	public Optional<Rename> rename(String newName) {
		return Optional.ofNullable(renamedByName.get(newName));
	}

	/** True when the element of the new version was not in the old one. */
	public boolean isAdded(NamedElement element) {
		return addedElements.contains(element);
	}

	/** The old version's index, which names the removed elements. */
	public TraceIndex older() {
		return older;
	}

	/** The new version's index, which names the added, renamed and changed elements. */
	public TraceIndex newer() {
		return newer;
	}

	/** The qualified name of an element of the old version. */
	public String oldName(NamedElement element) {
		return older.qualifiedName(element);
	}

	/** The qualified name of an element of the new version. */
	public String newName(NamedElement element) {
		return newer.qualifiedName(element);
	}

	/** True when nothing changed. */
	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && changed.isEmpty();
	}
}
