package org.throughline.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.throughline.model.plan.PlanPackage;

/**
 * Colours names by what they do: the name an element is declared with is a definition; a name that points at
 * another element (an owner, an indicator, an imported module) is a reference, even where its segments are
 * words the language otherwise reserves.
 */
public class PlanSemanticHighlighting implements ISemanticHighlightingCalculator {

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancel) {
		IParseResult parse = resource == null ? null : resource.getParseResult();
		if (parse == null || parse.getRootNode() == null) {
			return;
		}
		int visited = 0;
		for (BidiTreeIterator<INode> nodes = parse.getRootNode().getAsTreeIterable().iterator(); nodes.hasNext();) {
			INode node = nodes.next();
			if (++visited % 4096 == 0 && cancel.isCanceled()) {
				return;
			}
			EObject grammar = node.getGrammarElement();
			if (grammar instanceof CrossReference) {
				acceptor.addPosition(node.getOffset(), node.getLength(), PlanStyles.REFERENCE.id());
				nodes.prune();
			} else if (grammar instanceof RuleCall call && isAssignmentTo(call, "importedNamespace")) {
				acceptor.addPosition(node.getOffset(), node.getLength(), PlanStyles.REFERENCE.id());
				nodes.prune();
			} else if (grammar instanceof RuleCall call && isAssignmentTo(call, "name")
					&& definesName(node.getSemanticElement())) {
				acceptor.addPosition(node.getOffset(), node.getLength(), PlanStyles.DEFINITION.id());
				nodes.prune();
			}
		}
	}

	private static boolean isAssignmentTo(RuleCall call, String feature) {
		Assignment assignment = GrammarUtil.containingAssignment(call);
		return assignment != null && feature.equals(assignment.getFeature());
	}

	private static boolean definesName(EObject element) {
		return element != null && (PlanPackage.Literals.NAMED_ELEMENT.isInstance(element)
				|| PlanPackage.Literals.PLAN_MODULE.isInstance(element));
	}
}
