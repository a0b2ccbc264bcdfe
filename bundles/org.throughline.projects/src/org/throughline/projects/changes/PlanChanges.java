package org.throughline.projects.changes;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.throughline.dsl.settings.ProjectSettings;
import org.throughline.dsl.workspace.PlanWorkspace;

/**
 * What a change in the workspace means for a plan project: the one place that decides whether it changes what the
 * project's plan says, for the builder, the editors and the views alike. A plan is read from its .plan files and
 * its settings file; a change that only adds markers or changes a file's sync state leaves it as it was.
 */
public final class PlanChanges {

	/** The changes of a file that change what can be read from it. */
	private static final int TEXT_CHANGES = IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.MOVED_FROM
			| IResourceDelta.MOVED_TO | IResourceDelta.ENCODING | IResourceDelta.DERIVED_CHANGED;

	private PlanChanges() {
	}

	/** Whether a plan is read from this resource: a .plan file, or a project's settings file. */
	public static boolean isPlanFile(IResource resource) {
		return resource.getType() == IResource.FILE && (PlanWorkspace.FILE_EXTENSION.equals(resource.getFileExtension())
				|| ProjectSettings.FILE_NAME.equals(resource.getName()));
	}

	/** Whether this change of a plan file changes what it says: it came, went, moved, or its text changed. */
	public static boolean changesText(IResourceDelta delta) {
		return delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & TEXT_CHANGES) != 0;
	}

	/**
	 * Whether the change, seen from a project's delta (or any delta above its files), changes what a plan file says;
	 * a change of {@code except} alone, such as an editor's own file, does not count.
	 *
	 * @param except a file whose changes are left out, or null
	 */
	public static boolean touchesPlan(IResourceDelta delta, IResource except) {
		boolean[] touched = { false };
		try {
			delta.accept(child -> {
				IResource resource = child.getResource();
				if (isPlanFile(resource) && !resource.equals(except) && changesText(child)) {
					touched[0] = true;
				}
				return !touched[0];
			});
		} catch (CoreException e) {
			// the visitor itself throws nothing: a change that cannot be read is taken to touch the plan
			return true;
		}
		return touched[0];
	}
}
