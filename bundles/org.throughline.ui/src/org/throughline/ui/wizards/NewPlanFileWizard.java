package org.throughline.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * File > New > Plan File: a new module of the plan language in a project, named after its project and file, and
 * opened in the plan editor. The project becomes a plan project if it was not one, so that the file is checked.
 */
public class NewPlanFileWizard extends Wizard implements INewWizard {

	public static final String ID = "org.throughline.ui.wizards.newPlanFile";

	private IStructuredSelection selection;
	private WizardNewFileCreationPage page;
	private IFile created;

	public NewPlanFileWizard() {
		setWindowTitle("New Plan File");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.selection = selection;
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("planFile", selection) {
			@Override
			protected void createAdvancedControls(Composite parent) {
				// no "link to a file elsewhere": this wizard writes the new module itself
			}

			@Override
			protected IStatus validateLinkedResource() {
				return Status.OK_STATUS;
			}
		};
		page.setTitle("Plan file");
		page.setDescription("A module of the plan language, checked with the project's other plan files.");
		page.setFileExtension("plan");
		page.setFileName("plan.plan");
		page.setAllowExistingResources(false);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IPath folder = page.getContainerFullPath();
		String name = page.getFileName();
		created = PlanProjects.createAndOpen(this, "The plan file could not be created",
				monitor -> PlanProjects.createPlanFile(folder, name, monitor));
		return created != null;
	}

	public IFile created() {
		return created;
	}
}
