package org.throughline.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.throughline.dsl.drafting.PlanDraft;
import org.throughline.dsl.sources.SourceTexts;

/**
 * File > New > Plan from Document: a first draft of a plan read from a plan written as prose, by the same
 * {@link PlanDraft} as {@code throughline draft}. A document from outside the workspace is copied into the project's
 * {@value SourceTexts#FOLDER} folder, so that the draft's citations find it.
 */
public class PlanFromDocumentWizard extends Wizard implements INewWizard {

	public static final String ID = "org.throughline.ui.wizards.planFromDocument";

	private PlanFromDocumentPages.Choices choices;
	private PlanFromDocumentPages.Preview preview;
	private IStructuredSelection selection;
	private IFile created;

	public PlanFromDocumentWizard() {
		setWindowTitle("New Plan from Document");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.selection = selection;
	}

	@Override
	public void addPages() {
		choices = new PlanFromDocumentPages.Choices(initialDocument(), initialFolder());
		preview = new PlanFromDocumentPages.Preview(choices);
		addPage(choices);
		addPage(preview);
	}

	/** A text or Markdown file selected in the workspace, to draft from. */
	private Path initialDocument() {
		IResource resource = selected();
		return resource instanceof IFile file && file.getLocation() != null
				&& PlanFromDocumentPages.isDocumentName(file.getName()) ? file.getLocation().toPath() : null;
	}

	/** The folder the draft goes in: the selected folder or project, or the project of the selected file. */
	private IContainer initialFolder() {
		IResource resource = selected();
		if (resource instanceof IFile file) {
			return file.getProject();
		}
		return resource instanceof IContainer container && container.getType() != IResource.ROOT ? container : null;
	}

	private IResource selected() {
		if (selection == null || selection.isEmpty()) {
			return null;
		}
		Object first = selection.getFirstElement();
		return first instanceof IResource resource ? resource
				: first instanceof IAdaptable adaptable ? adaptable.getAdapter(IResource.class) : null;
	}

	@Override
	public boolean canFinish() {
		// the draft is written once its candidates have been shown
		return getContainer().getCurrentPage() == preview && preview.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		PlanDraft draft = preview.draft();
		Path document = choices.document();
		IContainer folder = choices.folder();
		IFile plan = folder.getFile(IPath.fromPortableString(choices.fileName()));
		String name = choices.name();
		created = PlanProjects.createAndOpen(this, "The draft could not be written",
				monitor -> write(draft, document, name, plan, monitor));
		return created != null;
	}

	/**
	 * Writes the draft as {@code plan}, citing {@code document} where it stands in the workspace, else where it is
	 * copied to in the project's sources folder. Nothing is written over: an existing plan file, or another file of
	 * the document's name in the sources folder, stops it before anything is written.
	 */
	static IFile write(PlanDraft draft, Path document, String name, IFile plan, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing the draft " + plan.getName(), 3);
		if (plan.exists()) {
			throw new CoreException(Status.error(plan.getFullPath() + " already exists"));
		}
		Path cited = document;
		IFile copy = null;
		byte[] bytes = null;
		if (inWorkspace(document) == null) {
			copy = plan.getProject().getFolder(SourceTexts.FOLDER).getFile(document.getFileName().toString());
			bytes = read(document);
			if (copy.exists() && !java.util.Arrays.equals(bytes, read(copy.getLocation().toPath()))) {
				throw new CoreException(Status.error(copy.getFullPath() + " already exists with other text; "
						+ "rename one of them or draft from the one in the workspace"));
			}
			cited = copy.getLocation().toPath();
		}
		String text = draft.writeFor(cited, name, plan.getLocation().toPath());
		if (copy != null && !copy.exists()) {
			PlanProjects.createFolders(copy.getParent(), progress.split(1));
			copy.create(new ByteArrayInputStream(bytes), IResource.NONE, progress.split(1));
		}
		// the whole text is made before the file is created, and an existing file is never replaced
		PlanProjects.writeNew(plan, text, progress.split(1));
		return plan;
	}

	/** The workspace file at {@code document}, or null when it is outside the workspace. */
	static IFile inWorkspace(Path document) {
		for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(document.toUri())) {
			if (file.isAccessible()) {
				return file;
			}
		}
		return null;
	}

	private static byte[] read(Path file) throws CoreException {
		try {
			return Files.readAllBytes(file);
		} catch (IOException | InvalidPathException e) {
			throw new CoreException(new Status(IStatus.ERROR, "org.throughline.ui", file + " cannot be read", e));
		}
	}

	/** The plan file written, once the wizard has finished. */
	public IFile created() {
		return created;
	}

	public PlanFromDocumentPages.Choices choices() {
		return choices;
	}

	public PlanFromDocumentPages.Preview preview() {
		return preview;
	}
}
