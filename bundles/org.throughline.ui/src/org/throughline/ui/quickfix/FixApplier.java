package org.throughline.ui.quickfix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFixes.FixFailedException;
import org.throughline.dsl.ide.quickfix.PlanQuickFixes;
import org.throughline.dsl.text.TextEdit;
import org.throughline.projects.PlanLanguage;
import org.throughline.projects.loading.PlanProjectLoader;

/**
 * Applies a fix to the files it changes, through their file buffers: a file open in an editor changes in the
 * editor, to be saved or undone there; a file no one has open is changed and saved, so the builder sees the change.
 */
public final class FixApplier {

	private FixApplier() {
	}

	/**
	 * Applies {@code fix}.
	 *
	 * @return where to put the caret in the file {@code caretFile}, or -1
	 */
	public static int apply(PlanFix fix, URI caretFile) throws CoreException, FixFailedException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		Map<URI, String> after = PlanLanguage.get(PlanQuickFixes.class).apply(fix, FixApplier::currentText);
		int caret = -1;
		for (Map.Entry<URI, String> entry : after.entrySet()) {
			IFile file = fileOf(entry.getKey());
			if (file == null) {
				throw new FixFailedException(entry.getKey().lastSegment() + " is not in the workspace");
			}
			// a file that is open somewhere already has a buffer: its change is left there, to be saved or undone
			boolean open = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
			buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				IDocument document = buffer.getDocument();
				String before = document.get();
				TextEdit change = TextEdit.difference(before, entry.getValue());
				document.replace(change.offset(), change.length(), change.text());
				if (entry.getKey().equals(caretFile) && fix.caretAfter() != null) {
					int firstEdit = fix.edits().get(entry.getKey()).stream().mapToInt(TextEdit::offset).min().orElse(0);
					int found = entry.getValue().indexOf(fix.caretAfter(), Math.min(firstEdit, entry.getValue().length()));
					caret = found < 0 ? -1 : found + fix.caretAfter().length();
				}
				if (!open) {
					buffer.commit(null, true);
				}
			} catch (BadLocationException e) {
				throw new FixFailedException("The text of " + file.getName() + " changed while the fix was applied");
			} finally {
				buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		}
		return caret;
	}

	/** A file's text as the person sees it: the open editor's, else what is on disk. */
	private static String currentText(URI uri) {
		IFile file = fileOf(uri);
		if (file != null) {
			ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
					LocationKind.IFILE);
			if (buffer != null) {
				return buffer.getDocument().get();
			}
		}
		try {
			return Files.readString(Path.of(uri.toFileString()), StandardCharsets.UTF_8);
		} catch (IOException e) {
			// the fix then fails with "the fix changes NAME, which cannot be read"
			return null;
		}
	}

	private static IFile fileOf(URI uri) {
		return PlanProjectLoader.fileOf(uri);
	}
}
