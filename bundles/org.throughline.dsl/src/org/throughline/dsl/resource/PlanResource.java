package org.throughline.dsl.resource;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A plan file loaded for linking and checking. A run that has linked and checked its files and located its findings
 * may let go of each file's node model (every token and space of the text, with its place), which is most of the
 * memory a loaded workspace takes; the elements and their links stay.
 */
public class PlanResource extends LazyLinkingResource {

	/**
	 * Lets go of the node model, and of the syntax and linking errors that point into it (a run that releases has
	 * made its findings of them already). Afterwards the elements no longer know where they are written.
	 */
	public void releaseNodeModel() {
		for (TreeIterator<EObject> contents = getAllContents(); contents.hasNext();) {
			contents.next().eAdapters().removeIf(INode.class::isInstance);
		}
		setParseResult(null);
		getErrors().clear();
		getWarnings().clear();
		// what each link was written as, kept to resolve it lazily, holds on to its place in the node model
		clearLazyProxyInformation();
	}

	/**
	 * A link is found from the text it was written as; once the node model is gone, a link that did not resolve
	 * while the text was at hand stays unresolved.
	 */
	@Override
	public synchronized EObject getEObject(String uriFragment) {
		if (getParseResult() == null && getEncoder().isCrossLinkFragment(this, uriFragment)) {
			return null;
		}
		return super.getEObject(uriFragment);
	}
}
