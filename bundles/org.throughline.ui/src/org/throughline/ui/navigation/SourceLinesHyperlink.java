package org.throughline.ui.navigation;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.throughline.dsl.sources.SourceText.LineRange;
import org.throughline.dsl.sources.SourceTexts;
import org.throughline.model.plan.SourceDocument;
import org.throughline.model.plan.SourceReference;
import org.throughline.ui.sources.SourceDocuments;

/** A citation ({@code Agenda lines 2593 to 2595}) that, clicked with Ctrl, opens its document at those lines. */
public final class SourceLinesHyperlink implements IHyperlink {

	private final IRegion region;
	private final Path file;
	private final String document;
	private final LineRange lines;

	private SourceLinesHyperlink(IRegion region, Path file, String document, LineRange lines) {
		this.region = region;
		this.file = file;
		this.document = document;
		this.lines = lines;
	}

	/**
	 * The link of a citation, made while its model is held still; empty when the citation names no declared document
	 * or the document's file is not found (the check reports that).
	 */
	public static Optional<SourceLinesHyperlink> of(SourceReference citation) {
		SourceDocument document = citation.getDocument();
		INode node = NodeModelUtils.findActualNodeFor(citation);
		if (document == null || document.eIsProxy() || node == null) {
			return Optional.empty();
		}
		LineRange lines = !citation.isSetLine() ? null
				: new LineRange(citation.getLine(), citation.isSetLineEnd() ? citation.getLineEnd() : citation.getLine());
		return SourceTexts.locate(document).map(file -> new SourceLinesHyperlink(
				new Region(node.getOffset(), node.getLength()), file, document.getName(), lines));
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return "Open source document";
	}

	@Override
	public String getHyperlinkText() {
		return "Open " + document + (lines == null ? "" : " at " + lines.cited()) + " (read-only)";
	}

	@Override
	public void open() {
		SourceDocuments.open(file, document, lines);
	}

	public Path file() {
		return file;
	}

	public LineRange lines() {
		return lines;
	}
}
