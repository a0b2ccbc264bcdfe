package org.throughline.ui.welcome;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;
import org.throughline.ui.problems.ProblemsColumns;

/**
 * On the first start in a workspace, opens the window over the whole screen and, when the workspace is empty, offers
 * to create the Bold Steps for Kent example, so a new user sees a real plan, its gaps and its traces before writing
 * one. Asked once per workspace; {@code -Dthroughline.welcome=off} turns it off (the workbench tests do). The
 * Problems view's columns are sized on its first showing in any case ({@link ProblemsColumns}).
 */
public class FirstStart implements IStartup {

	public static final String WELCOMED = "welcomed";
	public static final String SWITCH = "throughline.welcome";

	@Override
	public void earlyStartup() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			IWorkbenchWindow first = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (first != null) {
				ProblemsColumns.watch(first);
			}
		});
		if ("off".equals(System.getProperty(SWITCH)) || alreadyWelcomed()) {
			return;
		}
		display.asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null) {
				// the first window of a workspace takes the screen (the bounds where no window manager maximises);
				// the workbench remembers its size from then on
				window.getShell().setBounds(window.getShell().getMonitor().getClientArea());
				window.getShell().setMaximized(true);
			}
			if (window == null || ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
				remember();
				return;
			}
			remember();
			new WelcomeDialog(window.getShell()).open();
		});
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode("org.throughline.ui");
	}

	static boolean alreadyWelcomed() {
		return preferences().getBoolean(WELCOMED, false);
	}

	private static void remember() {
		preferences().putBoolean(WELCOMED, true);
		try {
			preferences().flush();
		} catch (BackingStoreException e) {
			// asked again next time; no harm done
		}
	}
}
