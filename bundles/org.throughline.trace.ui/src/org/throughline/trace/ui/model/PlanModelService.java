package org.throughline.trace.ui.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.throughline.projects.changes.PlanChanges;

/**
 * The plan model of every project in the workspace, kept up to date in the background.
 * <p>
 * When a .plan file or the settings file is added, changed, moved or removed (as {@link PlanChanges} decides), or
 * a project is opened or closed, the project is marked stale and one background job reloads the stale projects a
 * moment later, so that a burst of saves costs one load. Each reload publishes a new immutable {@link PlanModel}
 * and tells the listeners; nothing waits for it on the display thread. The service knows nothing of views: the
 * editor's builder can share it as it is.
 * <p>
 * One project is <em>in focus</em>: the one whose plan the dashboard, the matrix and the restructure view show.
 * It follows the user's selection; until something is selected it is the first project, by name, with a plan.
 */
public final class PlanModelService {

	/** The job family of the reload job, for tests and progress reporting that wait for the models to settle. */
	public static final Object FAMILY = PlanModelService.class;

	/** How long the job waits after a change for the next one, in milliseconds. */
	static final long SETTLE_DELAY = 250;

	private final IWorkspace workspace;
	private final Map<String, PlanModel> models = new ConcurrentHashMap<>();
	private final Set<String> stale = ConcurrentHashMap.newKeySet();
	private final ListenerList<PlanModelListener> listeners = new ListenerList<>();
	private final AtomicLong generations = new AtomicLong();
	private final IResourceChangeListener resourceListener = this::resourceChanged;
	private final PlanModelLoader loader = new PlanModelLoader();
	private final Job reload = new ReloadJob();
	private volatile String focus;

	public PlanModelService(IWorkspace workspace) {
		this.workspace = workspace;
	}

	/** Listens to the workspace and loads every open project. */
	public void start() {
		workspace.addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
		for (IProject project : workspace.getRoot().getProjects()) {
			stale.add(project.getName());
		}
		reload.schedule();
	}

	public void stop() {
		workspace.removeResourceChangeListener(resourceListener);
		reload.cancel();
	}

	public void addListener(PlanModelListener listener) {
		listeners.add(listener);
	}

	public void removeListener(PlanModelListener listener) {
		listeners.remove(listener);
	}

	/** The current model of a project; empty while it loads for the first time, or when it has no plan. */
	public Optional<PlanModel> model(String project) {
		return project == null ? Optional.empty() : Optional.ofNullable(models.get(project));
	}

	/** Every project's current model, by project name. */
	public List<PlanModel> models() {
		List<PlanModel> all = new ArrayList<>(models.values());
		all.sort(Comparator.comparing(PlanModel::project));
		return all;
	}

	/** The model of the project in focus. */
	public Optional<PlanModel> focusedModel() {
		PlanModel focused = focus == null ? null : models.get(focus);
		if (focused != null) {
			return Optional.of(focused);
		}
		List<PlanModel> all = models();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
	}

	/** Puts a project in focus; does nothing when it is in focus already or has no plan model. */
	public void focus(String project) {
		if (project == null || project.equals(focus) || !models.containsKey(project)) {
			return;
		}
		focus = project;
		for (PlanModelListener listener : listeners) {
			listener.focusChanged(project);
		}
	}

	// ------------------------------------------------------------------ following the workspace

	private void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		try {
			delta.accept(this::visit);
		} catch (CoreException e) {
			// the visitor throws nothing itself; reload everything rather than miss a change
			for (IProject project : workspace.getRoot().getProjects()) {
				stale.add(project.getName());
			}
		}
		if (!stale.isEmpty()) {
			reload.schedule(SETTLE_DELAY);
		}
	}

	private boolean visit(IResourceDelta delta) {
		IResource resource = delta.getResource();
		switch (resource.getType()) {
			case IResource.ROOT:
				return true;
			case IResource.PROJECT:
				if (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.OPEN) != 0
						|| (delta.getFlags() & IResourceDelta.DESCRIPTION) != 0) {
					stale.add(resource.getName());
					return false;
				}
				return !stale.contains(resource.getName());
			case IResource.FOLDER:
				// a derived folder's files are not part of the plan
				return !resource.isDerived() || delta.getKind() != IResourceDelta.CHANGED;
			case IResource.FILE:
				if (PlanChanges.isPlanFile(resource) && PlanChanges.changesText(delta)) {
					stale.add(resource.getProject().getName());
				}
				return false;
			default:
				return false;
		}
	}

	// ------------------------------------------------------------------ reloading

	private final class ReloadJob extends Job {

		ReloadJob() {
			super("Loading plans");
			setSystem(true);
			setPriority(Job.SHORT);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			while (!stale.isEmpty()) {
				String name = stale.iterator().next();
				stale.remove(name);
				try {
					reloadProject(name, monitor);
				} catch (OperationCanceledException e) {
					stale.add(name);
					return Status.CANCEL_STATUS;
				} catch (CoreException e) {
					// the workspace changed under the load; the change itself marks the project stale again
				} catch (RuntimeException e) {
					ILog.of(PlanModelService.class).error("The plan of the project " + name + " could not be loaded", e);
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
			}
			return Status.OK_STATUS;
		}
	}

	private void reloadProject(String name, IProgressMonitor monitor) throws CoreException {
		IProject project = workspace.getRoot().getProject(name);
		List<IFile> files = project.isAccessible() ? PlanModelLoader.planFiles(project) : List.of();
		PlanModel model = files.isEmpty() ? null
				: loader.load(project, files, generations.incrementAndGet(), monitor);
		PlanModel before = model == null ? models.remove(name) : models.put(name, model);
		if (before == null && model == null) {
			return;
		}
		for (PlanModelListener listener : listeners) {
			listener.modelChanged(name, model);
		}
	}
}
