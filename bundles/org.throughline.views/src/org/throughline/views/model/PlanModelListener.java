package org.throughline.views.model;

/**
 * Told when a project's plan model is replaced or removed, and when the project in focus changes. Called on a
 * background thread; views move to the display thread themselves.
 */
public interface PlanModelListener {

	/**
	 * A project's model was replaced.
	 *
	 * @param project the project
	 * @param model   its new model; null when the project has no plan any more (closed, deleted, no .plan file)
	 */
	void modelChanged(String project, PlanModel model);

	/** Another project is now the one in focus. */
	default void focusChanged(String project) {
	}
}
