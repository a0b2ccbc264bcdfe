package org.throughline.lsp.requests;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/** What is at an offset of a plan file, as the workbench's hover and navigation find it. */
public class Elements {

	@Inject
	private EObjectAtOffsetHelper helper;

	/** The element referred to at {@code offset}, else the element whose name is there; null on no name. */
	public EObject at(XtextResource resource, int offset) {
		EObject referred = helper.resolveCrossReferencedElementAt(resource, offset);
		if (referred != null && !referred.eIsProxy()) {
			return referred;
		}
		return helper.getElementWithNameAt(resource, offset);
	}

	/** The element that a reference at {@code offset} points to, or null when there is no resolved reference. */
	public EObject referredAt(XtextResource resource, int offset) {
		EObject referred = helper.resolveCrossReferencedElementAt(resource, offset);
		return referred == null || referred.eIsProxy() ? null : referred;
	}

	/** The reference or name written at {@code offset}, or null. */
	public ITextRegion nameOrReferenceAt(XtextResource resource, int offset) {
		INode reference = helper.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (reference != null) {
			return new TextRegion(reference.getOffset(), reference.getLength());
		}
		EObject named = helper.getElementWithNameAt(resource, offset);
		return named == null ? null : nameRegion(named);
	}

	/** Where the element's name is written, or where the element starts when it has no name. */
	public static ITextRegion nameRegion(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, name);
			if (!nodes.isEmpty()) {
				return new TextRegion(nodes.get(0).getOffset(), nodes.get(0).getLength());
			}
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? new TextRegion(0, 0) : new TextRegion(node.getOffset(), 0);
	}
}
