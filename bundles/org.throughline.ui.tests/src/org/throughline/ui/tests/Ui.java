package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;

/** Driving the workbench from a test on the UI thread: waiting while events run, and typing into a text widget. */
public final class Ui {

	private Ui() {
	}

	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** Runs every event waiting in the queue. */
	public static void pump() {
		while (display().readAndDispatch()) {
			// keep going
		}
	}

	/** Runs events for {@code millis} milliseconds. */
	public static void pause(long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display().readAndDispatch()) {
				sleep(2);
			}
		}
	}

	/** Runs events until {@code condition} holds; fails the test naming {@code what} after {@code timeoutMillis}. */
	public static void waitUntil(String what, BooleanSupplier condition, long timeoutMillis) {
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("Waited " + timeoutMillis + " ms for " + what);
			}
			if (!display().readAndDispatch()) {
				sleep(5);
			}
		}
		pump();
	}

	/** Waits until no build is running or waiting to run. */
	public static void waitForBuilds() {
		waitUntil("the builds to finish", () -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0, 60_000);
	}

	/** Types {@code text} into the widget at its caret, one key press at a time, as a person would. */
	public static void type(StyledText widget, String text) {
		for (char c : text.toCharArray()) {
			key(widget, c == '\n' ? SWT.CR : c, c == '\n' ? '\r' : c);
		}
	}

	/** Presses Backspace {@code times} times. */
	public static void backspace(StyledText widget, int times) {
		for (int i = 0; i < times; i++) {
			key(widget, SWT.BS, SWT.BS);
		}
	}

	public static void key(StyledText widget, int keyCode, char character) {
		Event down = new Event();
		down.keyCode = keyCode;
		down.character = character;
		widget.notifyListeners(SWT.KeyDown, down);
		Event up = new Event();
		up.keyCode = keyCode;
		up.character = character;
		widget.notifyListeners(SWT.KeyUp, up);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
