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
 * {@code X} and {@code X.y} to {@code a.b.X} and {@code a.b.X.y}, and {@code import a.b.C} resolves {@code C} (one
 * segment only, as in Xtext) to {@code a.b.C}; both are filed under the namespace {@code a.b}.
 */
final class ImportTable {

	/** An import and its place among the module's imports, which decides the order of ambiguous matches. */
	record Entry(ImportNormalizer normalizer, int order) {

		/** True when this import resolves {@code relativeName} into the namespace it is filed under. */
		boolean resolves(QualifiedName relativeName) {
			return normalizer.hasWildCard() || relativeName.getSegmentCount() == 1
					&& normalizer.getImportedNamespacePrefix().getLastSegment().equals(relativeName.getFirstSegment());
		}
	}

	private final List<ImportNormalizer> normalizers;
	private final Map<QualifiedName, List<Entry>> byNamespace = new HashMap<>();
	private final boolean relativeToOwnNames;

	/**
	 * @param relativeToOwnNames whether an import names something of the module's own file relative to the module
	 *                           ({@code import Local.*} in module {@code a.b} for {@code a.b.Local.X}), which only
	 *                           Xtext's own import scope resolves
	 */
	ImportTable(List<ImportNormalizer> imports, boolean relativeToOwnNames) {
		this.normalizers = List.copyOf(new LinkedHashSet<>(imports));
		this.relativeToOwnNames = relativeToOwnNames;
		for (int i = 0; i < normalizers.size(); i++) {
			ImportNormalizer normalizer = normalizers.get(i);
			QualifiedName prefix = normalizer.getImportedNamespacePrefix();
			QualifiedName namespace = normalizer.hasWildCard() ? prefix : prefix.skipLast(1);
			byNamespace.computeIfAbsent(namespace, k -> new ArrayList<>(1)).add(new Entry(normalizer, i));
		}
	}

	/** Whether an import is relative to the module's own names, which the index does not resolve. */
	boolean relativeToOwnNames() {
		return relativeToOwnNames;
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
