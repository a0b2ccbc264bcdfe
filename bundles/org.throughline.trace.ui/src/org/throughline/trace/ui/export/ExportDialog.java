package org.throughline.trace.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPartSite;
import org.throughline.cli.CommandFailure;
import org.throughline.trace.ui.TraceUiPlugin;

/**
 * Exports from a view or editor: asks for the file, starting in the folder of the last export or else in the
 * project's own folder (not the product's installation, where a file dialog starts by default), writes it as the
 * command line writes its outputs (whole or not at all, readable as any file the user makes), and says where it
 * went on the status line.
 */
public final class ExportDialog {

	private static final String LAST_FOLDER = "lastExportFolder";

	/** Writes one export file. */
	@FunctionalInterface
	public interface Export {
		/** Writes the export to {@code file} and says what it wrote, such as "101 commitments". */
		String writeTo(Path file) throws CommandFailure;
	}

	private ExportDialog() {
	}

	/**
	 * Asks for the file and writes it.
	 *
	 * @param title     the dialog's title, also of the message when writing fails
	 * @param extension without the dot, e.g. {@code csv}
	 * @param fileName  the name proposed
	 * @param project   the project the export comes from, whose folder the dialog opens in the first time
	 */
	public static void run(IWorkbenchPartSite site, String title, String extension, String fileName, String project,
			Export export) {
		FileDialog dialog = new FileDialog(site.getShell(), SWT.SAVE);
		dialog.setText(title);
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFileName(fileName);
		dialog.setOverwrite(true);
		startFolder(project).ifPresent(folder -> dialog.setFilterPath(folder.toString()));
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		try {
			String written = export.writeTo(file);
			settings().put(LAST_FOLDER, file.toAbsolutePath().getParent().toString());
			statusLine(site, "Exported " + written + " to " + file);
		} catch (CommandFailure e) {
			MessageDialog.openError(site.getShell(), title, "The export was not written: " + e.getMessage());
		}
	}

	/** The folder of the last export when it is still there, else the project's folder. */
	public static Optional<Path> startFolder(String project) {
		String last = settings().get(LAST_FOLDER);
		if (last != null && Files.isDirectory(Path.of(last))) {
			return Optional.of(Path.of(last));
		}
		if (project == null) {
			return Optional.empty();
		}
		IProject workspaceProject = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
		return workspaceProject.getLocation() == null ? Optional.empty()
				: Optional.of(workspaceProject.getLocation().toFile().toPath());
	}

	private static IDialogSettings settings() {
		IDialogSettings all = TraceUiPlugin.getDefault().getDialogSettings();
		IDialogSettings section = all.getSection(ExportDialog.class.getSimpleName());
		return section != null ? section : all.addNewSection(ExportDialog.class.getSimpleName());
	}

	private static void statusLine(IWorkbenchPartSite site, String message) {
		if (site instanceof IEditorSite editor) {
			editor.getActionBars().getStatusLineManager().setMessage(message);
		} else if (site instanceof IViewSite view) {
			view.getActionBars().getStatusLineManager().setMessage(message);
		}
	}
}
