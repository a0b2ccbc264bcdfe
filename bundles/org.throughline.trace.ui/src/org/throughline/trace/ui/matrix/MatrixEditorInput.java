package org.throughline.trace.ui.matrix;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.throughline.trace.ui.TraceUiPlugin;

/** The traceability matrix of one project's plan; one editor per project. */
public final class MatrixEditorInput implements IEditorInput {

	private final String project;

	public MatrixEditorInput(String project) {
		this.project = Objects.requireNonNull(project);
	}

	public String project() {
		return project;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return TraceUiPlugin.imageDescriptorFromPlugin(TraceUiPlugin.ID, "icons/matrix.png");
	}

	@Override
	public String getName() {
		return "Matrix: " + project;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Traceability matrix of the plan in " + project;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MatrixEditorInput input && input.project.equals(project);
	}

	@Override
	public int hashCode() {
		return project.hashCode();
	}
}
