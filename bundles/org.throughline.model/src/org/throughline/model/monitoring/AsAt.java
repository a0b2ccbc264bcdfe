package org.throughline.model.monitoring;

import java.util.Optional;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.values.CalendarDate;

/**
 * The date monitoring is as at. The plan files declare it ({@code as at 2011-07-15} in a plan); a run may
 * override it for every plan of a folder ({@code --as-at}). Nothing here reads the machine's clock: with no
 * as-at date, no time-dependent judgement is made.
 */
public final class AsAt {

	private AsAt() {
	}

	/** Makes {@code date} the as-at date of every plan loaded into {@code resourceSet}. */
	public static void override(ResourceSet resourceSet, CalendarDate date) {
		resourceSet.eAdapters().removeIf(Override.class::isInstance);
		if (date != null) {
			resourceSet.eAdapters().add(new Override(date));
		}
	}

	/** The as-at date for a plan: the run's override, else the plan's own. */
	public static Optional<CalendarDate> of(Plan plan) {
		Optional<CalendarDate> overridden = overridden(plan);
		return overridden.isPresent() ? overridden : Optional.ofNullable(plan.getAsAt());
	}

	/**
	 * The as-at date for an element outside any plan (an indicator, an inspection): the run's override, else the
	 * latest as-at date any plan of the folder declares.
	 */
	public static Optional<CalendarDate> ofFolder(EObject element) {
		Optional<CalendarDate> overridden = overridden(element);
		if (overridden.isPresent() || element.eResource() == null || element.eResource().getResourceSet() == null) {
			return overridden;
		}
		CalendarDate latest = null;
		for (Resource resource : element.eResource().getResourceSet().getResources()) {
			for (EObject root : resource.getContents()) {
				if (root instanceof PlanModule module) {
					for (EObject child : module.getElements()) {
						if (child instanceof Plan plan && plan.getAsAt() != null
								&& (latest == null || plan.getAsAt().isAfter(latest))) {
							latest = plan.getAsAt();
						}
					}
				}
			}
		}
		return Optional.ofNullable(latest);
	}

	private static Optional<CalendarDate> overridden(EObject element) {
		Resource resource = element.eResource();
		ResourceSet set = resource == null ? null : resource.getResourceSet();
		if (set == null) {
			return Optional.empty();
		}
		for (Adapter adapter : set.eAdapters()) {
			if (adapter instanceof Override override) {
				return Optional.of(override.date);
			}
		}
		return Optional.empty();
	}

	private static final class Override extends AdapterImpl {
		final CalendarDate date;

		Override(CalendarDate date) {
			this.date = date;
		}
	}
}
