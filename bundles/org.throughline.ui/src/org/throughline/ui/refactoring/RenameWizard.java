package org.throughline.ui.refactoring;

import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Asks for the new name, then shows the preview of the changes in every file. */
public class RenameWizard extends RefactoringWizard {

	public RenameWizard(PlanRenameRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle(refactoring.getName());
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NamePage((PlanRenameRefactoring) getRefactoring()));
	}

	private static final class NamePage extends UserInputWizardPage {
		private final PlanRenameRefactoring refactoring;

		NamePage(PlanRenameRefactoring refactoring) {
			super("name");
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			new Label(composite, SWT.NONE).setText("New name:");
			Text name = new Text(composite, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.setText(refactoring.currentName());
			name.selectAll();
			name.addModifyListener(e -> check(name.getText()));
			setControl(composite);
			check(name.getText());
			name.setFocus();
		}

		private void check(String text) {
			refactoring.setNewName(text);
			String problem = refactoring.checkName(text);
			setErrorMessage(text.equals(refactoring.currentName()) ? null : problem);
			setPageComplete(problem == null);
		}
	}
}
