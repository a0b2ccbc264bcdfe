package org.throughline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.log4j.Logger;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.throughline.projects.PlanLanguage;
import org.throughline.ui.PlanningPerspective;

/** The product starts as the Throughline workbench, with the views a policy officer works in. */
class WorkbenchSmokeTest {

	@WorkbenchTest
	void theThroughlineWorkbenchIsUp() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window is open");
		assertEquals("Throughline", Platform.getProduct().getName());
		assertTrue(window.getShell().getText().contains("Throughline"), "window title: " + window.getShell().getText());
		assertTrue(window.getShell().isVisible());

		IWorkbenchPage page = window.getActivePage();
		assertEquals(PlanningPerspective.ID, page.getPerspective().getId());
		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET }) {
			assertNotNull(page.findViewReference(view), view + " is not in the perspective");
		}

		Path shot = Screenshots.save(window.getShell(), "workbench");
		assertTrue(Files.size(shot) > 1000, "the screenshot is empty: " + shot);
	}

	@WorkbenchTest
	void theAboutDialogNamesThroughline() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Display display = window.getShell().getDisplay();
		AtomicReference<String> title = new AtomicReference<>();
		AtomicReference<String> shown = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		// the dialog is modal: look at it and close it from the event loop it runs
		display.timerExec(1000, () -> {
			Shell about = display.getActiveShell();
			try {
				title.set(about.getText());
				shown.set(texts(about));
				Screenshots.save(about, "about");
			} catch (Exception | AssertionError e) {
				failure.set(e);
			} finally {
				about.close();
			}
		});
		window.getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.HELP_ABOUT, null);
		if (failure.get() != null) {
			throw new AssertionError(failure.get());
		}
		assertEquals("About Throughline", title.get());
		assertTrue(Platform.getProduct().getProperty("aboutText").startsWith("Throughline"));
		// the version of this build, as 'throughline --version' prints it from the bundles' names
		String version = Platform.getBundle("org.throughline.ui").getVersion().toString();
		assertTrue(shown.get().contains("Throughline " + version), shown.get());
		// the text goes through the mappings' formatting, where an apostrophe must be written twice to be shown
		assertTrue(shown.get().contains("a public body's plan"), shown.get());
	}

	/** Every text the widgets of a shell show, one after another. */
	private static String texts(Composite parent) {
		StringBuilder all = new StringBuilder();
		for (Control child : parent.getChildren()) {
			if (child instanceof StyledText text) {
				all.append(text.getText()).append('\n');
			} else if (child instanceof Text text) {
				all.append(text.getText()).append('\n');
			} else if (child instanceof Composite composite) {
				all.append(texts(composite));
			}
		}
		return all.toString();
	}

	@WorkbenchTest
	void theErrorLogShowsWhatTheLanguageLibrariesWarnOf() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		assertTrue(List.of(page.getShowViewShortcuts()).contains(PlanningPerspective.ERROR_LOG), "Window > Show View has no Error Log");
		IViewPart log = page.showView(PlanningPerspective.ERROR_LOG);
		assertNotNull(log);

		PlanLanguage.injector();
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getMessage().startsWith("org.eclipse.xtext.smoke")) {
				logged.add(status);
			}
		};
		Platform.addLogListener(listener);
		try {
			Logger.getLogger("org.eclipse.xtext.smoke").warn("a warning from the language's libraries");
			Logger.getLogger("org.eclipse.xtext.smoke").info("information the log leaves out");
			assertEquals(List.of("org.eclipse.xtext.smoke: a warning from the language's libraries"),
					logged.stream().map(IStatus::getMessage).toList());
			assertEquals(IStatus.WARNING, logged.get(0).getSeverity());
			Shell shell = page.getWorkbenchWindow().getShell();
			Ui.waitUntil("the Error Log lists the warning", () -> treeShows(shell, "a warning from the language"));
			Screenshots.save(shell, "error-log");
		} finally {
			Platform.removeLogListener(listener);
			page.hideView(log);
		}
	}

	/** Whether a tree in {@code control} has an item that reads {@code text}. */
	private static boolean treeShows(Control control, String text) {
		if (control instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				for (int column = 0; column < Math.max(1, tree.getColumnCount()); column++) {
					if (item.getText(column).contains(text)) {
						return true;
					}
				}
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				if (treeShows(child, text)) {
					return true;
				}
			}
		}
		return false;
	}
}
