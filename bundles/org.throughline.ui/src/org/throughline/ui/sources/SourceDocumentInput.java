package org.throughline.ui.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IEncodedStorage;
import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.eclipse.ui.PlatformUI;

/**
 * A source document as an editor shows it: read-only storage, so that the text editor offers no way to change the
 * council's paper. It is deliberately not a file or path input, which the editor would open as an editable buffer.
 */
public final class SourceDocumentInput implements IStorageEditorInput {

	private final Path file;
	private final String document;

	/**
	 * @param file     the document's file, as the plan's citations find it
	 * @param document the name the plan cites it by
	 */
	public SourceDocumentInput(Path file, String document) {
		this.file = file.toAbsolutePath().normalize();
		this.document = document;
	}

	public Path file() {
		return file;
	}

	@Override
	public IStorage getStorage() {
		return new Storage(file);
	}

	/** The document's bytes, read as UTF-8 as citations read them; never writable. */
	private record Storage(Path file) implements IEncodedStorage {

		@Override
		public InputStream getContents() throws CoreException {
			try {
				return Files.newInputStream(file);
			} catch (IOException e) {
				throw new CoreException(Status.error(file.getFileName() + " cannot be read: " + e.getMessage(), e));
			}
		}

		@Override
		public String getCharset() {
			return StandardCharsets.UTF_8.name();
		}

		@Override
		public IPath getFullPath() {
			return IPath.fromOSString(file.toString());
		}

		@Override
		public String getName() {
			return file.getFileName().toString();
		}

		@Override
		public boolean isReadOnly() {
			return true;
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}
	}

	@Override
	public boolean exists() {
		return Files.isRegularFile(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor(file.getFileName().toString());
	}

	@Override
	public String getName() {
		return document + " (read-only)";
	}

	@Override
	public IPersistableElement getPersistable() {
		// not reopened on restart: the plan's citations open it again
		return null;
	}

	@Override
	public String getToolTipText() {
		return document + ", " + file + " (read-only)";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	// one editor per document file: a second citation of the same document selects its lines in the same editor
	@Override
	public boolean equals(Object other) {
		return other instanceof SourceDocumentInput input && input.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}
