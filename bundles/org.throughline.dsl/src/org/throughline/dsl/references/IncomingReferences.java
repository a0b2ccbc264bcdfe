package org.throughline.dsl.references;

import java.util.ArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.throughline.model.links.PlanLinks;

/**
 * The {@link PlanLinks} of a resource set, kept on the set: validation asks "which commitments does this indicator
 * measure" once per element checked, and the links are built once for all of those questions rather than once per
 * question. The links themselves, and so what counts as a link, are the model's one inverse index; this class only
 * decides when they are stale.
 * <p>
 * The links are kept on the resource set and computed again on the first lookup after the set or any model in it
 * changes (a file added, removed or re-parsed, a reference set); resolving a proxy is no change.
 */
public final class IncomingReferences {

	private IncomingReferences() {
	}

	/** The links of the models in {@code resourceSet}, as they are now. */
	public static PlanLinks of(ResourceSet resourceSet) {
		Tracker tracker = (Tracker) EcoreUtil.getExistingAdapter(resourceSet, Tracker.class);
		if (tracker == null) {
			tracker = new Tracker();
			resourceSet.eAdapters().add(tracker);
		}
		return tracker.current(resourceSet);
	}

	/** The links of the resource set that holds {@code element}, or none when it is in none. */
	public static PlanLinks around(EObject element) {
		Resource resource = element.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		return resourceSet == null ? PlanLinks.NONE : of(resourceSet);
	}

	private static PlanLinks link(ResourceSet resourceSet) {
		PlanLinks.Builder links = new PlanLinks.Builder();
		// a copy: resolving a reference may load a further resource into the set
		for (Resource resource : new ArrayList<>(resourceSet.getResources())) {
			resource.getAllContents().forEachRemaining(links::add);
		}
		return links.build();
	}

	/** Keeps the inverted references of one resource set and forgets them when a model in it changes. */
	private static final class Tracker extends EContentAdapter {

		private static final int MAX_PASSES = 3;

		private volatile PlanLinks current;
		private volatile long changes;

		PlanLinks current(ResourceSet resourceSet) {
			// a pass that loaded further resources is repeated, so that their references count too
			for (int pass = 1; current == null; pass++) {
				long before = changes;
				PlanLinks computed = link(resourceSet);
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
