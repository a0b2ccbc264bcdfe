package org.throughline.dsl.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.throughline.dsl.ide.labels.PlanLabels;

/**
 * Proposes each element a reference can name once, by the shortest name that reaches it, and shows its title
 * beside the name: "Enterprise" comes with "Enterprise and Environment", so an officer picks by meaning.
 */
public class PlanCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
			ContentAssistContext context) {
		Iterable<IEObjectDescription> all = super.queryScope(scope, crossReference, context);
		if (context.getPrefix().contains(".")) {
			// the author is spelling out a qualified name: offer the qualified names
			return all;
		}
		Map<URI, IEObjectDescription> shortest = new LinkedHashMap<>();
		for (IEObjectDescription candidate : all) {
			shortest.merge(candidate.getEObjectURI(), candidate,
					(kept, other) -> other.getName().getSegmentCount() < kept.getName().getSegmentCount() ? other : kept);
		}
		return shortest.values();
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null) {
			EObject element = candidate.getEObjectOrProxy();
			if (element.eIsProxy() && context.getResource() != null) {
				element = EcoreUtil.resolve(element, context.getResource());
			}
			String title = element.eIsProxy() ? null : PlanLabels.title(element);
			entry.setDescription(title);
			entry.setDocumentation(element.eIsProxy() ? null : PlanLabels.kind(element));
		}
		return entry;
	}
}
