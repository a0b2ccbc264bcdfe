package org.throughline.trace.ui.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File > Import > Throughline > Plan Data from CSV or Excel: the plan project and the spreadsheet, then the
 * preview of every file the import changes, or the rows that cannot be imported, before anything is changed.
 */
public class PlanImportWizard extends Wizard implements IImportWizard {

	private SourcePage page;
	private IProject selected;

	public PlanImportWizard() {
		setWindowTitle("Import Plan Data");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		Object first = selection == null || selection.isEmpty() ? null : selection.getFirstElement();
		IResource resource = first == null ? null : Adapters.adapt(first, IResource.class);
		selected = resource == null ? null : resource.getProject();
	}

	@Override
	public void addPages() {
		page = new SourcePage(selected);
		addPage(page);
	}

	/** The page's choices, for a caller that fills them in (a test). */
	public SourcePage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		PlanImportRefactoring refactoring = new PlanImportRefactoring(page.project(), page.spreadsheet());
		int outcome = open(refactoring);
		// back to the page when the preview was cancelled or refused, to choose again
		return outcome == IDialogConstants.OK_ID;
	}

	private int open(PlanImportRefactoring refactoring) {
		try {
			return new RefactoringWizardOpenOperation(wizardFor(refactoring)).run(getShell(), getWindowTitle());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return IDialogConstants.CANCEL_ID;
		}
	}

	/** The preview of an import: no input of its own, only the changes (or the problems) to look at first. */
	public static RefactoringWizard wizardFor(PlanImportRefactoring refactoring) {
		RefactoringWizard wizard = new RefactoringWizard(refactoring,
				RefactoringWizard.DIALOG_BASED_USER_INTERFACE | RefactoringWizard.PREVIEW_EXPAND_FIRST_NODE) {
			@Override
			protected void addUserInputPages() {
				// nothing to ask: the spreadsheet says it all
			}
		};
		wizard.setForcePreviewReview(true);
		wizard.setDefaultPageTitle(refactoring.getName());
		return wizard;
	}

	/** Which plan project, and which spreadsheet. */
	public static final class SourcePage extends WizardPage {

		private final IProject initial;
		private List<IProject> projects;
		private Combo projectCombo;
		private Text file;

		SourcePage(IProject initial) {
			super("source", "Plan data from CSV or Excel", null);
			this.initial = initial;
			setDescription("A spreadsheet of the traceability matrix (as Export CSV writes it), consultation responses,"
					+ " actuals or progress updates; the next step shows what it changes");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(3, false));
			new Label(body, SWT.NONE).setText("Plan &project:");
			projectCombo = new Combo(body, SWT.READ_ONLY);
			projectCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			projects = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
					.filter(IProject::isOpen).toList();
			projects.forEach(p -> projectCombo.add(p.getName()));
			int index = projects.indexOf(initial);
			projectCombo.select(index >= 0 ? index : projects.isEmpty() ? -1 : 0);
			new Label(body, SWT.NONE).setText("&Spreadsheet:");
			file = new Text(body, SWT.BORDER);
			file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button browse = new Button(body, SWT.PUSH);
			browse.setText("B&rowse\u2026");
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
				dialog.setFilterNames(new String[] { "CSV and Excel workbooks", "All files" });
				String chosen = dialog.open();
				if (chosen != null) {
					file.setText(chosen);
				}
			});
			projectCombo.addListener(SWT.Modify, e -> check());
			file.addListener(SWT.Modify, e -> check());
			setControl(body);
			check();
		}

		/** Chooses for the user, as a test does. */
		public void choose(IProject project, Path spreadsheet) {
			projectCombo.select(projects.indexOf(project));
			file.setText(spreadsheet.toString());
		}

		IProject project() {
			int index = projectCombo.getSelectionIndex();
			return index < 0 ? null : projects.get(index);
		}

		Path spreadsheet() {
			return Path.of(file.getText().strip());
		}

		private void check() {
			String problem = null;
			String name = file.getText().strip().toLowerCase(java.util.Locale.ROOT);
			if (project() == null) {
				problem = "There is no open project to import into";
			} else if (name.isEmpty()) {
				problem = null;
			} else if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
				problem = "The spreadsheet must be a .csv or .xlsx file";
			} else if (!Files.isRegularFile(spreadsheet())) {
				problem = spreadsheet() + " does not exist";
			}
			setErrorMessage(problem);
			setPageComplete(problem == null && !name.isEmpty());
		}
	}
}
