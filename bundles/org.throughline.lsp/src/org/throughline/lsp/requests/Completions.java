package org.throughline.lsp.requests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.throughline.dsl.ide.contentassist.PlanContentAssist;
import org.throughline.lsp.workspace.Texts;

import com.google.inject.Inject;

/**
 * Completion from the workbench's content assist: the keywords the grammar allows and every element in reach,
 * with its title, in the order the workbench offers them (for an owner, the suggested unit first).
 */
public class Completions {

	@Inject
	private PlanContentAssist contentAssist;

	public CompletionList at(XtextResource resource, Document document, int offset, CancelIndicator cancel) {
		List<ContentAssistEntry> entries = contentAssist.proposals(resource, document.getContents(), offset, cancel);
		List<CompletionItem> items = new ArrayList<>(entries.size());
		for (ContentAssistEntry entry : entries) {
			CompletionItem item = new CompletionItem(entry.getLabel() != null ? entry.getLabel() : entry.getProposal());
			item.setDetail(entry.getDescription());
			item.setKind(ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind()) ? CompletionItemKind.Keyword
					: CompletionItemKind.Reference);
			// the workbench's order is kept: clients sort by this text
			item.setSortText(String.format("%05d", items.size()));
			item.setFilterText(entry.getProposal());
			item.setInsertTextFormat(InsertTextFormat.PlainText);
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			int start = Math.max(0, offset - prefix.length());
			item.setTextEdit(Either.forLeft(new TextEdit(Texts.range(document, start, offset - start), entry.getProposal())));
			items.add(item);
		}
		return new CompletionList(false, items);
	}
}
