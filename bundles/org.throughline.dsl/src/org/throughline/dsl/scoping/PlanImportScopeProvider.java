package org.throughline.dsl.scoping;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
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
		ISelectable local = getAllDescriptions(resource);
		QualifiedName name = getQualifiedNameOfLocalElement(context);
		ImportTable table = cache.get(Tuples.create(context, ImportTable.class), resource,
				() -> new ImportTable(imports, importsOwnNames(name, imports, local)));
		if (table.relativeToOwnNames()) {
			return super.getLocalElementsScope(parent, context, reference);
		}
		// Layered as Xtext layers it: the element's own names are looked up first, then its imports, then the
		// enclosing scope. (Xtext also puts the element's own names beneath the imports, for imports relative to
		// them; a module without such imports finds nothing there that the upper layer has not found.)
		IScope result = new IndexedImportScope(table, parent, index, reference.getEReferenceType(), resource);
		if (name != null) {
			result = createImportScope(result, List.of(doCreateImportNormalizer(name, true, false)), local,
					reference.getEReferenceType(), false);
		}
		return result;
	}

	/**
	 * Whether an import, read relative to {@code module}, names one of the file's own elements or a namespace
	 * around them: {@code import Local.*} in module {@code a.b} that declares {@code a.b.Local.X}.
	 */
	private static boolean importsOwnNames(QualifiedName module, List<ImportNormalizer> imports, ISelectable local) {
		if (module == null || module.isEmpty()) {
			return false;
		}
		Set<QualifiedName> ownNamespaces = new HashSet<>();
		for (IEObjectDescription element : local.getExportedObjects()) {
			QualifiedName full = element.getName();
			for (int length = full.getSegmentCount(); length > module.getSegmentCount()
					&& full.startsWith(module); length--) {
				if (!ownNamespaces.add(full.skipLast(full.getSegmentCount() - length))) {
					break; // its shorter prefixes are in already
				}
			}
		}
		for (ImportNormalizer imported : imports) {
			if (ownNamespaces.contains(module.append(imported.getImportedNamespacePrefix()))) {
				return true;
			}
		}
		return false;
	}
}
