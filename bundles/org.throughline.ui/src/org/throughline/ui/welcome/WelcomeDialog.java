package org.throughline.ui.welcome;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.throughline.examples.ExampleProject;
import org.throughline.ui.wizards.NewPlanProjectWizard;
import org.throughline.ui.wizards.PlanProjects;

/** "Welcome to Throughline": create the Bold Steps for Kent example, start an empty plan project, or neither. */
public class WelcomeDialog extends MessageDialog {

	public static final int EXAMPLE = 0;
	public static final int EMPTY = 1;
	public static final int LATER = 2;

	public WelcomeDialog(Shell parent) {
		super(parent, "Welcome to Throughline", null,
				"Throughline traces every commitment of a plan to the people who own it, the indicators that measure "
						+ "it and the consultation responses about it, and shows each gap as you write.\n\n"
						+ "Start with Kent County Council's \u201cBold Steps for Kent\u201d (2011/12 to 2014/15) to see a "
						+ "real plan and its gaps, or with an empty plan project of your own.",
				INFORMATION, 0, "Open the Bold Steps for Kent example", "New empty plan project", "Not now");
	}

	@Override
	protected void buttonPressed(int buttonId) {
		setReturnCode(buttonId);
		close();
		if (buttonId == EXAMPLE) {
			createExample(getParentShell());
		} else if (buttonId == EMPTY) {
			NewPlanProjectWizard wizard = new NewPlanProjectWizard();
			new WizardDialog(getParentShell(), wizard).open();
		}
	}

	/** Creates the example project under its own name (or a free variant of it) and opens its plan. */
	public static IFile createExample(Shell shell) {
		String name = ExampleProject.BOLD_STEPS_FOR_KENT.name();
		for (int n = 2; ResourcesPlugin.getWorkspace().getRoot().getProject(name).exists(); n++) {
			name = ExampleProject.BOLD_STEPS_FOR_KENT.name() + "-" + n;
		}
		String project = name;
		IFile[] created = new IFile[1];
		try {
			new ProgressMonitorDialog(shell).run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor)
						throws CoreException {
					created[0] = PlanProjects.createBoldStepsExample(project, monitor);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, "Bold Steps for Kent", "The example could not be created: "
					+ (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		PlanProjects.open(created[0]);
		return created[0];
	}
}
