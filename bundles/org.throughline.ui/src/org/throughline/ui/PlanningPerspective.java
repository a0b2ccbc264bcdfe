package org.throughline.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.throughline.ui.wizards.BoldStepsExampleWizard;
import org.throughline.ui.wizards.NewPlanFileWizard;
import org.throughline.ui.wizards.NewPlanProjectWizard;
import org.throughline.ui.wizards.PlanFromDocumentWizard;

/**
 * The Throughline perspective: plan files on the left, the editor in the middle, its outline on the right, and
 * the problems and properties of what is selected below.
 */
public class PlanningPerspective implements IPerspectiveFactory {

	public static final String ID = "org.throughline.ui.perspective";

	/** The platform's Error Log view. */
	public static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editors);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editors);
		IFolderLayout bottom = layout.createFolder("org.throughline.ui.bottom", IPageLayout.BOTTOM, 0.7f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		// shown, the Error Log opens beside the Problems view, wide enough to read its messages
		bottom.addPlaceholder(ERROR_LOG);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut("org.eclipse.search.ui.views.SearchView");
		// the Error Log, where the platform and the libraries report what went wrong
		layout.addShowViewShortcut(ERROR_LOG);
		layout.addNewWizardShortcut(NewPlanProjectWizard.ID);
		layout.addNewWizardShortcut(NewPlanFileWizard.ID);
		layout.addNewWizardShortcut(PlanFromDocumentWizard.ID);
		layout.addNewWizardShortcut(BoldStepsExampleWizard.ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
