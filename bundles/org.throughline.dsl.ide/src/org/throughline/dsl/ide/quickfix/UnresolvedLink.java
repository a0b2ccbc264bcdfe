package org.throughline.dsl.ide.quickfix;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.TextRegion;

/**
 * The reference a linking issue is about: the element that makes it, the feature, and the name as written.
 *
 * @param node the node of the whole written name, e.g. "KCC.Enterprise"
 */
public record UnresolvedLink(EObject source, EReference reference, INode node) {

	/** The link at the issue's offset, if the issue is about one. */
	public static Optional<UnresolvedLink> at(IssueContext issue) {
		for (INode node = issue.node().orElse(null); node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof CrossReference crossReference) {
				EObject source = node.getSemanticElement();
				EReference reference = GrammarUtil.getReference(crossReference, source.eClass());
				return reference == null ? Optional.empty() : Optional.of(new UnresolvedLink(source, reference, node));
			}
		}
		return Optional.empty();
	}

	/** The name as written, without comments or spaces around it. */
	public String text() {
		return node.getText().strip();
	}

	/** Where the written name is. */
	public TextRegion region() {
		return new TextRegion(node.getOffset(), node.getLength());
	}
}
