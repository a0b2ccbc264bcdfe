package org.throughline.projects.builder;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Checks a project again outside a build: after an editor is closed without saving, its file's markers must say
 * what the file on disk says again.
 */
public class PlanCheckJob extends WorkspaceJob {

	private final IProject project;

	public PlanCheckJob(IProject project) {
		super("Checking the plan files of " + project.getName());
		this.project = project;
		setRule(project);
		setSystem(true);
	}

	public static void schedule(IProject project) {
		if (project != null && project.isAccessible()) {
			new PlanCheckJob(project).schedule();
		}
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		if (project.isAccessible()) {
			PlanBuilder.check(project, monitor);
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == PlanCheckJob.class;
	}
}
