package org.throughline.projects.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.throughline.dsl.settings.ProjectSettings;
import org.throughline.projects.changes.PlanChanges;
import org.throughline.projects.loading.PlanProjectLoader;
import org.throughline.projects.loading.UnsavedTexts;

/**
 * The live model of every plan project in the workspace, one each, made on first use, and the one listener that
 * tells them what a change in the workspace or in an editor means for them ({@link PlanChanges} decides which
 * changes of a file count).
 */
public final class LivePlans {

	private static final Map<IProject, LivePlan> PLANS = new ConcurrentHashMap<>();
	private static final List<Consumer<LivePlan>> LISTENERS = new CopyOnWriteArrayList<>();
	private static final IResourceChangeListener RESOURCES = LivePlans::resourceChanged;
	private static final Consumer<IFile> EDITS = LivePlans::edited;
	private static volatile boolean listening;

	private LivePlans() {
	}

	/** The live model of a workspace project. */
	public static LivePlan of(IProject project) {
		listen();
		return PLANS.computeIfAbsent(project, p -> {
			LivePlan plan = new LivePlan(p);
			LISTENERS.forEach(plan::addListener);
			return plan;
		});
	}

	/**
	 * Calls {@code listener} with a project's live model whenever it changed or a change waits to be applied to it,
	 * for every project, made now or later.
	 */
	public static void addListener(Consumer<LivePlan> listener) {
		listen();
		LISTENERS.add(listener);
		PLANS.values().forEach(plan -> plan.addListener(listener));
	}

	public static void removeListener(Consumer<LivePlan> listener) {
		LISTENERS.remove(listener);
		PLANS.values().forEach(plan -> plan.removeListener(listener));
	}

	private static synchronized void listen() {
		if (!listening) {
			listening = true;
			ResourcesPlugin.getWorkspace().addResourceChangeListener(RESOURCES, IResourceChangeEvent.POST_CHANGE);
			UnsavedTexts.addListener(EDITS);
		}
	}

	/** An editor's unsaved text of a file changed, or went back to what is on disk. */
	private static void edited(IFile file) {
		LivePlan plan = PLANS.get(file.getProject());
		java.nio.file.Path location = PlanProjectLoader.pathOf(file);
		if (plan != null && location != null) {
			plan.noteChanged(location);
		}
	}

	private static void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		for (IResourceDelta projectDelta : delta.getAffectedChildren()) {
			IProject project = (IProject) projectDelta.getResource();
			LivePlan plan = PLANS.get(project);
			if (plan != null) {
				changed(plan, projectDelta);
			} else if (project.isAccessible() && (projectDelta.getKind() == IResourceDelta.ADDED
					|| (projectDelta.getFlags() & IResourceDelta.OPEN) != 0 || PlanChanges.touchesPlan(projectDelta, null))) {
				// a project that came, opened or got its first plan file: its readers hear of it as of any change
				of(project).noteReload();
			}
		}
	}

	private static void changed(LivePlan plan, IResourceDelta projectDelta) {
		if (projectDelta.getKind() != IResourceDelta.CHANGED
				|| (projectDelta.getFlags() & (IResourceDelta.OPEN | IResourceDelta.DESCRIPTION)) != 0) {
			plan.noteReload();
			return;
		}
		try {
			projectDelta.accept(child -> {
				IResource resource = child.getResource();
				if (!PlanChanges.isPlanFile(resource) || !PlanChanges.changesText(child)) {
					return true;
				}
				if (child.getKind() != IResourceDelta.CHANGED || ProjectSettings.FILE_NAME.equals(resource.getName())
						|| (child.getFlags() & (IResourceDelta.MOVED_FROM | IResourceDelta.MOVED_TO)) != 0) {
					plan.noteReload();
				} else if (PlanProjectLoader.pathOf((IFile) resource) != null) {
					plan.noteChanged(PlanProjectLoader.pathOf((IFile) resource));
				}
				return true;
			});
		} catch (CoreException e) {
			// the visitor throws nothing itself: load again rather than miss a change
			plan.noteReload();
		}
	}
}
