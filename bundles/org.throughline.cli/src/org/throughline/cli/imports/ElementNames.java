package org.throughline.cli.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.throughline.dsl.linking.NearestName;
import org.throughline.dsl.scoping.PlanIndex;
import org.throughline.trace.TraceIndex;

/**
 * Finds the element a cell names: by its qualified name, as every export writes it, or by its own name when only
 * one element of the kind has it. A name that finds nothing is answered with the nearest name of that kind, found
 * in the plan index's tree of names as the editor's "did you mean" finds it.
 */
final class ElementNames {

	/** How many near names, and elements under each, one name looks at, as the editor's suggestion does. */
	private static final int NEAR_SEGMENTS = 16;

	private final TraceIndex index;
	private final PlanIndex names;

	ElementNames(TraceIndex index, PlanIndex names) {
		this.index = index;
		this.names = names;
	}

	/** What a name found: the element, or why none (with a suggestion when there is one). */
	record Found<T>(T element, String problem) {
	}

	<T extends EObject> Found<T> find(String typed, Class<T> type, String kind) {
		Optional<EObject> exact = index.element(typed);
		if (exact.isPresent() && type.isInstance(exact.get())) {
			return new Found<>(type.cast(exact.get()), null);
		}
		if (exact.isPresent()) {
			return new Found<>(null, "'" + typed + "' is not " + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind);
		}
		String last = typed.substring(typed.lastIndexOf('.') + 1);
		if (names != null) {
			// its own name, or the end of its qualified name (Enterprise.KentSuccessTeam), as an import lets a file write it
			List<T> same = new ArrayList<>();
			for (IEObjectDescription description : names.withLastSegment(last)) {
				String qualified = description.getName().toString();
				if (typed.indexOf('.') >= 0 && !qualified.endsWith("." + typed)) {
					continue;
				}
				index.element(qualified).filter(type::isInstance).map(type::cast)
						.filter(e -> !same.contains(e)).ifPresent(same::add);
			}
			if (same.size() == 1) {
				return new Found<>(same.get(0), null);
			}
			if (same.size() > 1) {
				return new Found<>(null, "'" + typed + "' names " + same.size() + " elements ("
						+ String.join(", ", same.stream().map(index::qualifiedName).toList())
						+ "); write the qualified name");
			}
		}
		String suggestion = NearestName.among(typed, candidates(typed, last, type));
		return new Found<>(null, "no " + kind + " '" + typed + "'"
				+ (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
	}

	private Set<String> candidates(String typed, String last, Class<?> type) {
		Set<String> candidates = new LinkedHashSet<>();
		if (names == null || last.isEmpty()) {
			return candidates;
		}
		for (String segment : names.lastSegmentsNear(last, NearestName.tolerance(typed), NEAR_SEGMENTS)) {
			for (IEObjectDescription description : names.withLastSegment(segment)) {
				String qualified = description.getName().toString();
				if (index.element(qualified).filter(type::isInstance).isPresent()) {
					candidates.add(qualified);
				}
			}
		}
		return candidates;
	}
}
