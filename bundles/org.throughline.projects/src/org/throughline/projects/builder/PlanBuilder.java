package org.throughline.projects.builder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.service.OperationCanceledError;
import org.throughline.dsl.settings.ProjectSettings;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.projects.changes.PlanChanges;
import org.throughline.projects.live.LivePlan;
import org.throughline.projects.live.LivePlans;
import org.throughline.projects.loading.UnsavedTexts;
import org.throughline.projects.markers.PlanMarkers;
import org.throughline.projects.markers.PlanMarkers.Wanted;

/**
 * Checks every .plan file of a plan project whenever one of them, or the project's settings file, changes: a unit
 * renamed in the organisation file breaks the references to it in the plan file, so all files are loaded and linked
 * together in the project's {@link LivePlan live model}, and every file's markers are brought up to date.
 */
public class PlanBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.throughline.projects.planBuilder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		if (kind != FULL_BUILD && kind != CLEAN_BUILD) {
			IResourceDelta delta = getDelta(getProject());
			if (delta != null && !PlanChanges.touchesPlan(delta, null)) {
				return null;
			}
		}
		check(getProject(), monitor);
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(PlanMarkers.TYPE, true, IResource.DEPTH_INFINITE);
	}

	/**
	 * Checks all .plan files of {@code project} in its live model and updates their markers. The model is held
	 * one file at a time, so that an editor waits for one file's check at most; when the model moves on between
	 * files, the change schedules another check.
	 */
	public static void check(IProject project, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Checking the plan files of " + project.getName(), 100);
		LivePlan live = LivePlans.of(project);
		List<Path> files;
		try {
			files = live.read(workspace -> workspace.resources().stream().map(PlanWorkspace::fileOf).toList());
		} catch (IOException e) {
			ILog.of(PlanBuilder.class).warn("The plan files of " + project.getName() + " cannot be read", e);
			return;
		}
		progress.worked(10);
		SubMonitor each = progress.split(90).setWorkRemaining(files.size() + 2);
		for (Path path : files) {
			if (each.isCanceled()) {
				throw new OperationCanceledException();
			}
			IFile file = fileAt(project, path);
			// a file open in an editor is checked there, as it is typed; its editor writes its markers
			if (file == null || UnsavedTexts.isEdited(file)) {
				each.worked(1);
				continue;
			}
			List<Wanted> wanted = read(live, workspace -> workspace.resource(path)
					.map(resource -> PlanMarkers.wanted(workspace.issues(resource, each::isCanceled))).orElse(null));
			if (wanted != null) {
				PlanMarkers.update(file, wanted, null, each.split(1));
			} else {
				each.worked(1);
			}
		}
		Map<IFile, List<Wanted>> fileProblems = new HashMap<>();
		IFile settings = project.getFile(ProjectSettings.FILE_NAME);
		List<Wanted> settingsProblems = new ArrayList<>();
		read(live, workspace -> {
			for (PlanDiagnostic problem : workspace.loadProblems()) {
				IFile file = fileAt(project, problem.file());
				if (file != null) {
					fileProblems.put(file, List.of(Wanted.ofFile(problem.code(), problem.message())));
				}
			}
			for (PlanDiagnostic problem : workspace.settingsProblems()) {
				settingsProblems.add(Wanted.ofLine(problem.code(), problem.message(), problem.line()));
			}
			return null;
		});
		SubMonitor problems = each.split(1).setWorkRemaining(fileProblems.size());
		fileProblems.forEach((file, wanted) -> {
			try {
				PlanMarkers.update(file, wanted, null, problems.split(1));
			} catch (CoreException e) {
				ILog.of(PlanBuilder.class).warn("The markers of " + file.getFullPath() + " cannot be written", e);
			}
		});
		PlanMarkers.update(settings, settingsProblems, null, each.split(1));
	}

	/** What {@code work} reads from the live model; a cancelled check ends the build as cancelled. */
	private static <T> T read(LivePlan live, Function<PlanWorkspace, T> work) {
		try {
			return live.read(work);
		} catch (OperationCanceledError e) {
			throw new OperationCanceledException();
		} catch (IOException e) {
			ILog.of(PlanBuilder.class).warn("The plan files of " + live.name() + " cannot be read", e);
			return null;
		}
	}

	private static IFile fileAt(IProject project, Path file) {
		return project.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(file.toString()));
	}
}
