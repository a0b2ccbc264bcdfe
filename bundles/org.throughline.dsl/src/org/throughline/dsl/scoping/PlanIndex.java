package org.throughline.dsl.scoping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * The names that every loaded file exports, indexed once per load both by qualified name (as Xtext's global scope
 * looks them up) and by last segment, so that a name written under many wildcard imports is found with one lookup
 * instead of one per import.
 * <p>
 * The index is built from all files at once and never changed: a plan workspace is loaded whole, and when an editor
 * changes one file a new index takes the old one's place ({@link #replace}). Its lookups build nothing lazily, so
 * files may be linked and checked on several threads at once.
 */
public final class PlanIndex extends ResourceDescriptionsData {

	private final Map<QualifiedName, List<IEObjectDescription>> byName = new HashMap<>();
	private final Map<String, List<IEObjectDescription>> byLastSegment = new HashMap<>();
	private volatile NameTree nearNames;

	public PlanIndex(List<IResourceDescription> descriptions) {
		// Xtext's own lookup map, keyed by a lower-cased copy of every name, is left empty: names are case-sensitive
		// in the plan language, and the maps below answer every lookup it would
		super(byUri(descriptions), new HashMap<>());
		for (IResourceDescription description : descriptions) {
			for (IEObjectDescription exported : description.getExportedObjects()) {
				QualifiedName name = exported.getName();
				byName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(exported);
				if (!name.isEmpty()) {
					byLastSegment.computeIfAbsent(name.getLastSegment(), k -> new ArrayList<>(1)).add(exported);
				}
			}
		}
	}

	private static Map<URI, IResourceDescription> byUri(List<IResourceDescription> descriptions) {
		Map<URI, IResourceDescription> byUri = new LinkedHashMap<>();
		for (IResourceDescription description : descriptions) {
			byUri.put(description.getURI(), description);
		}
		return byUri;
	}

	/** Indexes what {@code resources} export and installs the index on {@code resourceSet}, for linking. */
	public static PlanIndex install(ResourceSet resourceSet, List<? extends Resource> resources,
			IResourceDescription.Manager descriptions) {
		List<IResourceDescription> exported = new ArrayList<>(resources.size());
		for (Resource resource : resources) {
			exported.add(descriptions.getResourceDescription(resource));
		}
		PlanIndex index = new PlanIndex(exported);
		ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		return index;
	}

	/**
	 * Installs on {@code resourceSet} an index of the same files, with what one file exports now in place of what it
	 * exported when the installed index was built: one file was edited. The other files' descriptions are kept as
	 * they are.
	 */
	public static PlanIndex replace(ResourceSet resourceSet, IResourceDescription changed) {
		PlanIndex installed = of(resourceSet);
		if (installed == null) {
			throw new IllegalStateException("no plan index is installed on the resource set");
		}
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (IResourceDescription description : installed.getAllResourceDescriptions()) {
			descriptions.add(description.getURI().equals(changed.getURI()) ? changed : description);
		}
		PlanIndex index = new PlanIndex(descriptions);
		resourceSet.eAdapters().removeIf(ResourceSetAdapter.class::isInstance);
		ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		return index;
	}

	/** The index installed on {@code resourceSet} by a plan workspace, or null. */
	public static PlanIndex of(ResourceSet resourceSet) {
		return ResourceSetAdapter.findResourceDescriptionsData(resourceSet) instanceof PlanIndex index ? index : null;
	}

	/**
	 * The last segments of exported names within {@code limit} edits of {@code segment} (the same distance as
	 * {@link org.throughline.dsl.linking.NearestName}), nearest first, then alphabetically; at most {@code max}.
	 * For "did you mean" on names that link to nothing: built once per index on first use, it is searched instead of
	 * every name in a scope.
	 */
	public List<String> lastSegmentsNear(String segment, int limit, int max) {
		NameTree tree = nearNames;
		if (tree == null) {
			synchronized (this) {
				if (nearNames == null) {
					nearNames = new NameTree(byLastSegment.keySet());
				}
				tree = nearNames;
			}
		}
		return tree.near(segment, limit, max);
	}

	/** Every exported element whose qualified name ends in {@code segment} (case-sensitive), in load order. */
	public List<IEObjectDescription> withLastSegment(String segment) {
		return byLastSegment.getOrDefault(segment, List.of());
	}

	/**
	 * The elements exported under {@code name}, in load order. Names are case-sensitive in the plan language; a
	 * lookup that ignores case, which it never makes, asks each file in turn.
	 */
	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		if (ignoreCase) {
			List<IEObjectDescription> found = new ArrayList<>();
			for (IResourceDescription description : getAllResourceDescriptions()) {
				description.getExportedObjects(type, name, true).forEach(found::add);
			}
			return found;
		}
		List<IEObjectDescription> found = byName.getOrDefault(name, List.of());
		if (found.isEmpty() || found.stream().allMatch(d -> EcoreUtil2.isAssignableFrom(type, d.getEClass()))) {
			return Collections.unmodifiableList(found);
		}
		return found.stream().filter(d -> EcoreUtil2.isAssignableFrom(type, d.getEClass())).toList();
	}

	@Override
	public void addDescription(URI uri, IResourceDescription newDescription) {
		throw new UnsupportedOperationException(
				"a plan index is built whole, from every file of the workspace; replace it to change a file");
	}

	@Override
	public void removeDescription(URI uri) {
		throw new UnsupportedOperationException(
				"a plan index is built whole, from every file of the workspace; replace it to change a file");
	}
}
