package org.throughline.ui.hover;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.TextRegion;
import org.throughline.dsl.ide.hover.ElementSummaries;
import org.throughline.dsl.ide.hover.ElementSummary;
import org.throughline.model.plan.SourceReference;
import org.throughline.projects.PlanLanguage;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.reconciling.PlanEditorModel;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * Hovering a name shows its element at a glance: for a commitment its owners, measures, consultation responses
 * and appearances; for an owner what it owns. Hovering a problem shows the problem first.
 */
public class PlanTextHover implements ITextHover, ITextHoverExtension {

	private final PlanEditor editor;
	private final ISourceViewer viewer;

	/**
	 * How long a hover waits for a running check before it shows what it has without the element: F2 asks on the UI
	 * thread.
	 */
	private static final long WAIT_MILLIS = 150;

	public PlanTextHover(PlanEditor editor, ISourceViewer viewer) {
		this.editor = editor;
		this.viewer = viewer;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
		PlanSnapshot snapshot = current();
		IRegion[] region = { new Region(offset, 0) };
		if (snapshot != null) {
			snapshot.tryRead(s -> {
				SourceReference citation = citationAt(s, offset);
				INode node = citation != null ? NodeModelUtils.findActualNodeFor(citation) : nameOrReferenceAt(s, offset);
				if (node != null) {
					region[0] = new Region(node.getOffset(), node.getLength());
				}
			}, WAIT_MILLIS);
		}
		return region[0];
	}

	@Override
	public String getHoverInfo(ITextViewer textViewer, IRegion region) {
		StringBuilder html = new StringBuilder();
		PlanSnapshot snapshot = current();
		ElementSummary[] summary = new ElementSummary[1];
		if (snapshot != null) {
			snapshot.tryRead(s -> {
				EObject citation = citationAt(s, region.getOffset());
				EObject element = citation != null ? citation : elementAt(s, region.getOffset());
				summary[0] = element == null ? null : ElementSummaries.summarise(element, s.references());
			}, WAIT_MILLIS);
		}
		if (summary[0] != null) {
			html.append(Html.of(summary[0]));
		}
		// the trace comes first: the problems are also in the rulers and the Problems view
		for (String problem : problemsAt(region.getOffset())) {
			html.append(html.isEmpty() ? "" : "<br>").append("<b>Problem:</b> ").append(Html.escape(problem));
		}
		return html.isEmpty() ? null : html.toString();
	}

	/** The citation ({@code Agenda lines 2593 to 2595}) at {@code offset}, whose lines a hover shows; else null. */
	public static SourceReference citationAt(PlanSnapshot snapshot, int offset) {
		if (snapshot.resource().getParseResult() == null) {
			return null;
		}
		INode leaf = NodeModelUtils.findLeafNodeAtOffset(snapshot.resource().getParseResult().getRootNode(), offset);
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		return element instanceof SourceReference citation ? citation : null;
	}

	/** The element named or referred to at {@code offset}, or null when the offset is on no name. */
	public static EObject elementAt(PlanSnapshot snapshot, int offset) {
		EObjectAtOffsetHelper helper = PlanLanguage.get(EObjectAtOffsetHelper.class);
		EObject referred = helper.resolveCrossReferencedElementAt(snapshot.resource(), offset);
		if (referred != null && !referred.eIsProxy()) {
			return referred;
		}
		return helper.getElementWithNameAt(snapshot.resource(), offset);
	}

	private static INode nameOrReferenceAt(PlanSnapshot snapshot, int offset) {
		EObjectAtOffsetHelper helper = PlanLanguage.get(EObjectAtOffsetHelper.class);
		INode reference = helper.getCrossReferenceNode(snapshot.resource(), new TextRegion(offset, 0));
		if (reference != null) {
			return reference;
		}
		EObject named = helper.getElementWithNameAt(snapshot.resource(), offset);
		if (named == null) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(named,
				named.eClass().getEStructuralFeature("name"));
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	private PlanSnapshot current() {
		PlanEditorModel model = editor.model();
		return model == null ? null : model.current();
	}

	private List<String> problemsAt(int offset) {
		List<String> messages = new ArrayList<>();
		IAnnotationModel annotations = viewer.getAnnotationModel();
		if (annotations == null) {
			return messages;
		}
		for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = annotations.getPosition(annotation);
			if (annotation instanceof MarkerAnnotation && !annotation.isMarkedDeleted() && position != null
					&& position.overlapsWith(offset, 1) && annotation.getText() != null) {
				messages.add(annotation.getText());
			}
		}
		return messages;
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString());
	}
}
