package org.throughline.ui.editor;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;

/** The file behind an editor input: a workspace file, or a file on disk opened from outside the workspace. */
public final class PlanEditorInputs {

	private PlanEditorInputs() {
	}

	public static IFile file(IEditorInput input) {
		return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : input.getAdapter(IFile.class);
	}

	/** Where the file is on disk, or null when it is not on the local disk. */
	public static Path location(IEditorInput input) {
		IFile file = file(input);
		if (file != null && file.getLocation() != null) {
			return Path.of(file.getLocation().toOSString());
		}
		if (input instanceof IURIEditorInput uriInput) {
			URI uri = uriInput.getURI();
			if (uri != null && "file".equals(uri.getScheme())) {
				return Path.of(uri);
			}
		}
		return null;
	}
}
