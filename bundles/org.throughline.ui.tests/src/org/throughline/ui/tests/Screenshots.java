package org.throughline.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as a PNG under the folder the build names, so a person can look at it. */
public final class Screenshots {

	private Screenshots() {
	}

	public static Path save(Shell shell, String name) throws IOException {
		// let the views that update late (Problems) catch up and pending paints finish before pixels are copied
		Ui.settle();
		return saveAsShown(shell, name);
	}

	/**
	 * Saves the shell as it shows now, after its pending paints only: for a modal dialog that holds the workspace
	 * while it is open, during which the project's checks that {@link #save} waits for cannot run.
	 */
	public static Path saveAsShown(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// paint what is pending
		}
		Path folder = Path.of(System.getProperty("throughline.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			Path file = folder.resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
