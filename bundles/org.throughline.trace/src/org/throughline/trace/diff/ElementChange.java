package org.throughline.trace.diff;

import java.util.List;

import org.throughline.model.plan.NamedElement;

/**
 * An element that is in both versions (under the same name, or renamed) and differs in at least one feature.
 *
 * @param name   its qualified name in the new version
 * @param kind   what kind of element it is, in words: "commitment", "move"
 * @param before the element in the old version
 * @param after  the element in the new version
 * @param fields the features that differ, in the metamodel's order
 */
public record ElementChange(String name, String kind, NamedElement before, NamedElement after,
		List<FieldChange> fields) {

	public ElementChange {
		fields = List.copyOf(fields);
	}

	/** The names of the features that differ, as people say them. */
	public List<String> fieldNames() {
		return fields.stream().map(FieldChange::field).toList();
	}
}
