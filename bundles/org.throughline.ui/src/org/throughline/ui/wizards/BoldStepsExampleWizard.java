package org.throughline.ui.wizards;


import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.throughline.examples.ExampleProject;

/** File > New > Example > Bold Steps for Kent: the example plan project, ready to edit. */
public class BoldStepsExampleWizard extends Wizard implements INewWizard {

	public static final String ID = "org.throughline.ui.wizards.boldStepsExample";

	private Text name;
	private IFile created;

	public BoldStepsExampleWizard() {
		setWindowTitle("Bold Steps for Kent Example");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// nothing is taken from the selection
	}

	@Override
	public void addPages() {
		addPage(new WizardPage("example") {
			@Override
			public void createControl(Composite parent) {
				setTitle("Bold Steps for Kent");
				setDescription("Kent County Council's medium-term plan 2011/12 to 2014/15, written from the autumn 2010 papers.");
				Composite composite = new Composite(parent, SWT.NONE);
				composite.setLayout(new GridLayout(2, false));
				Label about = new Label(composite, SWT.WRAP);
				about.setText("The example traces the plan's commitments to the council's directorates, the indicators "
						+ "that measure them and the consultation responses about them. The documents name no owner "
						+ "for most commitments, so the plan opens with the gaps to fill.");
				GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
				wide.widthHint = 420;
				about.setLayoutData(wide);
				new Label(composite, SWT.NONE).setText("Project name:");
				name = new Text(composite, SWT.BORDER);
				name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				name.setText(ExampleProject.BOLD_STEPS_FOR_KENT.name());
				name.addModifyListener(e -> validate(this));
				setControl(composite);
				validate(this);
			}
		});
	}

	private void validate(WizardPage page) {
		String project = name.getText().strip();
		String problem = project.isEmpty() ? "Give the project a name"
				: !ResourcesPlugin.getWorkspace().validateName(project, IResource.PROJECT).isOK()
						? "\u2018" + project + "\u2019 cannot be a project name"
						: ResourcesPlugin.getWorkspace().getRoot().getProject(project).exists()
								? "A project called " + project + " already exists" : null;
		page.setErrorMessage(problem);
		page.setPageComplete(problem == null);
	}

	@Override
	public boolean performFinish() {
		String project = name.getText().strip();
		created = PlanProjects.createAndOpen(this, "The example could not be created", monitor -> PlanProjects.createBoldStepsExample(project, monitor));
		return created != null;
	}

	public IFile created() {
		return created;
	}
}
