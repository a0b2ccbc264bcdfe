package org.throughline.help.display;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWebBrowser;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;
import org.eclipse.ui.help.AbstractHelpUI;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.framework.Bundle;

/**
 * Shows the platform's help as pages of the guide in the workbench's web browser (an editor tab where the
 * platform can show web pages, else the system's browser): Help > Help Contents opens the guide's contents, F1
 * the first page the context of the part in focus names. The toc and the contexts stay the help system's own
 * ({@link HelpSystem}); only the showing is done here, without the help web application and its server.
 */
public final class GuideHelpUI extends AbstractHelpUI {

	/** The guide's contents page, as the help system names a topic: "/bundle/path". */
	public static final String CONTENTS = "/org.throughline.help/guide/index.html";
	private static final String BROWSER_ID = "org.throughline.help.guide";
	/** The key under which the workbench's help system keeps a control's context id. */
	private static final String HELP_KEY = "org.eclipse.ui.help";

	@Override
	public void displayHelp() {
		displayHelpResource(CONTENTS);
	}

	@Override
	public void displaySearch() {
		displayHelp();
	}

	@Override
	public void displayDynamicHelp() {
		Display display = Display.getCurrent();
		IContext context = display == null ? null : contextAt(display.getFocusControl());
		if (context != null) {
			displayContext(context, 0, 0);
		} else {
			displayHelp();
		}
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		displayHelpResource(firstTopic(context).orElse(CONTENTS));
	}

	@Override
	public void displayHelpResource(String href) {
		URL page;
		try {
			page = pageOf(href).orElse(null);
		} catch (IOException | URISyntaxException e) {
			report("The guide's page " + href + " cannot be read: " + e.getMessage(), e);
			return;
		}
		if (page == null) {
			report("The guide has no page " + href + ".", null);
			return;
		}
		try {
			IWorkbenchBrowserSupport support = PlatformUI.getWorkbench().getBrowserSupport();
			IWebBrowser browser = support.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR
					| IWorkbenchBrowserSupport.NAVIGATION_BAR | IWorkbenchBrowserSupport.LOCATION_BAR, BROWSER_ID,
					"Throughline Guide", "The Throughline user guide");
			browser.openURL(page);
		} catch (PartInitException e) {
			// no browser the workbench knows of: the desktop's own opener for web pages may still have one
			if (!Program.launch(page.toString())) {
				report("No web browser could show the guide (" + e.getMessage() + "); its pages are in " + page
						+ ".", e);
			}
		}
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return false;
	}

	/** The href of the context's first related topic, if it has one. */
	public static Optional<String> firstTopic(IContext context) {
		IHelpResource[] topics = context == null ? null : context.getRelatedTopics();
		return topics == null || topics.length == 0 ? Optional.empty() : Optional.ofNullable(topics[0].getHref());
	}

	/**
	 * The local file URL of a help topic ("/org.throughline.help/guide/views.html#trace"), with its anchor; empty
	 * when no installed bundle has the page. The whole folder of the page is made local first, so that its links
	 * to the other pages and the style sheet work.
	 */
	public static Optional<URL> pageOf(String href) throws IOException, URISyntaxException {
		String path = href.startsWith("/") ? href.substring(1) : href;
		int hash = path.indexOf('#');
		String anchor = hash < 0 ? "" : path.substring(hash);
		path = hash < 0 ? path : path.substring(0, hash);
		int query = path.indexOf('?');
		path = query < 0 ? path : path.substring(0, query);
		int slash = path.indexOf('/');
		if (slash <= 0) {
			return Optional.empty();
		}
		Bundle bundle = Platform.getBundle(path.substring(0, slash));
		String file = path.substring(slash + 1);
		URL entry = bundle == null ? null : bundle.getEntry(file);
		if (entry == null) {
			return Optional.empty();
		}
		int folderEnd = file.lastIndexOf('/');
		if (folderEnd > 0) {
			URL folder = bundle.getEntry(file.substring(0, folderEnd + 1));
			if (folder != null) {
				FileLocator.toFileURL(folder);
			}
		}
		Path local = Path.of(FileLocator.toFileURL(entry).toURI());
		if (!Files.isRegularFile(local)) {
			return Optional.empty();
		}
		return Optional.of(new URL(local.toUri().toString() + anchor));
	}

	/** The help context of the control or of the nearest of its parents that has one; null when none has. */
	public static IContext contextAt(Control control) {
		for (Control at = control; at != null; at = at.getParent()) {
			if (at.getData(HELP_KEY) instanceof String id) {
				IContext context = HelpSystem.getContext(id);
				if (context != null) {
					return context;
				}
			}
		}
		return null;
	}

	private static void report(String message, Throwable cause) {
		StatusManager.getManager().handle(new Status(IStatus.ERROR, "org.throughline.help", message, cause),
				StatusManager.SHOW | StatusManager.LOG);
	}
}
