package org.throughline.ui.contentassist;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.throughline.dsl.ide.contentassist.PlanContentAssist;
import org.throughline.projects.PlanLanguage;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.reconciling.PlanEditorModel;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * Completion in the plan editor, computed off the UI thread by Xtext's content assist on a snapshot of exactly
 * the text shown: the keywords the grammar allows at the caret and every element a reference there can name.
 */
public class PlanContentAssistProcessor implements IContentAssistProcessor {

	private final PlanEditor editor;
	private String error;

	public PlanContentAssistProcessor(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		PlanEditorModel model = editor.model();
		IDocument document = viewer.getDocument();
		if (model == null || document == null) {
			return new ICompletionProposal[0];
		}
		long stamp = PlanEditorModel.stamp(document);
		String text;
		try {
			text = document.get();
		} catch (RuntimeException e) {
			// read while the UI thread changed the text: the popup asks again as the person types
			return new ICompletionProposal[0];
		}
		PlanSnapshot snapshot = model.snapshotFor(text, stamp);
		if (snapshot == null) {
			error = "The file could not be read for completion";
			return new ICompletionProposal[0];
		}
		PlanContentAssist contentAssist = PlanLanguage.get(PlanContentAssist.class);
		List<ContentAssistEntry> entries = snapshot.read(s -> contentAssist.proposals(s.resource(), s.text(), offset,
				() -> PlanEditorModel.stamp(document) != stamp));
		if (entries == null) {
			// the text changed meanwhile: the popup asks again as the person types
			return new ICompletionProposal[0];
		}
		return entries.stream().map(entry -> new PlanCompletionProposal(entry, offset)).toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
