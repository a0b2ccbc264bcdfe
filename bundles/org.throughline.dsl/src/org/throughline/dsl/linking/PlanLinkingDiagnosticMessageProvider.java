package org.throughline.dsl.linking;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * Says, for a name that links to nothing, which name in scope was probably meant:
 * {@code Couldn't resolve reference to Owner 'Enterprize'; did you mean 'Enterprise'?}. The suggestion is also the
 * issue's data, for a quick fix. Candidates are only looked at for names that failed to link.
 */
public class PlanLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IQualifiedNameConverter nameConverter;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
		Set<String> candidates = new LinkedHashSet<>();
		for (IEObjectDescription element : scope.getAllElements()) {
			candidates.add(nameConverter.toString(element.getName()));
		}
		String suggestion = NearestName.among(context.getLinkText(), candidates);
		if (suggestion == null) {
			return super.getUnresolvedProxyMessage(context);
		}
		String message = "Couldn't resolve reference to " + context.getReference().getEReferenceType().getName() + " '"
				+ context.getLinkText() + "'; did you mean '" + suggestion + "'?";
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC, suggestion);
	}
}
