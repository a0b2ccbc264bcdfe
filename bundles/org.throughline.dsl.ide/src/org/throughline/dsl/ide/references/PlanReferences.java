package org.throughline.dsl.ide.references;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Every cross-reference of a loaded set of plan files, looked up from its target: who owns this unit, which
 * responses concern this commitment, where is this indicator used. Built in one pass over the files, so that
 * each question afterwards is a map lookup, not another pass.
 */
public final class PlanReferences {

	private final Map<EObject, List<PlanReference>> byTarget;
	private final int count;

	private PlanReferences(Map<EObject, List<PlanReference>> byTarget, int count) {
		this.byTarget = byTarget;
		this.count = count;
	}

	/** Indexes the references of every resource in {@code resourceSet}; unresolved ones are left out. */
	public static PlanReferences of(ResourceSet resourceSet) {
		return of(List.copyOf(resourceSet.getResources()));
	}

	public static PlanReferences of(List<? extends Resource> resources) {
		Map<EObject, List<PlanReference>> byTarget = new HashMap<>();
		int count = 0;
		for (Resource resource : resources) {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject source = all.next();
				for (EReference reference : source.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isDerived()
							|| reference.isTransient() || !source.eIsSet(reference)) {
						continue;
					}
					List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
					List<EObject> targets = targets(source, reference);
					for (int i = 0; i < targets.size() && i < nodes.size(); i++) {
						EObject target = targets.get(i);
						if (target != null && !target.eIsProxy()) {
							byTarget.computeIfAbsent(target, t -> new ArrayList<>())
									.add(new PlanReference(source, reference, target, nodes.get(i)));
							count++;
						}
					}
				}
			}
		}
		byTarget.replaceAll((target, list) -> Collections.unmodifiableList(list));
		return new PlanReferences(byTarget, count);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> targets(EObject source, EReference reference) {
		Object value = source.eGet(reference, true);
		if (reference.isMany()) {
			return (List<EObject>) value;
		}
		return Collections.singletonList((EObject) value);
	}

	/** The references to {@code target}, in file order. */
	public List<PlanReference> to(EObject target) {
		return byTarget.getOrDefault(target, List.of());
	}

	/** The references to {@code target} made through {@code reference}. */
	public List<PlanReference> to(EObject target, EReference reference) {
		return to(target).stream().filter(r -> r.reference() == reference).toList();
	}

	/** How many resolved references there are in all. */
	public int size() {
		return count;
	}
}
