package org.throughline.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.scoping.IScope;

/**
 * Links without recording every name that each lookup tried. Xtext records them for its incremental builder,
 * which Throughline does not use (a plan workspace is loaded and linked whole); on a large workspace the record
 * held a lower-cased copy of every name tried under every import and cost a hash-set insert per try.
 */
public class PlanLinkingService extends DefaultLinkingService {

	@Override
	protected IScope getScope(EObject context, EReference reference) {
		return getScopeProvider().getScope(context, reference);
	}
}
