package org.throughline.dsl.ide.folding;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Folds each element and each comment that spans several lines, as Xtext's folding does, with less work. For an
 * element it takes the element's own node. Xtext also
 * looks up the nodes of each element's name, for a region that stays visible when the element is folded; the plan
 * editor folds whole lines and does not use it, and in a file of thousands of commitments the look-ups cost more
 * than the rest of the folding.
 */
public class PlanFoldingRangeProvider extends DefaultFoldingRangeProvider {

	/**
	 * Finds the comments of several lines by searching the text for their start, instead of visiting every node of
	 * the file, and folds each that is a comment, not text inside a string.
	 */
	@Override
	protected void computeCommentFolding(XtextResource resource, IFoldingRangeAcceptor acceptor) {
		IParseResult parsed = resource.getParseResult();
		if (parsed == null) {
			return;
		}
		ICompositeNode root = parsed.getRootNode();
		String text = root.getText();
		for (int at = text.indexOf("/*"); at >= 0; at = text.indexOf("/*", at + 2)) {
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, at);
			if (leaf != null && leaf.getTotalOffset() == at && leaf.isHidden()
					&& leaf.getGrammarElement() instanceof TerminalRule rule
					&& getMultilineCommentRuleName().equalsIgnoreCase(rule.getName())) {
				acceptCommentFolding(leaf, acceptor);
			}
		}
	}

	@Override
	protected void acceptObjectFolding(EObject element, IFoldingRangeAcceptor acceptor) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node != null) {
			acceptor.accept(node.getOffset(), node.getLength());
		}
	}
}
