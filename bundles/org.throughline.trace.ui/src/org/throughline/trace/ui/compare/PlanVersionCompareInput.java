package org.throughline.trace.ui.compare;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The compare editor's input for a plan compared with another version: the structure of the differences, already
 * worked out, and both versions' texts. Nothing can be edited or copied across: the other version is history.
 */
public final class PlanVersionCompareInput extends CompareEditorInput {

	private final PlanVersionComparison comparison;

	/**
	 * @param comparison   the differences
	 * @param project      the project compared, for the title
	 * @param otherVersion the other version as the user chose it: a revision or a folder
	 */
	public PlanVersionCompareInput(PlanVersionComparison comparison, String project, OtherVersion otherVersion) {
		super(configuration(project, otherVersion));
		this.comparison = comparison;
		setTitle("Compare " + project + " with " + otherVersion.label());
	}

	private static CompareConfiguration configuration(String project, OtherVersion otherVersion) {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel(otherVersion.label());
		configuration.setRightLabel(project + " (as in the editors)");
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		// the other version on the left and the project on the right, as the differences are worked out, whatever
		// the platform's preference for swapping the sides says
		configuration.setProperty(CompareConfiguration.MIRRORED, Boolean.FALSE);
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) {
		// null tells the compare editor that there are no differences, which it says in its own words
		return comparison.root().hasChildren() ? comparison.root() : null;
	}

	/** The differences this input shows. */
	public PlanVersionComparison comparison() {
		return comparison;
	}
}
