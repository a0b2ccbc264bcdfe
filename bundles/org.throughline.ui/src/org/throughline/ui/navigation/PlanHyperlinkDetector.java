package org.throughline.ui.navigation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.TextRegion;
import org.throughline.model.plan.SourceReference;
import org.throughline.projects.PlanLanguage;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.hover.PlanTextHover;
import org.throughline.ui.reconciling.PlanEditorModel;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * Makes every reference a link to what it names, in whichever file that is, and every citation a link to the lines
 * it cites in its document. Works on the checked file; while the
 * text is being changed and not yet checked, there are no links, rather than links to the wrong place.
 */
public class PlanHyperlinkDetector extends AbstractHyperlinkDetector {

	private final PlanEditor editor;

	public PlanHyperlinkDetector(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		PlanEditorModel model = editor.model();
		PlanSnapshot snapshot = model == null ? null : model.current();
		if (snapshot == null) {
			return null;
		}
		// on the UI thread: no link this time rather than a wait while the file is checked
		List<IHyperlink> links = new ArrayList<>();
		snapshot.tryRead(s -> links.addAll(linksAt(s, region.getOffset())), 0);
		if (links.isEmpty()) {
			return null;
		}
		return canShowMultipleHyperlinks ? links.toArray(IHyperlink[]::new) : new IHyperlink[] { links.get(0) };
	}

	/**
	 * The links at {@code offset} of a snapshot: the element a reference names, then, on a citation, its document
	 * opened at the cited lines (on a citation's document name, both).
	 */
	public static List<IHyperlink> linksAt(PlanSnapshot snapshot, int offset) {
		List<IHyperlink> links = new ArrayList<>();
		ElementHyperlink element = linkAt(snapshot, offset);
		if (element != null) {
			links.add(element);
		}
		SourceReference citation = PlanTextHover.citationAt(snapshot, offset);
		if (citation != null) {
			SourceLinesHyperlink.of(citation).ifPresent(links::add);
		}
		return links;
	}

	/** The link at {@code offset} of a snapshot, or null when there is no reference there. */
	public static ElementHyperlink linkAt(PlanSnapshot snapshot, int offset) {
		EObjectAtOffsetHelper helper = PlanLanguage.get(EObjectAtOffsetHelper.class);
		INode node = helper.getCrossReferenceNode(snapshot.resource(), new TextRegion(offset, 0));
		if (node == null) {
			return null;
		}
		EObject target = helper.getCrossReferencedElement(node);
		if (target == null || target.eIsProxy()) {
			return null;
		}
		return new ElementHyperlink(new Region(node.getOffset(), node.getLength()), target);
	}
}
