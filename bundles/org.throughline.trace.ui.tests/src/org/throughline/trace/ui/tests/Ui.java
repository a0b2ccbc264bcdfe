package org.throughline.trace.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.throughline.ui.tests.Screenshots;

/** Driving the workbench from a test: showing views, waiting for what the event loop delivers, screenshots. */
final class Ui {

	private Ui() {
	}

	static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	static IWorkbenchPage page() {
		return window().getActivePage();
	}

	/** Shows a view, activated, in a window as large as the test display. */
	static <T extends IViewPart> T show(String id, Class<T> type) throws Exception {
		fillTheScreen();
		T view = type.cast(page().showView(id));
		page().activate(view);
		dispatch();
		return view;
	}

	/** Makes the workbench window as large as the test display, so that screenshots show what users see. */
	static void fillTheScreen() {
		Shell shell = window().getShell();
		if (shell.getSize().x < 1300) {
			shell.setBounds(0, 0, 1400, 900);
		}
	}

	/** Runs everything queued for the display thread. */
	static void dispatch() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run queued work
		}
	}

	/** Runs the event loop until the condition holds, as the editor tests wait. */
	static void waitUntil(String what, BooleanSupplier condition) {
		org.throughline.ui.tests.Ui.waitUntil(what, condition);
	}

	/** As {@link #waitUntil(String, BooleanSupplier)}, saying what {@code state} says of the workbench if in vain. */
	static void waitUntil(String what, BooleanSupplier condition, Supplier<String> state) {
		org.throughline.ui.tests.Ui.waitUntil(what, condition, state);
	}

	/** Expands a tree item as a click on its twistie does, so that the viewer fills in its children. */
	static void expand(TreeItem item) {
		Event event = new Event();
		event.item = item;
		item.getParent().notifyListeners(SWT.Expand, event);
		item.setExpanded(true);
		dispatch();
	}

	/** The texts of tree items. */
	static List<String> texts(TreeItem[] items) {
		return Arrays.stream(items).map(TreeItem::getText).toList();
	}

	/** The item whose text starts with the prefix; fails naming the items there are. */
	static TreeItem item(TreeItem[] items, String prefix) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			if (item.getText().startsWith(prefix)) {
				return item;
			}
			texts.add(item.getText());
		}
		throw new AssertionError("no item starting with '" + prefix + "' in " + texts);
	}

	/**
	 * How many different colours a control paints, drawn into an image rather than read from the screen: a
	 * control that fails to paint shows its background alone.
	 */
	static int paintedColours(Control control) {
		Point size = control.getSize();
		Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
		GC gc = new GC(image);
		try {
			control.print(gc);
			ImageData data = image.getImageData();
			Set<Integer> colours = new HashSet<>();
			for (int y = 0; y < data.height; y += 2) {
				for (int x = 0; x < data.width; x += 2) {
					colours.add(data.getPixel(x, y));
				}
			}
			return colours.size();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Saves the workbench window with the part maximized, then restores the part. */
	static Path screenshot(String name, IWorkbenchPart maximized) throws Exception {
		return screenshot(name, maximized, () -> {
		});
	}

	/** Saves the workbench window with the part maximized, after {@code ready} has run on the maximized part. */
	static Path screenshot(String name, IWorkbenchPart maximized, Runnable ready) throws Exception {
		IWorkbenchPartReference reference = page().getReference(maximized);
		fillTheScreen();
		page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			dispatch();
			ready.run();
			return screenshot(name);
		} finally {
			page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
			dispatch();
		}
	}

	/** Saves the workbench window as a PNG for a person to look at. */
	static Path screenshot(String name) throws Exception {
		fillTheScreen();
		return Screenshots.save(window().getShell(), name);
	}
}
