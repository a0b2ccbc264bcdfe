package org.throughline.ui.tests;

import java.lang.reflect.Field;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.PlatformUI;
import org.throughline.projects.builder.PlanCheckJob;

/**
 * Driving the workbench from a test on the UI thread: waiting, while events run, for a condition (never for a fixed
 * time), and typing into a text widget.
 */
public final class Ui {

	/**
	 * How long a wait may last before the test gives up: only a guard against a condition that never comes, far
	 * beyond what any step takes on a loaded machine, never a measure of speed.
	 */
	private static final long GIVE_UP_MILLIS = 180_000;

	/** Wakes the event loop's sleep, so that a condition that events do not announce is looked at again. */
	private static final Runnable WAKE = () -> {
	};

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

	/** Runs events until {@code condition} holds; fails the test naming {@code what} if it never does. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, condition, () -> "");
	}

	/**
	 * Runs events until {@code condition} holds; fails the test naming {@code what}, and what {@code state} says of
	 * the workbench then, if it never does.
	 */
	public static void waitUntil(String what, BooleanSupplier condition, Supplier<String> state) {
		long end = System.nanoTime() + GIVE_UP_MILLIS * 1_000_000;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - end > 0) {
				String now = state.get();
				throw new AssertionError("Waited in vain for " + what + (now.isEmpty() ? "" : "; " + now));
			}
			if (!display().readAndDispatch()) {
				// nothing to run: sleep until an event comes or the next time-based event is due
				display().timerExec(20, WAKE);
				display().sleep();
			}
		}
		pump();
	}

	/** Waits until no build and no check of a plan project is running or waiting to run. */
	public static void waitForBuilds() {
		waitUntil("the builds and plan checks to finish", Ui::noChecks);
	}

	private static boolean noChecks() {
		return Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0
				&& Job.getJobManager().find(PlanCheckJob.class).length == 0;
	}

	/**
	 * Waits until the window shows what is waiting to be shown: no build or plan check is due, no job is
	 * running or waiting, and every event has run and every pending paint is done.
	 */
	public static void settle() {
		waitUntil("the workbench to settle", () -> {
			pump();
			return noChecks() && Job.getJobManager().isIdle() && markerViewsUpToDate();
		});
		for (var shell : display().getShells()) {
			shell.update();
		}
		pump();
	}

	/**
	 * Whether the Problems view (and any other markers view) has shown the markers as they are. Such a view updates
	 * in a job that sleeps a moment first, so an idle job manager does not say it is done; the family of its jobs is
	 * a field of the view, which the platform does not publish, so it is read by its name.
	 */
	private static boolean markerViewsUpToDate() {
		for (IViewReference reference : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getViewReferences()) {
			IViewPart view = reference.getView(false);
			for (Class<?> type = view == null ? null : view.getClass(); type != null; type = type.getSuperclass()) {
				try {
					Field family = type.getDeclaredField("MARKERSVIEW_UPDATE_JOB_FAMILY");
					family.setAccessible(true);
					if (Job.getJobManager().find(family.get(view)).length > 0) {
						return false;
					}
					break;
				} catch (NoSuchFieldException e) {
					// not declared here: look in the superclass
				} catch (ReflectiveOperationException | RuntimeException e) {
					// the view's internals are not what this expects: wait no longer on its job
					break;
				}
			}
		}
		return true;
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
}
