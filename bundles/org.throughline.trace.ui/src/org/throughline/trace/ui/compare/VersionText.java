package org.throughline.trace.ui.compare;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.swt.graphics.Image;

/**
 * One side of a difference: a plan file, or an element's text in it, as one version holds it. Its type is text,
 * so that the compare editor shows the two sides in its text viewer with their lines compared.
 *
 * @param name what the structure tree calls it
 * @param text its text in this version
 */
record VersionText(String name, String text) implements ITypedElement, IEncodedStreamContentAccessor {

	@Override
	public String getName() {
		return name;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public String getType() {
		return ITypedElement.TEXT_TYPE;
	}

	@Override
	public InputStream getContents() {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String getCharset() {
		return StandardCharsets.UTF_8.name();
	}
}
