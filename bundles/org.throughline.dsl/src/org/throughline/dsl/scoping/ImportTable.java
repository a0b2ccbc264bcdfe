package org.throughline.dsl.scoping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;

/**
 * A module's imports, arranged for lookup by the namespace a resolved name lies in: {@code import a.b.*} resolves
 * {@code X} to {@code a.b.X}, and {@code import a.b.C} resolves {@code C.y} to {@code a.b.C.y}; both are filed under
 * the namespace {@code a.b}.
 */
final class ImportTable {

	/** An import and its place among the module's imports, which decides the order of ambiguous matches. */
	record Entry(ImportNormalizer normalizer, int order) {

		/** True when this import resolves {@code relativeName} into the namespace it is filed under. */
		boolean resolves(QualifiedName relativeName) {
			return normalizer.hasWildCard()
					|| normalizer.getImportedNamespacePrefix().getLastSegment().equals(relativeName.getFirstSegment());
		}
	}

	private final List<ImportNormalizer> normalizers;
	private final Map<QualifiedName, List<Entry>> byNamespace = new HashMap<>();

	ImportTable(List<ImportNormalizer> imports) {
		this.normalizers = List.copyOf(new LinkedHashSet<>(imports));
		for (int i = 0; i < normalizers.size(); i++) {
			ImportNormalizer normalizer = normalizers.get(i);
			QualifiedName prefix = normalizer.getImportedNamespacePrefix();
			QualifiedName namespace = normalizer.hasWildCard() ? prefix : prefix.skipLast(1);
			byNamespace.computeIfAbsent(namespace, k -> new ArrayList<>(1)).add(new Entry(normalizer, i));
		}
	}

	/** The imports without repeats, in the order written. */
	List<ImportNormalizer> normalizers() {
		return normalizers;
	}

	/** The imports filed under {@code namespace}, in the order written. */
	List<Entry> inNamespace(QualifiedName namespace) {
		return byNamespace.getOrDefault(namespace, List.of());
	}
}
