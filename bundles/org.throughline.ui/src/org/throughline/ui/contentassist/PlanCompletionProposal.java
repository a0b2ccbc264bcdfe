package org.throughline.ui.contentassist;

import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension6;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.throughline.ui.images.PlanImages;

/** One completion: the name or keyword to insert, shown with the element's title beside it. */
public class PlanCompletionProposal
		implements ICompletionProposal, ICompletionProposalExtension2, ICompletionProposalExtension6 {

	private final ContentAssistEntry entry;
	private final int offset;

	public PlanCompletionProposal(ContentAssistEntry entry, int offset) {
		this.entry = entry;
		this.offset = offset;
	}

	public ContentAssistEntry entry() {
		return entry;
	}

	private int replaceOffset() {
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		return offset - prefix.length();
	}

	@Override
	public void apply(IDocument document) {
		try {
			document.replace(replaceOffset(), offset - replaceOffset(), entry.getProposal());
		} catch (BadLocationException e) {
			// the text moved on under the popup; nothing to insert
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return new Point(replaceOffset() + entry.getProposal().length(), 0);
	}

	/** Replaces what was typed since the popup opened as well. */
	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int caret) {
		try {
			int start = replaceOffset();
			viewer.getDocument().replace(start, Math.max(caret, offset) - start, entry.getProposal());
		} catch (BadLocationException e) {
			// the text moved on under the popup; nothing to insert
		}
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
		// nothing to show while selected
	}

	@Override
	public void unselected(ITextViewer viewer) {
		// nothing to hide
	}

	/** Still offered while what is typed begins the proposal, or one of its segments ("Ent" for "KCC.Enterprise"). */
	@Override
	public boolean validate(IDocument document, int caret, DocumentEvent event) {
		int start = replaceOffset();
		if (caret < start) {
			return false;
		}
		try {
			String typed = document.get(start, caret - start).toLowerCase(Locale.ROOT);
			String proposal = entry.getProposal().toLowerCase(Locale.ROOT);
			return proposal.startsWith(typed) || proposal.contains("." + typed);
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public String getAdditionalProposalInfo() {
		if (entry.getDescription() == null) {
			return null;
		}
		String kind = entry.getDocumentation() == null ? "" : "<b>" + escape(entry.getDocumentation()) + "</b> ";
		return kind + escape(entry.getProposal()) + "<br>" + escape(entry.getDescription());
	}

	@Override
	public String getDisplayString() {
		return entry.getDescription() == null ? label() : label() + " \u2013 " + entry.getDescription();
	}

	@Override
	public StyledString getStyledDisplayString() {
		StyledString styled = new StyledString(label());
		if (entry.getDescription() != null) {
			styled.append(" \u2013 " + entry.getDescription(), StyledString.QUALIFIER_STYLER);
		}
		return styled;
	}

	private String label() {
		return entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
	}

	@Override
	public Image getImage() {
		return PlanImages.proposal(entry);
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
