package org.throughline.dsl.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.PlanPackage;

import com.google.common.base.Predicate;

/**
 * Proposes each element a reference can name once, by the shortest name that reaches it, and shows its title
 * beside the name: "Enterprise" comes with "Enterprise and Environment", so an officer picks by meaning. The owner
 * of a commitment is proposed with the unit that delivers its aim first, the owner that validation suggests.
 */
public class PlanCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	/** How far the suggested owner is put ahead of the others: above any keyword or other name. */
	private static final int SUGGESTED_BOOST = 1000;

	@Override
	public void lookupCrossReference(IScope scope, CrossReference crossReference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor, Predicate<IEObjectDescription> filter) {
		URI suggested = suggestedOwner(crossReference, context);
		if (suggested == null) {
			super.lookupCrossReference(scope, crossReference, context, acceptor, filter);
			return;
		}
		super.lookupCrossReference(scope, crossReference, context, new IIdeContentProposalAcceptor() {
			@Override
			public void accept(ContentAssistEntry entry, int priority) {
				boolean first = entry != null && entry.getSource() instanceof IEObjectDescription candidate
						&& suggested.equals(candidate.getEObjectURI());
				acceptor.accept(entry, first ? priority + SUGGESTED_BOOST : priority);
			}

			@Override
			public boolean canAcceptMoreProposals() {
				return acceptor.canAcceptMoreProposals();
			}
		}, filter);
	}

	/**
	 * The owner that validation suggests for the commitment being completed: the first unit that an aim of it is
	 * delivered by; null when the reference is not a commitment's owner or no aim names a unit.
	 */
	private static URI suggestedOwner(CrossReference crossReference, ContentAssistContext context) {
		if (crossReference.getType() == null || crossReference.getType().getClassifier() == null
				|| !PlanPackage.Literals.OWNER.getName().equals(crossReference.getType().getClassifier().getName())) {
			return null;
		}
		Commitment commitment = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Commitment.class);
		if (commitment == null) {
			return null;
		}
		for (Aim aim : commitment.getAims()) {
			if (aim.eIsProxy()) {
				continue;
			}
			for (Owner unit : aim.getDeliveredBy()) {
				if (!unit.eIsProxy()) {
					return EcoreUtil.getURI(unit);
				}
			}
		}
		return null;
	}

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
			String title = element.eIsProxy() ? null : Labels.title(element);
			entry.setDescription(title);
			entry.setDocumentation(element.eIsProxy() ? null : Labels.kind(element));
		}
		return entry;
	}
}
