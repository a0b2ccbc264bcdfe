package org.throughline.dsl.ide.quickfix.fixes;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * What the fixes that add a statement to a block share: where a block ends, where an element's text is (to lay it
 * out again), and how to write a reference to an element from where it will be written.
 */
public class Blocks {

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IQualifiedNameConverter names;

	/** The offset of the closing brace of an element's block, if it has one. */
	public static Optional<Integer> closingBrace(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return Optional.empty();
		}
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		return last != null && last.getGrammarElement() instanceof Keyword keyword && "}".equals(keyword.getValue())
				? Optional.of(last.getOffset()) : Optional.empty();
	}

	/** Where an element's text is, without the comments and spaces before it. */
	public static ITextRegion region(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return new TextRegion(node.getOffset(), node.getLength());
	}

	/**
	 * The shortest name by which {@code reference} can name the element called {@code qualifiedName} from
	 * {@code context}, e.g. "CustomerAndCommunities" where {@code kent.organisation.KCC.*} is imported; empty when
	 * no such element is in reach.
	 */
	public Optional<Named> nameInScope(EObject context, EReference reference, String qualifiedName) {
		IScope scope = scopes.getScope(context, reference);
		IEObjectDescription target = scope.getSingleElement(names.toQualifiedName(qualifiedName));
		if (target == null) {
			return Optional.empty();
		}
		QualifiedName shortest = target.getName();
		for (IEObjectDescription same : scope.getElements(target.getEObjectOrProxy())) {
			if (same.getName().getSegmentCount() < shortest.getSegmentCount()) {
				shortest = same.getName();
			}
		}
		return Optional.of(new Named(names.toString(shortest), target.getEObjectOrProxy()));
	}

	/** A name to write and the element it names. */
	public record Named(String text, EObject element) {
	}
}
