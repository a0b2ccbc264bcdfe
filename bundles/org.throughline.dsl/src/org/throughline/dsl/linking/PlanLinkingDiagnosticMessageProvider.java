package org.throughline.dsl.linking;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.throughline.dsl.scoping.PlanIndex;
import org.throughline.model.labels.Labels;

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

	/** How many near last segments, and elements under each, one unresolved name looks at: a bound per link. */
	static final int NEAR_SEGMENTS = 16;
	static final int ELEMENTS_PER_SEGMENT = 16;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
		Resource resource = context.getContext().eResource();
		PlanIndex index = resource == null || resource.getResourceSet() == null ? null
				: PlanIndex.of(resource.getResourceSet());
		Collection<String> candidates = index == null ? allNames(scope)
				: nearNames(context.getLinkText(), scope, index, context.getReference().getEReferenceType());
		String suggestion = NearestName.among(context.getLinkText(), candidates);
		EClass type = context.getReference().getEReferenceType();
		EClass other = index == null ? null : otherKind(context.getLinkText(), index, type);
		if (suggestion == null && other == null) {
			return super.getUnresolvedProxyMessage(context);
		}
		String message = "Couldn't resolve reference to " + type.getName() + " '" + context.getLinkText() + "'"
				+ (other == null ? ""
						: ": '" + context.getLinkText() + "' is " + Labels.withArticle(Labels.kindOf(other))
								+ ", which cannot be " + Labels.withArticle(Labels.kindOf(type)))
				+ (suggestion == null ? "" : "; did you mean '" + suggestion + "'?");
		return suggestion == null ? new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC)
				: new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC, suggestion);
	}

	/**
	 * The class of an element that has exactly the typed name but is of a kind the link cannot name (an indicator
	 * where an owner is wanted), or null: so that the message says the name exists, and why it does not link.
	 */
	private EClass otherKind(String typed, PlanIndex index, EClass type) {
		if (typed == null || typed.isEmpty()) {
			return null;
		}
		QualifiedName written = nameConverter.toQualifiedName(typed);
		EClass other = null;
		for (IEObjectDescription element : index.withLastSegment(written.getLastSegment())) {
			QualifiedName name = element.getName();
			if (name.getSegmentCount() < written.getSegmentCount()
					|| !name.skipFirst(name.getSegmentCount() - written.getSegmentCount()).equals(written)) {
				continue;
			}
			if (EcoreUtil2.isAssignableFrom(type, element.getEClass())) {
				// one of the right kind exists, out of scope: the kind is not why it does not link
				return null;
			}
			other = other == null ? element.getEClass() : other;
		}
		return other;
	}

	/** Every name in the scope: where there is no plan index to search. */
	private Collection<String> allNames(IScope scope) {
		Set<String> candidates = new LinkedHashSet<>();
		for (IEObjectDescription element : scope.getAllElements()) {
			candidates.add(nameConverter.toString(element.getName()));
		}
		return candidates;
	}

	/**
	 * The names in scope whose last segment is within the suggestion's tolerance of the typed name's: found in the
	 * index's tree of last segments, then each element under such a segment asked for by every ending of its
	 * qualified name, kept under those the scope finds it by (not shadowed, imported or qualified). One lookup per
	 * name instead of a walk of the whole scope, which made a workspace with many misspelt links quadratic.
	 */
	private Collection<String> nearNames(String typed, IScope scope, PlanIndex index, EClass type) {
		Set<String> candidates = new LinkedHashSet<>();
		if (typed == null || typed.isEmpty()) {
			return candidates;
		}
		String last = typed.substring(typed.lastIndexOf('.') + 1);
		for (String segment : index.lastSegmentsNear(last, NearestName.tolerance(typed), NEAR_SEGMENTS)) {
			List<IEObjectDescription> elements = index.withLastSegment(segment);
			for (int i = 0; i < elements.size() && i < ELEMENTS_PER_SEGMENT; i++) {
				IEObjectDescription element = elements.get(i);
				if (!EcoreUtil2.isAssignableFrom(type, element.getEClass())) {
					continue;
				}
				QualifiedName name = element.getName();
				for (int start = name.getSegmentCount() - 1; start >= 0; start--) {
					QualifiedName ending = name.skipFirst(start);
					IEObjectDescription found = scope.getSingleElement(ending);
					if (found != null && found.getEObjectURI().equals(element.getEObjectURI())) {
						candidates.add(nameConverter.toString(ending));
					}
				}
			}
		}
		return candidates;
	}
}
