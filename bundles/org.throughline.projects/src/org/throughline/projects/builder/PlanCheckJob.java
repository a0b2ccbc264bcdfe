package org.throughline.projects.builder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Checks a project again outside a build, when what an editor holds changed: a file's unsaved text changes what the
 * project's other files mean, and once an editor is closed without saving, its file's markers must say what the
 * file on disk says again.
 * <p>
 * One job per project: asked again while it waits, it runs once, with the texts as they are then; asked while it
 * runs, it runs once more afterwards.
 */
public class PlanCheckJob extends WorkspaceJob {

	/** How long the job waits for more changes before it starts, in milliseconds. */
	private static final long DELAY = 500;

	private static final Map<IProject, PlanCheckJob> JOBS = new ConcurrentHashMap<>();

	private final IProject project;

	private PlanCheckJob(IProject project) {
		super("Checking the plan files of " + project.getName());
		this.project = project;
		setRule(project);
		setSystem(true);
	}

	public static void schedule(IProject project) {
		if (project != null && project.isAccessible()) {
			JOBS.computeIfAbsent(project, PlanCheckJob::new).schedule(DELAY);
		}
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		if (project.isAccessible()) {
			PlanBuilder.check(project, monitor);
		} else {
			JOBS.remove(project, this);
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == PlanCheckJob.class;
	}
}
