package org.throughline.ui.navigation;

import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.throughline.projects.loading.PlanProjectLoader;
import org.throughline.ui.editor.PlanEditor;

/** Opens an element where it is defined: its file in the plan editor, its name selected. */
public final class Navigation {

	private Navigation() {
	}

	/** Where the element's name is written, or where the element is when it has no name. */
	public static ITextRegion nameRegion(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, name);
			if (!nodes.isEmpty()) {
				return new TextRegion(nodes.get(0).getOffset(), nodes.get(0).getLength());
			}
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? new TextRegion(0, 0) : new TextRegion(node.getOffset(), 0);
	}

	/** Where an element's name is written: its file, and the region of the name there. */
	public record Place(URI file, ITextRegion name) {
	}

	/** Where the element's name is written, taken while its model is held still; null when it is in no file. */
	public static Place placeOf(EObject element) {
		return element.eResource() == null ? null : new Place(element.eResource().getURI(), nameRegion(element));
	}

	/** Opens the file of a place and selects the name; returns the editor, or null when it cannot be opened. */
	public static IEditorPart open(Place place) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ITextRegion region = place.name();
		try {
			IEditorPart editor;
			IFile file = PlanProjectLoader.fileOf(place.file());
			if (file != null) {
				editor = IDE.openEditor(page, file, PlanEditor.ID, true);
			} else {
				IFileStore store = EFS.getLocalFileSystem()
						.getStore(java.nio.file.Path.of(place.file().toFileString()).toUri());
				editor = IDE.openEditorOnFileStore(page, store);
			}
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(region.getOffset(), region.getLength());
			} else if (editor != null) {
				editor.getSite().getSelectionProvider().setSelection(new TextSelection(region.getOffset(), region.getLength()));
			}
			return editor;
		} catch (PartInitException e) {
			return null;
		}
	}
}
