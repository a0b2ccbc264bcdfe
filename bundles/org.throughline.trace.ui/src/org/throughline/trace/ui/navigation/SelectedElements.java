package org.throughline.trace.ui.navigation;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.projects.loading.PlanProjectLoader;
import org.throughline.views.links.TraceLinks;
import org.throughline.views.model.PlanModel;
import org.throughline.trace.ui.model.PlanModelService;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.reconciling.PlanEditorModel;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * Finds the plan element behind a selection in any part: an object that is or adapts to an {@link EObject} or a
 * {@link URI} (from this model, the editor's, or any other), a row of the plan editor's Outline, a problem (of the
 * Problems view) in a .plan file, a .plan file (of the Project Explorer), or the caret in a plan editor (as its text
 * is now) or in another text editor on a .plan file (as the views' model has it).
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
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof OutlineNode node
				&& part != null && part.getSite().getPage().getActiveEditor() instanceof PlanEditor editor) {
			// a row of the Outline, which shows the active editor's check of its text
			return inEditor(editor, node.nameOffset(), models);
		}
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			return ofObject(part, structured.getFirstElement(), models);
		}
		if (selection instanceof ITextSelection text && part instanceof PlanEditor editor) {
			return inEditor(editor, text.getOffset(), models);
		}
		if (selection instanceof ITextSelection text && part instanceof IEditorPart editor) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			if (file != null) {
				return inFile(file, text.getOffset(), models);
			}
		}
		return Optional.empty();
	}

	/**
	 * The traceable element at {@code offset} of a .plan file as the views' model has it, or the first one written
	 * in the file when {@code offset} is negative.
	 */
	private static Optional<Selected> inFile(IFile file, int offset, PlanModelService models) {
		if (!PlanWorkspace.FILE_EXTENSION.equals(file.getFileExtension())) {
			return Optional.empty();
		}
		URI uri = PlanProjectLoader.uriOf(file);
		return models.model(file.getProject().getName()).flatMap(model -> (offset >= 0
				? model.elementAt(uri, offset).map(TraceLinks::traceableAtOrAbove)
				: model.elementsIn(uri).stream().filter(TraceLinks::traceable).findFirst())
				.map(e -> new Selected(model, e)));
	}

	/**
	 * The traceable element at the caret of a plan editor, as the editor's text is now (saved or not): found in the
	 * editor's check of that text, and taken from the project's model by its qualified name (by its place where it
	 * has none). Empty while the editor has not yet checked the text it shows (the views trace the caret again once
	 * it has), and for an element the files on disk do not have yet.
	 */
	private static Optional<Selected> inEditor(PlanEditor editor, int offset, PlanModelService models) {
		PlanEditorModel editorModel = editor.model();
		PlanSnapshot snapshot = editorModel == null ? null : editorModel.current();
		if (snapshot == null || editorModel.file() == null) {
			return Optional.empty();
		}
		String[] name = new String[1];
		URI[] uri = new URI[1];
		snapshot.tryRead(s -> PlanModel.writtenAt(s.resource(), offset).map(TraceLinks::traceableAtOrAbove)
				.ifPresent(traceable -> {
					QualifiedName qualified = s.resource().getResourceServiceProvider().get(IQualifiedNameProvider.class)
							.getFullyQualifiedName(traceable);
					name[0] = qualified == null ? null : qualified.toString();
					uri[0] = EcoreUtil.getURI(traceable);
				}), 0);
		if (uri[0] == null) {
			return Optional.empty();
		}
		return models.model(editorModel.file().getProject().getName())
				.flatMap(model -> model.element(name[0]).or(() -> model.element(uri[0]))
						.map(TraceLinks::traceableAtOrAbove).map(e -> new Selected(model, e)));
	}

	private static boolean isActive(IWorkbenchPart part) {
		return part != null && part.getSite() != null && part.getSite().getPage().getActivePart() == part;
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
		return Optional.ofNullable(projectOf(uriOf(first)));
	}

	private static Optional<Selected> ofObject(IWorkbenchPart part, Object object, PlanModelService models) {
		IMarker marker = Adapters.adapt(object, IMarker.class);
		if ((marker != null || object instanceof IResource) && !isActive(part)) {
			// a problem or a file traces only when the user picks it: a view that is not in use also changes its
			// selection when its files change (the Project Explorer follows a project made again), and a late
			// event of it must not take the views from the editor being typed in
			return Optional.empty();
		}
		if (marker != null && marker.getResource() instanceof IFile file) {
			// the builder checks the live model, whose copy the views read: the problem's offset is the copy's
			int offset = marker.getAttribute(IMarker.CHAR_START, -1);
			return offset < 0 ? Optional.empty() : inFile(file, offset, models);
		}
		IFile file = object instanceof IResource ? Adapters.adapt(object, IFile.class) : null;
		if (file != null) {
			// a file stands for the first thing written in it
			return inFile(file, -1, models);
		}
		URI uri = uriOf(object);
		if (uri == null) {
			return Optional.empty();
		}
		Optional<PlanModel> model = models.model(projectOf(uri));
		if (model.isEmpty()) {
			return Optional.empty();
		}
		EObject element = object instanceof EObject eObject && model.get().contains(eObject) ? eObject
				: model.get().element(uri).orElse(null);
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

	/** The project of the workspace file an element's URI points into; null for any other URI. */
	private static String projectOf(URI uri) {
		IFile file = uri == null ? null : PlanProjectLoader.fileOf(uri.trimFragment());
		return file == null ? null : file.getProject().getName();
	}
}
