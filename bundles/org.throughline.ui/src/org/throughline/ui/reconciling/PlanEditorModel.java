package org.throughline.ui.reconciling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.ide.highlighting.PlanStyles;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.dsl.ide.outline.PlanOutline;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.projects.PlanLanguage;
import org.throughline.projects.loading.PlanProjectLoader;
import org.throughline.projects.loading.UnsavedTexts;
import org.throughline.ui.reconciling.PlanSnapshot.Highlight;

/**
 * The plan file behind one editor, kept parsed, linked and checked as the person types. Work happens on the
 * reconciler's thread; the editor's parts listen for each new {@link PlanSnapshot} and show it on the UI thread.
 */
public class PlanEditorModel {

	private final IDocument document;
	private final IFile file;
	private final Path location;
	private final List<Consumer<PlanSnapshot>> listeners = new CopyOnWriteArrayList<>();
	private volatile PlanSnapshot latest;
	private volatile boolean disposed;

	/**
	 * @param file     the workspace file, or null for a file outside the workspace
	 * @param location where the file is on disk
	 */
	public PlanEditorModel(IDocument document, IFile file, Path location) {
		this.document = document;
		this.file = file;
		this.location = location.toAbsolutePath().normalize();
	}

	public IDocument document() {
		return document;
	}

	public IFile file() {
		return file;
	}

	/** The newest snapshot, current or not; null before the first reconcile. */
	public PlanSnapshot latest() {
		return latest;
	}

	/** The newest snapshot if it was made from the document's current text, else null. */
	public PlanSnapshot current() {
		PlanSnapshot snapshot = latest;
		return snapshot != null && snapshot.stamp() == stamp(document) ? snapshot : null;
	}

	public void addListener(Consumer<PlanSnapshot> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<PlanSnapshot> listener) {
		listeners.remove(listener);
	}

	/**
	 * Brings the model up to the document's current text, unless it is already there and {@code force} is false.
	 * Runs off the UI thread. Gives up, returning null, when the text changes again while it works.
	 */
	public PlanSnapshot reconcile(boolean force, CancelIndicator cancel) {
		if (disposed) {
			return null;
		}
		long stamp = stamp(document);
		String text;
		try {
			text = document.get();
		} catch (RuntimeException e) {
			// the UI thread changed the text while it was read: the next reconcile reads it again
			return null;
		}
		if (stamp != stamp(document)) {
			return null;
		}
		PlanSnapshot previous = latest;
		if (!force && previous != null && previous.stamp() == stamp) {
			return previous;
		}
		CancelIndicator stale = () -> disposed || cancel.isCanceled() || stamp(document) != stamp;
		PlanSnapshot snapshot = snapshotOf(text, stamp, stale);
		if (snapshot == null || stale.isCanceled()) {
			return null;
		}
		latest = snapshot;
		if (file != null) {
			UnsavedTexts.put(file, text);
		}
		for (Consumer<PlanSnapshot> listener : listeners) {
			try {
				listener.accept(snapshot);
			} catch (RuntimeException e) {
				ILog.of(PlanEditorModel.class).error("A part of the plan editor failed to show the checked file", e);
			}
		}
		return snapshot;
	}

	/**
	 * A snapshot of exactly {@code text}, the latest when it is of that text, else made now (without publishing it).
	 * For services that need the model of the text at hand, such as completion. Runs off the UI thread.
	 */
	public PlanSnapshot snapshotFor(String text, long stamp) {
		PlanSnapshot snapshot = latest;
		if (snapshot != null && snapshot.stamp() == stamp && snapshot.text().equals(text)) {
			return snapshot;
		}
		return snapshotOf(text, stamp, () -> disposed);
	}

	private PlanSnapshot snapshotOf(String text, long stamp, CancelIndicator cancel) {
		try {
			PlanWorkspace workspace = load(text);
			XtextResource resource = workspace.resource(location).orElse(null);
			if (resource == null || cancel.isCanceled()) {
				return null;
			}
			List<Issue> issues = workspace.issues(resource, cancel);
			if (cancel.isCanceled()) {
				return null;
			}
			List<OutlineNode> outline = PlanOutline.of(resource, cancel);
			List<Highlight> highlights = new ArrayList<>();
			PlanLanguage.get(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
					(offset, length, ids) -> highlights.add(new Highlight(offset, length, PlanStyles.byId(ids[0]))), cancel);
			highlights.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
			List<FoldingRange> folding = new ArrayList<>(
					PlanLanguage.get(IFoldingRangeProvider.class).getFoldingRanges(resource, cancel));
			return new PlanSnapshot(file, text, stamp, workspace, resource, List.copyOf(issues), outline,
					List.copyOf(highlights), List.copyOf(folding), new PlanSnapshot.Services());
		} catch (IOException | RuntimeException e) {
			// half-typed text must never break the editor: keep showing the last good snapshot
			if (!cancel.isCanceled()) {
				ILog.of(PlanEditorModel.class).warn("The plan file " + location + " could not be checked", e);
			}
			return null;
		}
	}

	private PlanWorkspace load(String text) throws IOException {
		if (file != null && file.getProject() != null && file.getProject().getLocation() != null) {
			return PlanProjectLoader.load(file.getProject(), Map.of(file, text));
		}
		// a file outside the workspace is read with the other .plan files of its folder
		return PlanLanguage.get(PlanWorkspace.class).load(location.getParent(), Map.of(location, text));
	}

	public void dispose() {
		disposed = true;
		listeners.clear();
	}

	public static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}
}
