package org.throughline.lsp.requests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.throughline.dsl.ide.formatting.PlanTextFormatter;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.dsl.ide.outline.PlanOutline;
import org.throughline.lsp.workspace.Texts;
import org.throughline.model.plan.UnitKind;

import com.google.inject.Inject;

/** A file's Outline as document symbols, its folds, and its layout by the language's formatter. */
public class Structure {

	@Inject
	private IFoldingRangeProvider folding;

	@Inject
	private PlanTextFormatter formatter;

	/** The Outline's tree: each element with its kind and title, and what lacks an owner or a measure said so. */
	public List<DocumentSymbol> symbols(XtextResource resource, Document document, CancelIndicator cancel) {
		List<DocumentSymbol> symbols = new ArrayList<>();
		for (OutlineNode node : PlanOutline.of(resource, cancel)) {
			symbols.add(symbol(node, document));
		}
		return symbols;
	}

	private static DocumentSymbol symbol(OutlineNode node, Document document) {
		String name = node.name() == null || node.name().isEmpty() ? node.kind() : node.name();
		StringBuilder detail = new StringBuilder(node.kind());
		if (node.title() != null) {
			detail.append(" \u201c").append(node.title()).append('\u201d');
		}
		for (OutlineNode.Gap gap : node.gaps()) {
			detail.append(" \u2013 ").append(gap.label());
		}
		DocumentSymbol symbol = new DocumentSymbol(name, kind(node.kind()),
				Texts.range(document, node.offset(), node.length()),
				Texts.range(document, node.nameOffset(), node.nameLength()), detail.toString());
		List<DocumentSymbol> children = new ArrayList<>();
		for (OutlineNode child : node.children()) {
			children.add(symbol(child, document));
		}
		symbol.setChildren(children);
		return symbol;
	}

	/** The nearest of the protocol's fixed kinds, so that editors give each a recognisable icon. */
	private static SymbolKind kind(String word) {
		if (UnitKind.get(word) != null) {
			// a unit is named by its own kind: "directorate", "division"
			return SymbolKind.Class;
		}
		return switch (word) {
			case "module" -> SymbolKind.Module;
			case "plan", "business plan", "source document", "policy document" -> SymbolKind.Package;
			case "aim", "theme", "chapter", "section", "consultation theme" -> SymbolKind.Namespace;
			case "commitment", "action", "inspection action" -> SymbolKind.Event;
			case "organisation", "unit" -> SymbolKind.Class;
			case "post", "person", "portfolio", "respondent" -> SymbolKind.Object;
			case "indicator", "scale", "level" -> SymbolKind.Number;
			case "consultation", "inspection", "restructure" -> SymbolKind.Struct;
			case "response", "judgement" -> SymbolKind.String;
			default -> SymbolKind.Field;
		};
	}

	/** The blocks and long comments the workbench folds, each from its first line to its last. */
	public List<FoldingRange> folds(XtextResource resource, Document document, CancelIndicator cancel) {
		List<FoldingRange> folds = new ArrayList<>();
		for (org.eclipse.xtext.ide.editor.folding.FoldingRange range : folding.getFoldingRanges(resource, cancel)) {
			Position start = document.getPosition(range.getOffset());
			Position end = Texts.range(document, range.getOffset(), range.getLength()).getEnd();
			if (end.getLine() > start.getLine()) {
				FoldingRange fold = new FoldingRange(start.getLine(), end.getLine());
				if (org.eclipse.xtext.ide.editor.folding.FoldingRangeKind.COMMENT.equals(range.getKind())) {
					fold.setKind(FoldingRangeKind.Comment);
				}
				folds.add(fold);
			}
		}
		return folds;
	}

	/** The edits that lay out the whole file, or only {@code region} of it, as Ctrl+Shift+F does in the workbench. */
	public List<TextEdit> format(XtextResource resource, Document document, ITextRegion region) {
		List<TextEdit> edits = new ArrayList<>();
		for (org.throughline.dsl.text.TextEdit edit : formatter.format(resource,
				region == null ? List.of() : List.of(region))) {
			edits.add(new TextEdit(Texts.range(document, edit.offset(), edit.length()), edit.text()));
		}
		return edits;
	}
}
