package org.throughline.dsl.references;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.EClassImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Who points at an element: every cross-reference in a resource set, inverted once and then looked up by target,
 * so that a check such as "an aim that no commitment serves" costs one lookup rather than a pass over all
 * commitments.
 * <p>
 * The inverted references are kept on the resource set and computed again on the first lookup after the set or
 * any model in it changes (a file added, removed or re-parsed, a reference set); resolving a proxy is no change.
 */
public final class IncomingReferences {

	private record Incoming(EObject source, EReference reference) {
	}

	private final Map<EObject, List<Incoming>> byTarget;

	private IncomingReferences(Map<EObject, List<Incoming>> byTarget) {
		this.byTarget = byTarget;
	}

	/** The incoming references of the models in {@code resourceSet}, as they are now. */
	public static IncomingReferences of(ResourceSet resourceSet) {
		Tracker tracker = (Tracker) EcoreUtil.getExistingAdapter(resourceSet, Tracker.class);
		if (tracker == null) {
			tracker = new Tracker();
			resourceSet.eAdapters().add(tracker);
		}
		return tracker.current(resourceSet);
	}

	/** The incoming references of the resource set that holds {@code element}, or none when it is in none. */
	public static IncomingReferences around(EObject element) {
		Resource resource = element.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		return resourceSet == null ? new IncomingReferences(Map.of()) : of(resourceSet);
	}

	/**
	 * The elements whose {@code reference} points at {@code target}, in the order of the resource set's resources
	 * and of their contents.
	 */
	public <T extends EObject> List<T> sources(EObject target, EReference reference, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Incoming incoming : byTarget.getOrDefault(target, List.of())) {
			if (incoming.reference() == reference && type.isInstance(incoming.source())) {
				found.add(type.cast(incoming.source()));
			}
		}
		return found;
	}

	/** Whether any element's {@code reference} points at {@code target}. */
	public boolean isReferenced(EObject target, EReference reference) {
		for (Incoming incoming : byTarget.getOrDefault(target, List.of())) {
			if (incoming.reference() == reference) {
				return true;
			}
		}
		return false;
	}

	private static Map<EObject, List<Incoming>> invert(ResourceSet resourceSet) {
		Map<EObject, List<Incoming>> byTarget = new HashMap<>();
		// a copy: resolving a reference may load a further resource into the set
		for (Resource resource : new ArrayList<>(resourceSet.getResources())) {
			for (var contents = resource.getAllContents(); contents.hasNext();) {
				EObject source = contents.next();
				// EMF keeps each class's references that are neither containments nor containers in one array
				EStructuralFeature[] crossReferences = ((EClassImpl.FeatureSubsetSupplier) source.eClass()
						.getEAllStructuralFeatures()).crossReferences();
				if (crossReferences == null) {
					continue;
				}
				for (EStructuralFeature feature : crossReferences) {
					EReference reference = (EReference) feature;
					if (reference.isDerived() || !source.eIsSet(reference)) {
						continue;
					}
					if (reference.isMany()) {
						for (Object target : (List<?>) source.eGet(reference, true)) {
							add(byTarget, (EObject) target, source, reference);
						}
					} else {
						add(byTarget, (EObject) source.eGet(reference, true), source, reference);
					}
				}
			}
		}
		return byTarget;
	}

	private static void add(Map<EObject, List<Incoming>> byTarget, EObject target, EObject source,
			EReference reference) {
		if (target != null && !target.eIsProxy()) {
			byTarget.computeIfAbsent(target, t -> new ArrayList<>(2)).add(new Incoming(source, reference));
		}
	}

	/** Keeps the inverted references of one resource set and forgets them when a model in it changes. */
	private static final class Tracker extends EContentAdapter {

		private static final int MAX_PASSES = 3;

		private volatile IncomingReferences current;
		private volatile long changes;

		IncomingReferences current(ResourceSet resourceSet) {
			// a pass that loaded further resources is repeated, so that their references count too
			for (int pass = 1; current == null; pass++) {
				long before = changes;
				IncomingReferences computed = new IncomingReferences(invert(resourceSet));
				if (changes == before || pass == MAX_PASSES) {
					current = computed;
				}
			}
			return current;
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (isModelChange(notification)) {
				changes++;
				current = null;
			}
		}

		private static boolean isModelChange(Notification notification) {
			if (notification.isTouch() || notification.getEventType() == Notification.RESOLVE
					|| notification.getEventType() == Notification.REMOVING_ADAPTER) {
				return false;
			}
			Notifier notifier = (Notifier) notification.getNotifier();
			if (notifier instanceof ResourceSet) {
				return notification.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES;
			}
			if (notifier instanceof Resource) {
				return notification.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS;
			}
			return true;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Tracker.class;
		}
	}
}
