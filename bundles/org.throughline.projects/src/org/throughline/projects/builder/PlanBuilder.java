package org.throughline.projects.builder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.settings.ProjectSettings;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.projects.changes.PlanChanges;
import org.throughline.projects.loading.PlanProjectLoader;
import org.throughline.projects.loading.UnsavedTexts;
import org.throughline.projects.markers.PlanMarkers;
import org.throughline.projects.markers.PlanMarkers.Wanted;

/**
 * Checks every .plan file of a plan project whenever one of them, or the project's settings file, changes: a unit
 * renamed in the organisation file breaks the references to it in the plan file, so all files are loaded and linked
 * together (as the language loads a folder), and every file's markers are brought up to date.
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

	/** Loads and checks all .plan files of {@code project} and updates their markers. */
	public static void check(IProject project, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Checking the plan files of " + project.getName(), 100);
		PlanWorkspace workspace;
		try {
			workspace = PlanProjectLoader.load(project);
		} catch (IOException e) {
			ILog.of(PlanBuilder.class).warn("The plan files of " + project.getName() + " cannot be read", e);
			return;
		}
		progress.worked(40);
		List<XtextResource> resources = workspace.resources();
		SubMonitor each = progress.split(60).setWorkRemaining(resources.size() + workspace.loadProblems().size() + 1);
		for (XtextResource resource : resources) {
			if (each.isCanceled()) {
				throw new OperationCanceledException();
			}
			IFile file = PlanProjectLoader.fileOf(resource);
			// a file open in an editor is checked there, as it is typed; its editor writes its markers
			if (file != null && !UnsavedTexts.isEdited(file)) {
				List<Issue> issues;
				try {
					issues = workspace.issues(resource, each::isCanceled);
				} catch (OperationCanceledError e) {
					throw new OperationCanceledException();
				}
				PlanMarkers.update(file, PlanMarkers.wanted(issues), null, each.split(1));
			} else {
				each.worked(1);
			}
		}
		for (PlanDiagnostic problem : workspace.loadProblems()) {
			IFile file = fileAt(project, problem);
			if (file != null) {
				PlanMarkers.update(file, List.of(Wanted.ofFile(problem.code(), problem.message())), null, each.split(1));
			}
		}
		IFile settings = project.getFile(ProjectSettings.FILE_NAME);
		List<Wanted> settingsProblems = new ArrayList<>();
		for (PlanDiagnostic problem : workspace.settingsProblems()) {
			settingsProblems.add(Wanted.ofLine(problem.code(), problem.message(), problem.line()));
		}
		PlanMarkers.update(settings, settingsProblems, null, each.split(1));
	}

	private static IFile fileAt(IProject project, PlanDiagnostic problem) {
		return project.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(problem.file().toString()));
	}
}
