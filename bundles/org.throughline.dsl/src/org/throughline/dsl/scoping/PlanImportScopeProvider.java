package org.throughline.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Xtext's namespace-aware scoping, with a module's imports looked up through the {@link PlanIndex} when a plan
 * workspace has installed one. A consultation that imports a hundred plans then finds each commitment it names
 * with one lookup, not a hundred.
 */
public class PlanImportScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	protected IScope getLocalElementsScope(IScope parent, EObject context, EReference reference) {
		Resource resource = context.eResource();
		PlanIndex index = resource == null ? null : PlanIndex.of(resource.getResourceSet());
		if (index == null || isIgnoreCase(reference)) {
			return super.getLocalElementsScope(parent, context, reference);
		}
		List<ImportNormalizer> imports = getImportedNamespaceResolvers(context, false);
		if (imports.isEmpty()) {
			return super.getLocalElementsScope(parent, context, reference);
		}
		// Layered as Xtext layers it: the element's own names are looked up first, then its imports, then its own
		// names again (Xtext's relative imports), then the enclosing scope.
		ISelectable local = getAllDescriptions(resource);
		QualifiedName name = getQualifiedNameOfLocalElement(context);
		IScope result = parent;
		if (name != null && !name.isEmpty()) {
			result = ownNames(result, name, local, reference);
		}
		ImportTable table = cache.get(Tuples.create(context, ImportTable.class), resource, () -> new ImportTable(imports));
		result = new IndexedImportScope(table, result, index, reference.getEReferenceType());
		if (name != null) {
			result = ownNames(result, name, local, reference);
		}
		return result;
	}

	private IScope ownNames(IScope parent, QualifiedName name, ISelectable local, EReference reference) {
		return createImportScope(parent, List.of(doCreateImportNormalizer(name, true, false)), local,
				reference.getEReferenceType(), false);
	}
}
