package org.throughline.ui.wizards;

import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/** File > New > Plan Project: a project checked by the plan builder, with a first, empty plan file. */
public class NewPlanProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.throughline.ui.wizards.newPlanProject";

	private WizardNewProjectCreationPage page;
	private IFile created;

	public NewPlanProjectWizard() {
		setWindowTitle("New Plan Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// nothing is taken from the selection
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("planProject");
		page.setTitle("Plan project");
		page.setDescription("A project for a plan written in the plan language, checked whenever a file changes.");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		created = PlanProjects.createAndOpen(this, "The project could not be created", monitor -> PlanProjects.createEmpty(name, location, monitor));
		return created != null;
	}

	public IFile created() {
		return created;
	}
}
