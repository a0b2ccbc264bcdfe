package org.throughline.dsl.ide.references;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.throughline.dsl.references.IncomingReferences;
import org.throughline.model.links.PlanLinks;
import org.throughline.model.links.PlanLinks.Link;

/**
 * The model's one inverse index ({@link PlanLinks}) with the text of each reference: who owns this unit, which
 * responses concern this commitment, where is this indicator used, and where in which file each is written, for
 * hover, find references and rename. It adds no links of its own, so the hover's "owns" list is the trace index's.
 */
public final class PlanReferences {

	private final PlanLinks links;

	private PlanReferences(PlanLinks links) {
		this.links = links;
	}

	/** The references of every resource in {@code resourceSet}, from the links kept on the set for validation. */
	public static PlanReferences of(ResourceSet resourceSet) {
		return new PlanReferences(IncomingReferences.of(resourceSet));
	}

	/** The references of the given resources, in their order. */
	public static PlanReferences of(List<? extends Resource> resources) {
		PlanLinks.Builder links = new PlanLinks.Builder();
		for (Resource resource : resources) {
			resource.getAllContents().forEachRemaining(links::add);
		}
		return new PlanReferences(links.build());
	}

	/** The index read. */
	public PlanLinks links() {
		return links;
	}

	/** The references to {@code target} that are written in a file, in file order; unresolved ones are left out. */
	public List<PlanReference> to(EObject target) {
		List<Link> incoming = links.to(target);
		if (incoming.isEmpty()) {
			return List.of();
		}
		List<PlanReference> written = new ArrayList<>(incoming.size());
		EObject source = null;
		EReference reference = null;
		List<INode> nodes = List.of();
		for (Link link : incoming) {
			// one source's links through one reference are adjacent, so its nodes are found once
			if (link.source() != source || link.reference() != reference) {
				source = link.source();
				reference = link.reference();
				nodes = NodeModelUtils.findNodesForFeature(source, reference);
			}
			if (link.position() < nodes.size()) {
				written.add(new PlanReference(source, reference, target, nodes.get(link.position())));
			}
		}
		return Collections.unmodifiableList(written);
	}

	/** The references to {@code target} made through {@code reference}. */
	public List<PlanReference> to(EObject target, EReference reference) {
		return to(target).stream().filter(r -> r.reference() == reference).toList();
	}

	/** How many resolved references there are in all. */
	public int size() {
		return links.size();
	}
}
