package org.throughline.ui.tests;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.throughline.projects.markers.PlanMarkers;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.navigation.PlanHyperlinkDetector;
import org.throughline.ui.wizards.PlanProjects;

/**
 * The tests' plan projects: a small part of Bold Steps for Kent (resources/kent of this bundle), created as a plan
 * project and checked by the builder.
 */
public final class Fixtures {

	private Fixtures() {
	}

	/** A plan project called {@code name} with the files of resources/kent, built. */
	public static IProject kentProject(String name) throws Exception {
		IProject project = PlanProjects.create(name, null, null);
		Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
		for (URL entry : Collections.list(bundle.findEntries("resources/kent", "*.plan", false))) {
			String file = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
			try (InputStream in = entry.openStream()) {
				project.getFile(file).create(in, IResource.NONE, null);
			}
		}
		Ui.waitForBuilds();
		return project;
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/**
	 * The links Ctrl+click offers at {@code offset}, once there are some: the detector runs on the UI thread and
	 * offers none while a background check holds the project's model, as a user's next mouse move would find.
	 */
	public static IHyperlink[] linksAt(PlanEditor editor, int offset, boolean multiple) {
		PlanHyperlinkDetector detector = new PlanHyperlinkDetector(editor);
		IHyperlink[][] links = new IHyperlink[1][];
		Ui.waitUntil("a link at offset " + offset, () -> (links[0] = detector.detectHyperlinks(editor.viewer(),
				new Region(offset, 0), multiple)) != null);
		return links[0];
	}

	/** Opens a file in the plan editor and waits until it has been checked and shown. */
	public static PlanEditor open(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(page(), file, PlanEditor.ID, true);
		PlanEditor editor = (PlanEditor) part;
		waitUntilChecked(editor);
		return editor;
	}

	/**
	 * Waits until the editor has checked the text shown with the project's other files as they are, and shows what
	 * it found (markers, colours, folds, outline).
	 */
	public static void waitUntilChecked(PlanEditor editor) {
		Ui.waitUntil("the plan editor to check " + editor.getTitle(), editor::showsCurrentCheck);
	}

	public static int offsetOf(PlanEditor editor, String snippet) {
		int at = editor.document().get().indexOf(snippet);
		if (at < 0) {
			throw new AssertionError("\u2018" + snippet + "\u2019 is not in " + editor.getTitle());
		}
		return at;
	}

	/** Puts the caret just after {@code snippet}. */
	public static void caretAfter(PlanEditor editor, String snippet) {
		editor.selectAndReveal(offsetOf(editor, snippet) + snippet.length(), 0);
		Ui.pump();
	}

	public static String text(IFile file) throws Exception {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), file.getCharset());
		}
	}

	public static IDocument document(PlanEditor editor) {
		return editor.document();
	}

	/** The plan problems on a file, as "code: message" lines. */
	public static List<String> problems(IFile file) throws CoreException {
		List<String> lines = new ArrayList<>();
		for (IMarker marker : file.findMarkers(PlanMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
			lines.add(marker.getAttribute(PlanMarkers.CODE, "") + ": " + marker.getAttribute(IMarker.MESSAGE, ""));
		}
		return lines;
	}

	/** The problems of {@code code} on a file. */
	public static List<String> problems(IFile file, String code) throws CoreException {
		return problems(file).stream().filter(p -> p.startsWith(code + ":")).toList();
	}

	/** The error markers (syntax errors, broken links) on a file; warnings about gaps are not errors. */
	public static List<String> errors(IFile file) throws CoreException {
		List<String> lines = new ArrayList<>();
		for (IMarker marker : file.findMarkers(PlanMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
				lines.add(marker.getAttribute(PlanMarkers.CODE, "") + ": " + marker.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		return lines;
	}

	/** Closes every editor, throwing away unsaved changes. */
	public static void closeEditors() {
		page().closeAllEditors(false);
		Ui.pump();
	}

	/** A completion or quick fix popup: a visible shell other than the window, holding a table; null when none is open. */
	public static Shell popup() {
		for (Shell shell : Ui.display().getShells()) {
			if (shell.isVisible() && shell != page().getWorkbenchWindow().getShell()
					&& shell.getChildren().length > 0 && shell.getChildren()[0] instanceof Table) {
				return shell;
			}
		}
		return null;
	}

	/** The first visible text field in a dialog, as a person would type into first; null when there is none. */
	public static Text firstText(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text && text.isVisible()) {
				return text;
			}
			if (child instanceof Composite composite) {
				Text found = firstText(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
