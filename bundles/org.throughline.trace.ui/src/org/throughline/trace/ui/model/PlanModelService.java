package org.throughline.trace.ui.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.throughline.projects.live.LivePlan;
import org.throughline.projects.live.LivePlans;
import org.throughline.views.model.PlanModel;
import org.throughline.views.model.PlanModelListener;

/**
 * The plan model of every project in the workspace, kept up to date in the background.
 * <p>
 * Whenever a project's {@link LivePlan live model} changes, or a change waits to be applied to it (a file saved or
 * edited in an editor, a project opened or closed), the project is marked stale and one background job makes a new
 * {@link PlanModel} of the stale projects a moment later, so that a burst of changes costs one copy. Each model is
 * an immutable copy of the live one, published to the listeners; nothing waits for it on the display thread.
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
	private final Consumer<LivePlan> planListener = this::planChanged;
	private final Job reload = new ReloadJob();
	private volatile String focus;

	public PlanModelService(IWorkspace workspace) {
		this.workspace = workspace;
	}

	/** Listens to the workspace and loads every open project. */
	public void start() {
		LivePlans.addListener(planListener);
		for (IProject project : workspace.getRoot().getProjects()) {
			stale.add(project.getName());
		}
		reload.schedule();
	}

	public void stop() {
		LivePlans.removeListener(planListener);
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

	/**
	 * A project whose model went (deleted, closed, emptied) is no longer in focus, so that putting it in focus again
	 * once it is back tells the views, which meanwhile show another project.
	 */
	private void noLongerInFocus(String project) {
		if (project.equals(focus)) {
			focus = null;
		}
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

	// ------------------------------------------------------------------ following the live models

	private void planChanged(LivePlan plan) {
		if (plan.project() != null) {
			stale.add(plan.project().getName());
			reload.schedule(SETTLE_DELAY);
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
				} catch (IOException e) {
					// the project's files cannot be listed (it went while it was read): it has no plan now
					if (models.remove(name) != null) {
						noLongerInFocus(name);
						listeners.forEach(listener -> listener.modelChanged(name, null));
					}
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

	private void reloadProject(String name, IProgressMonitor monitor) throws IOException {
		IProject project = workspace.getRoot().getProject(name);
		PlanModel model = null;
		if (project.isAccessible() && project.getLocation() != null) {
			long generation = generations.incrementAndGet();
			model = LivePlans.of(project).read(loaded -> {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				return loaded.resources().isEmpty() ? null : PlanModel.copyOf(name, generation, loaded);
			});
		}
		PlanModel before = model == null ? models.remove(name) : models.put(name, model);
		if (before == null && model == null) {
			return;
		}
		if (model == null) {
			noLongerInFocus(name);
		}
		for (PlanModelListener listener : listeners) {
			listener.modelChanged(name, model);
		}
	}
}
