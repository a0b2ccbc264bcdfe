package org.throughline.ui.quickfix;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.PlatformUI;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFixes.FixFailedException;
import org.throughline.ui.hover.Html;
import org.throughline.ui.images.PlanImages;

/** One quick fix offered in the editor (Ctrl+1); applying it edits the files and places the caret. */
public class QuickFixProposal implements ICompletionProposal {

	private final PlanFix fix;
	private final URI file;
	private final Runnable applied;
	private int caret = -1;

	/** @param applied run once the fix is in the text, after the popup has finished */
	public QuickFixProposal(PlanFix fix, URI file, Runnable applied) {
		this.fix = fix;
		this.file = file;
		this.applied = applied;
	}

	public PlanFix fix() {
		return fix;
	}

	@Override
	public void apply(IDocument document) {
		try {
			caret = FixApplier.apply(fix, file);
			PlatformUI.getWorkbench().getDisplay().asyncExec(applied);
		} catch (CoreException | FixFailedException e) {
			MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Quick fix",
					"The fix \u201c" + fix.label() + "\u201d could not be applied: " + e.getMessage());
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return caret < 0 ? null : new Point(caret, 0);
	}

	@Override
	public String getAdditionalProposalInfo() {
		return fix.description() == null ? null : Html.escape(fix.description());
	}

	@Override
	public String getDisplayString() {
		return fix.label();
	}

	@Override
	public Image getImage() {
		return PlanImages.fix(fix);
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
