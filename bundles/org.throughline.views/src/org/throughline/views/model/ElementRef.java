package org.throughline.views.model;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * An element as the views remember it from one model to the next: by qualified name, which survives edits above
 * it in the file, and by URI for elements that have no name.
 *
 * @param project       the workspace project
 * @param qualifiedName the plan language's name for it; empty when it has none
 * @param uri           its URI in the model it was taken from
 */
public record ElementRef(String project, String qualifiedName, URI uri) {

	/** The element in the given model: the one with the same qualified name, else the one at the same URI. */
	public Optional<EObject> resolve(PlanModel model) {
		if (model == null || !model.project().equals(project)) {
			return Optional.empty();
		}
		Optional<EObject> named = model.element(qualifiedName);
		return named.isPresent() ? named : model.element(uri);
	}
}
