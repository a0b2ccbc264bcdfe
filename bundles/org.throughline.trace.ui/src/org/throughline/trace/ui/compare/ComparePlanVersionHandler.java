package org.throughline.trace.ui.compare;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.throughline.dsl.versions.GitRevision;
import org.throughline.dsl.versions.GitRevision.Revision;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.projects.live.LivePlans;
import org.throughline.projects.loading.PlanVersions;

/**
 * Compare With > Plan Version... on a plan project or file (and Throughline > Compare With Plan Version... for the
 * file in the editor): asks for a git revision or a folder, then opens the compare editor with what changed.
 * The project is read as the editors hold it, unsaved texts included. The version chosen is remembered for the
 * project.
 */
public class ComparePlanVersionHandler extends AbstractHandler {

	private static final QualifiedName LAST_VERSION = new QualifiedName("org.throughline.trace.ui", "comparedWith");
	private static final String TITLE = "Compare With Plan Version";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		IResource resource = resource(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (resource == null || resource.getProject() == null) {
			MessageDialog.openInformation(shell, TITLE, "Select a plan project or a .plan file to compare.");
			return null;
		}
		IProject project = resource.getProject();
		List<Revision> revisions;
		try {
			revisions = GitRevision.recent(PlanVersions.location(project), 20);
		} catch (IOException e) {
			// not a git repository, or one that cannot be read: only another folder can be compared
			revisions = List.of();
		}
		PlanVersionDialog dialog = new PlanVersionDialog(shell, project, revisions, remembered(project));
		if (dialog.open() != Window.OK) {
			return null;
		}
		OtherVersion version = dialog.chosen();
		remember(project, version);
		String onlyFile = resource instanceof IFile file ? file.getProjectRelativePath().toString() : null;
		AtomicReference<PlanVersionComparison> comparison = new AtomicReference<>();
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask("Reading " + version.label() + " of " + project.getName(), IProgressMonitor.UNKNOWN);
				try {
					PlanWorkspace other = version.load(project);
					// the project as the editors show it, compared while its live model is held still
					comparison.set(LivePlans.of(project).read(current -> PlanVersionComparison.of(current, other, onlyFile)));
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			String reason = e.getCause() == null || e.getCause().getMessage() == null ? String.valueOf(e.getCause())
					: e.getCause().getMessage();
			MessageDialog.openError(shell, TITLE, "The plan cannot be compared with " + version.label() + ": " + reason);
			return null;
		} catch (InterruptedException e) {
			return null;
		}
		CompareUI.openCompareEditor(new PlanVersionCompareInput(comparison.get(), project.getName(), version));
		return null;
	}

	private static IResource resource(ISelection selection, IEditorPart editor) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			if (resource != null) {
				return resource;
			}
		}
		return editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
	}

	// "git:REV" or "folder:PATH", kept with the project between sessions
	private static OtherVersion remembered(IProject project) {
		try {
			String value = project.getPersistentProperty(LAST_VERSION);
			if (value == null || value.indexOf(':') < 0) {
				return null;
			}
			String rest = value.substring(value.indexOf(':') + 1);
			return value.startsWith("git:") ? OtherVersion.gitRevision(rest) : OtherVersion.folder(rest);
		} catch (CoreException e) {
			// a project closed or gone: nothing remembered, the dialog starts empty
			return null;
		}
	}

	private static void remember(IProject project, OtherVersion version) {
		try {
			project.setPersistentProperty(LAST_VERSION, (version.revision() ? "git:" : "folder:") + version.value());
		} catch (CoreException e) {
			// a project that cannot keep the choice is compared all the same
		}
	}
}
