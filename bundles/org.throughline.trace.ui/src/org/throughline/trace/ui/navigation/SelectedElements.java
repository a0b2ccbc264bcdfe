package org.throughline.trace.ui.navigation;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.trace.ui.links.TraceLinks;
import org.throughline.trace.ui.model.PlanModel;
import org.throughline.trace.ui.model.PlanModelService;

/**
 * Finds the plan element behind a selection in any part: an object that is or adapts to an {@link EObject} or a
 * {@link URI} (from this model, the editor's, or any other), or the caret in a text editor on a .plan file.
 */
public final class SelectedElements {

	/**
	 * A selected element, taken from the current model of its project.
	 *
	 * @param model   the model
	 * @param element the element, which has a trace of its own
	 */
	public record Selected(PlanModel model, EObject element) {
	}

	private SelectedElements() {
	}

	/** The traceable element the selection points at, in the current model of its project. */
	public static Optional<Selected> of(IWorkbenchPart part, ISelection selection, PlanModelService models) {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			return ofObject(structured.getFirstElement(), models);
		}
		if (selection instanceof ITextSelection text && part instanceof IEditorPart editor) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			if (file != null && PlanWorkspace.FILE_EXTENSION.equals(file.getFileExtension())) {
				return models.model(file.getProject().getName())
						.flatMap(model -> model.elementAt(file, text.getOffset())
								.map(TraceLinks::traceableAtOrAbove).map(e -> new Selected(model, e)));
			}
		}
		return Optional.empty();
	}

	/** The project the selection belongs to, for putting it in focus: that of an element, file or folder. */
	public static Optional<String> project(IWorkbenchPart part, ISelection selection) {
		Object first = null;
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			first = structured.getFirstElement();
		} else if (part instanceof IEditorPart editor) {
			first = editor.getEditorInput();
		}
		if (first == null) {
			return Optional.empty();
		}
		IResource resource = Adapters.adapt(first, IResource.class);
		if (resource != null && resource.getProject() != null) {
			return Optional.of(resource.getProject().getName());
		}
		URI uri = uriOf(first);
		return Optional.ofNullable(uri == null ? null : PlanModel.projectOf(workspaceUri(uri)));
	}

	private static Optional<Selected> ofObject(Object object, PlanModelService models) {
		URI uri = uriOf(object);
		if (uri == null) {
			return Optional.empty();
		}
		URI inWorkspace = workspaceUri(uri);
		Optional<PlanModel> model = models.model(PlanModel.projectOf(inWorkspace));
		if (model.isEmpty()) {
			return Optional.empty();
		}
		EObject element = object instanceof EObject eObject && model.get().contains(eObject) ? eObject
				: model.get().element(inWorkspace).orElse(null);
		EObject traceable = TraceLinks.traceableAtOrAbove(element);
		return traceable == null ? Optional.empty() : Optional.of(new Selected(model.get(), traceable));
	}

	private static URI uriOf(Object object) {
		EObject element = object instanceof EObject e ? e : Adapters.adapt(object, EObject.class);
		if (element != null) {
			return element.eIsProxy() ? null : EcoreUtil.getURI(element);
		}
		return object instanceof URI uri ? uri : Adapters.adapt(object, URI.class);
	}

	// An editor may load files by their location on disk; the model loads them by their place in the workspace.
	private static URI workspaceUri(URI uri) {
		if (!uri.isFile()) {
			return uri;
		}
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(java.net.URI.create(uri.trimFragment().toString()));
		if (files.length == 0) {
			return uri;
		}
		URI platform = PlanModel.uriOf(files[0]);
		return uri.hasFragment() ? platform.appendFragment(uri.fragment()) : platform;
	}
}
