package org.throughline.dsl.scoping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.AliasedEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportScope;

/**
 * A module's imports as a scope that finds a name with one lookup in the {@link PlanIndex}, however many imports
 * the module has: the candidates are the exported elements whose last segment is the name's, and a candidate
 * matches when an import resolves the name to exactly its qualified name.
 * <p>
 * It finds what Xtext's {@link ImportScope} finds, which asks the enclosing scopes once per import: the same
 * elements, aliased the same way, in the order of the imports, and nothing when two imports resolve the name to
 * different elements. An element of the module's own file hides elements of the same name in other files, as the
 * file's own scope hides the global one. Imports relative to the module's own names are not resolved here; a
 * module that has them keeps Xtext's scope (see {@link PlanImportScopeProvider}). Listing all elements (for
 * completion) is left to {@link ImportScope}.
 */
final class IndexedImportScope extends ImportScope {

	private final ImportTable imports;
	private final PlanIndex index;
	private final EClass type;
	private final Resource own;

	IndexedImportScope(ImportTable imports, IScope parent, PlanIndex index, EClass type, Resource own) {
		super(imports.normalizers(), parent, null, type, false);
		this.imports = imports;
		this.index = index;
		this.type = type;
		this.own = own;
	}

	/** The import table has already removed repeats, once per module rather than once per scope. */
	@Override
	protected List<ImportNormalizer> removeDuplicates(List<ImportNormalizer> namespaceResolvers) {
		return namespaceResolvers;
	}

	@Override
	protected Iterable<IEObjectDescription> getLocalElementsByName(QualifiedName name) {
		if (name.isEmpty()) {
			return List.of();
		}
		List<Match> matches = new ArrayList<>(1);
		int length = name.getSegmentCount();
		for (IEObjectDescription candidate : index.withLastSegment(name.getLastSegment())) {
			QualifiedName full = candidate.getName();
			if (full.getSegmentCount() < length || !EcoreUtil2.isAssignableFrom(type, candidate.getEClass())
					|| !full.skipFirst(full.getSegmentCount() - length).equals(name)) {
				continue;
			}
			for (ImportTable.Entry entry : imports.inNamespace(full.skipLast(length))) {
				if (entry.resolves(name)) {
					matches.add(new Match(entry, candidate));
				}
			}
		}
		if (matches.isEmpty()) {
			return List.of();
		}
		// in the order of the imports; under one import, the module's own elements first
		matches.sort(Comparator.comparingInt((Match m) -> m.entry().order()).thenComparing(m -> !m.isOwn(own)));
		List<IEObjectDescription> result = new ArrayList<>(matches.size());
		QualifiedName resolved = matches.get(0).element().getName();
		boolean ownFound = false;
		for (Match match : matches) {
			IEObjectDescription element = match.element();
			if (!element.getName().equals(resolved)
					&& element.getEObjectOrProxy() != result.get(0).getEObjectOrProxy()) {
				return List.of(); // two imports give the name to different elements: it is ambiguous
			}
			if (ownFound && !match.isOwn(own) && element.getName().equals(resolved)) {
				continue; // hidden by the element of the same name in the module's own file
			}
			ownFound |= match.isOwn(own);
			ImportNormalizer normalizer = match.entry().normalizer();
			result.add(new AliasedEObjectDescription(normalizer.deresolve(element.getName()), element));
		}
		return result;
	}

	private record Match(ImportTable.Entry entry, IEObjectDescription element) {

		boolean isOwn(Resource own) {
			return element.getEObjectOrProxy().eResource() == own;
		}
	}
}
