package org.throughline.trace.ui.publish;

import java.nio.file.Path;
import java.util.function.IntConsumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Publishing a project's site in the background, with its progress in the Progress view; it can be cancelled. */
public final class PublishSiteJob extends Job {

	/** The family of publishing jobs, for those who wait for them. */
	public static final Object FAMILY = PublishSiteJob.class;

	private final IProject project;
	private final Path folder;
	private final IntConsumer published;

	/**
	 * @param published told how many pages were written, once the site is in place
	 */
	public PublishSiteJob(IProject project, Path folder, IntConsumer published) {
		super("Publishing the site of " + project.getName());
		this.project = project;
		this.folder = folder;
		this.published = published;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			published.accept(SitePublishing.publish(project, folder, monitor));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return SitePublishing.failure(e);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
