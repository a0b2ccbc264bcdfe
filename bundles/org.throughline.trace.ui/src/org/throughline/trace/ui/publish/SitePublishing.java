package org.throughline.trace.ui.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.throughline.cli.CommandFailure;
import org.throughline.cli.commands.HtmlCommand;
import org.throughline.cli.load.LoadedPlan;
import org.throughline.cli.output.SafeOutput;
import org.throughline.html.SiteGenerator;
import org.throughline.projects.PlanLanguage;
import org.throughline.projects.loading.PlanVersions;

/**
 * Publishes a plan project's site from the workbench exactly as {@code throughline html DIR -o OUT} does: the
 * project's saved files (loaded by {@link PlanVersions#saved}, with the findings the command line adds), the same
 * pages, written whole into a hidden folder beside OUT and put in its place only when complete. A cancelled run
 * leaves OUT as it was.
 */
public final class SitePublishing {

	private SitePublishing() {
	}

	/**
	 * Writes the site of {@code project}'s saved .plan files into {@code folder}.
	 *
	 * @return how many pages were written
	 * @throws CoreException              when the project cannot be read or the folder cannot be written, saying why
	 *                                    in one line
	 * @throws OperationCanceledException when the monitor was cancelled; the folder is as it was
	 */
	public static int publish(IProject project, Path folder, IProgressMonitor monitor) throws CoreException {
		monitor.beginTask("Publishing the site of " + project.getName(), IProgressMonitor.UNKNOWN);
		try {
			monitor.subTask("Reading the plan files");
			LoadedPlan plan = LoadedPlan.of(PlanLanguage.injector(), PlanVersions.location(project),
					PlanVersions.saved(project));
			checkCanceled(monitor);
			AtomicInteger files = new AtomicInteger();
			int[] pages = new int[1];
			SafeOutput.writeFolder(folder, SiteGenerator::holdsSite, "site",
					target -> pages[0] = HtmlCommand.publish(plan, null, target, path -> {
						checkCanceled(monitor);
						// pages are written on several threads; the monitor is told by one at a time
						synchronized (monitor) {
							monitor.subTask(files.incrementAndGet() + " files written");
							monitor.worked(1);
						}
					}));
			refresh(project, folder);
			return pages[0];
		} catch (CommandFailure | IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		} finally {
			monitor.done();
		}
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	// A site written into the workspace is shown there at once, not after the next refresh.
	private static void refresh(IProject project, Path folder) {
		for (IContainer container : project.getWorkspace().getRoot().findContainersForLocationURI(folder.toUri())) {
			try {
				container.refreshLocal(IResource.DEPTH_INFINITE, null);
			} catch (CoreException e) {
				// the site is written; the workspace catches up at its next refresh
			}
		}
	}

	/** What the workbench says when publishing fails: the one line the command line would print. */
	static IStatus failure(CoreException e) {
		return Status.error("The site was not published: " + e.getStatus().getMessage());
	}
}
