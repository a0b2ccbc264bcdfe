package org.throughline.model.links;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.EClassImpl;

/**
 * What points at an element: every cross-reference of the plan metamodel, read backwards. It is the one inverse
 * index of Throughline: validation, hover, find references, rename, the trace index and the views all read it, so
 * that "what does this unit own" has one answer whichever of them asks.
 * <p>
 * Built in one pass over the elements (in the order they are given, each element before the ones it contains),
 * it records every resolved cross-reference under its target and, apart, under its target and reference, so that
 * each question afterwards is one map lookup. Nothing of the metamodel is listed by hand: a relation added to the
 * metamodel is in the index without a change here. References that do not resolve (a name written but not
 * declared, which already has its linking error) point at nothing and are left out.
 * <p>
 * Immutable once built; build a new one when the model changes.
 */
public final class PlanLinks {

	/** One place where {@code source} names {@code target} through {@code reference}, at {@code position} in it. */
	public record Link(EObject source, EReference reference, int position, EObject target) {
	}

	/** The links of no elements. */
	public static final PlanLinks NONE = new Builder().build();

	private final Map<EObject, Incoming> byTarget;
	private final int size;

	private PlanLinks(Map<EObject, Incoming> byTarget, int size) {
		this.byTarget = byTarget;
		this.size = size;
	}

	/** The links of the given elements and of everything they contain, in one pass. */
	public static PlanLinks of(Collection<? extends EObject> roots) {
		Builder builder = new Builder();
		for (EObject root : roots) {
			builder.add(root);
			root.eAllContents().forEachRemaining(builder::add);
		}
		return builder.build();
	}

	/** Collects the links of elements handed to it one at a time, for a caller that walks the elements anyway. */
	public static final class Builder {

		private final Map<EObject, Incoming> byTarget = new IdentityHashMap<>();
		private int size;
		private boolean built;

		/** Records the cross-references that {@code source} makes (not those of what it contains). */
		public void add(EObject source) {
			if (built) {
				throw new IllegalStateException("the links are already built");
			}
			// EMF keeps each class's references that are neither containments nor containers in one array
			EStructuralFeature[] crossReferences = ((EClassImpl.FeatureSubsetSupplier) source.eClass()
					.getEAllStructuralFeatures()).crossReferences();
			if (crossReferences == null) {
				return;
			}
			for (EStructuralFeature feature : crossReferences) {
				EReference reference = (EReference) feature;
				if (reference.isDerived() || reference.isTransient() || !source.eIsSet(reference)) {
					continue;
				}
				if (reference.isMany()) {
					List<?> targets = (List<?>) source.eGet(reference, true);
					for (int i = 0; i < targets.size(); i++) {
						link(source, reference, i, (EObject) targets.get(i));
					}
				} else {
					link(source, reference, 0, (EObject) source.eGet(reference, true));
				}
			}
		}

		private void link(EObject source, EReference reference, int position, EObject target) {
			if (resolved(target)) {
				byTarget.computeIfAbsent(target, t -> new Incoming()).add(new Link(source, reference, position, target));
				size++;
			}
		}

		public PlanLinks build() {
			built = true;
			return new PlanLinks(byTarget, size);
		}
	}

	// ------------------------------------------------------------------ lookups

	/** Every link to {@code target}, each occurrence once, in document order. */
	public List<Link> to(EObject target) {
		Incoming incoming = byTarget.get(target);
		return incoming == null ? List.of() : Collections.unmodifiableList(incoming.all);
	}

	/**
	 * The elements whose {@code reference} points at {@code target}, each once, in document order: the
	 * ownerships naming an owner ({@code OWNERSHIP__OWNER}), the commitments an indicator measures
	 * ({@code COMMITMENT__INDICATORS}), the responses concerning a commitment ({@code RESPONSE__CONCERNS}).
	 */
	public <T extends EObject> List<T> sources(EObject target, EReference reference, Class<T> type) {
		Incoming incoming = byTarget.get(target);
		List<EObject> sources = incoming == null ? null : incoming.sourcesBy.get(reference);
		if (sources == null) {
			return List.of();
		}
		Class<?> declaring = reference.getEContainingClass().getInstanceClass();
		if (declaring != null && type.isAssignableFrom(declaring)) {
			// every source of the reference is of the class that declares it: a view, no copy
			@SuppressWarnings("unchecked")
			List<T> all = (List<T>) Collections.unmodifiableList(sources);
			return all;
		}
		List<T> typed = new ArrayList<>(sources.size());
		for (EObject source : sources) {
			if (type.isInstance(source)) {
				typed.add(type.cast(source));
			}
		}
		return Collections.unmodifiableList(typed);
	}

	/** Whether any element's {@code reference} points at {@code target}. */
	public boolean isReferenced(EObject target, EReference reference) {
		Incoming incoming = byTarget.get(target);
		return incoming != null && incoming.sourcesBy.containsKey(reference);
	}

	/** How many resolved references there are in all. */
	public int size() {
		return size;
	}

	// ------------------------------------------------------------------ resolution, the one test of it

	/** True when the reference is set and resolved: an unresolved one points at nothing. */
	public static boolean resolved(EObject element) {
		return element != null && !element.eIsProxy();
	}

	/** The resolved elements of a reference list, in order. */
	public static <T extends EObject> List<T> resolvedOnly(List<T> elements) {
		List<T> resolved = new ArrayList<>(elements.size());
		for (T element : elements) {
			if (resolved(element)) {
				resolved.add(element);
			}
		}
		return resolved;
	}

	/** The links to one element: all of them, and their sources by reference. */
	private static final class Incoming {
		private final List<Link> all = new ArrayList<>(2);
		private final Map<EReference, List<EObject>> sourcesBy = new IdentityHashMap<>(4);

		// One source's links are added together, so a name written twice ("concerns R5, R5") can only repeat
		// the last source; checking that keeps adding constant-time.
		void add(Link link) {
			all.add(link);
			List<EObject> sources = sourcesBy.computeIfAbsent(link.reference(), r -> new ArrayList<>(2));
			if (sources.isEmpty() || sources.get(sources.size() - 1) != link.source()) {
				sources.add(link.source());
			}
		}
	}
}
