package org.throughline.trace.ui.publish;

import java.net.MalformedURLException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.throughline.trace.ui.TraceUiPlugin;

/**
 * Throughline > Publish Site... (and on a plan project's context menu): saves the project's editors if the user
 * agrees, asks for the site's folder (remembered for the project; first beside the project, named after it),
 * publishes in the background, and opens the site's index in the browser when it is written.
 */
public class PublishSiteHandler extends AbstractHandler {

	private static final QualifiedName SITE_FOLDER = new QualifiedName("org.throughline.trace.ui", "siteFolder");
	private static final String TITLE = "Publish Site";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		IProject project = project(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (project == null || project.getLocation() == null) {
			MessageDialog.openInformation(shell, TITLE, "Select a plan project, or open one of its .plan files.");
			return null;
		}
		// the site shows the files as saved, as the command line would
		if (!IDE.saveAllEditors(new IResource[] { project }, true)) {
			return null;
		}
		DirectoryDialog dialog = new DirectoryDialog(shell, 0);
		dialog.setText(TITLE);
		dialog.setMessage("The folder for the site of " + project.getName()
				+ ": new, empty, or holding an earlier site, which is replaced");
		dialog.setFilterPath(remembered(project).toString());
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path folder = Path.of(chosen);
		remember(project, folder);
		Display display = shell.getDisplay();
		PublishSiteJob job = new PublishSiteJob(project, folder,
				pages -> display.asyncExec(() -> open(folder, pages)));
		job.schedule();
		return null;
	}

	private static IProject project(ISelection selection, IEditorPart editor) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			if (resource != null) {
				return resource.getProject();
			}
		}
		IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (file != null) {
			return file.getProject();
		}
		return TraceUiPlugin.planModels().focusedModel()
				.map(model -> ResourcesPlugin.getWorkspace().getRoot().getProject(model.project())).orElse(null);
	}

	private static Path remembered(IProject project) {
		try {
			String folder = project.getPersistentProperty(SITE_FOLDER);
			if (folder != null) {
				return Path.of(folder);
			}
		} catch (CoreException e) {
			// first time: the default below
		}
		Path location = Path.of(project.getLocation().toOSString());
		Path parent = location.getParent() == null ? location : location.getParent();
		return parent.resolve(project.getName() + "-site");
	}

	private static void remember(IProject project, Path folder) {
		try {
			project.setPersistentProperty(SITE_FOLDER, folder.toString());
		} catch (CoreException e) {
			// the site is published all the same; the folder is asked for again next time
		}
	}

	// The site's index in the workbench's browser support (the system's browser when there is no internal one).
	private static void open(Path folder, int pages) {
		Path index = folder.resolve("index.html");
		try {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(index.toUri().toURL());
		} catch (PartInitException | MalformedURLException e) {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
					: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			MessageDialog.openInformation(shell, TITLE, "Published " + pages + " pages to " + folder
					+ ". No browser could be opened; open " + index + " to read the site.");
		}
	}
}
