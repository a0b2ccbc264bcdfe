package org.throughline.dsl.settings;

import java.nio.file.Path;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Remembers, on a resource set, the root of the plan folder it was loaded from, so that a file in a subfolder is
 * validated with the settings at the root. Without it, a file's own folder is taken as the root.
 */
public final class PlanFolder extends AdapterImpl {

	private final Path root;

	private PlanFolder(Path root) {
		this.root = root;
	}

	/** Marks {@code resourceSet} as holding the plan folder {@code root}. */
	public static void install(ResourceSet resourceSet, Path root) {
		PlanFolder existing = (PlanFolder) EcoreUtil.getExistingAdapter(resourceSet, PlanFolder.class);
		if (existing != null) {
			resourceSet.eAdapters().remove(existing);
		}
		resourceSet.eAdapters().add(new PlanFolder(root.toAbsolutePath().normalize()));
	}

	/** The plan folder that holds {@code resource}; {@code null} when it is not a file on disk. */
	public static Path of(Resource resource) {
		ResourceSet resourceSet = resource.getResourceSet();
		PlanFolder folder = resourceSet == null ? null
				: (PlanFolder) EcoreUtil.getExistingAdapter(resourceSet, PlanFolder.class);
		if (folder != null) {
			return folder.root;
		}
		URI uri = resource.getURI();
		if (uri == null || !uri.isFile()) {
			return null;
		}
		Path file = Path.of(uri.toFileString()).toAbsolutePath().normalize();
		return file.getParent();
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == PlanFolder.class;
	}
}
