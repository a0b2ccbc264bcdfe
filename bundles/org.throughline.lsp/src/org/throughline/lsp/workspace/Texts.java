package org.throughline.lsp.workspace;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Between the language's places (a file and an offset into its text) and the protocol's (a URI, and a line and a
 * character in UTF-16 units, as Java counts).
 */
public final class Texts {

	private Texts() {
	}

	/** The file that a protocol URI ({@code file:///...}) names. */
	public static Path file(String uri) {
		return Path.of(java.net.URI.create(uri)).toAbsolutePath().normalize();
	}

	/** The protocol URI of a file. */
	public static String uri(Path file) {
		return file.toAbsolutePath().normalize().toUri().toString();
	}

	/** The protocol URI of a file the language knows by an EMF URI. */
	public static String uri(URI file) {
		return uri(Path.of(file.toFileString()));
	}

	public static Document document(String text) {
		return new Document(0, text);
	}

	/** The text a loaded file was parsed from. */
	public static Document document(XtextResource resource) {
		return document(resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText());
	}

	public static Range range(Document document, int offset, int length) {
		int end = Math.min(offset + length, document.getContents().length());
		int start = Math.min(offset, end);
		return new Range(document.getPosition(start), document.getPosition(end));
	}

	/** The offset of a position, kept inside the text when a client sends one past its end. */
	public static int offset(Document document, Position position) {
		try {
			return document.getOffSet(position);
		} catch (IndexOutOfBoundsException e) {
			return document.getContents().length();
		}
	}
}
