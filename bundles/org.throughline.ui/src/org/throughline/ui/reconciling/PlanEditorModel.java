package org.throughline.ui.reconciling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.throughline.dsl.ide.checking.CheckedFile;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.projects.PlanLanguage;
import org.throughline.projects.builder.PlanCheckJob;
import org.throughline.projects.loading.PlanProjectLoader;
import org.throughline.projects.loading.UnsavedTexts;

/**
 * The plan file behind one editor, kept parsed, linked and checked as the person types. Work happens on the
 * reconciler's thread; the editor's parts listen for each new {@link PlanSnapshot} and show it on the UI thread.
 * <p>
 * The project is loaded once and then kept: after a pause in typing only the part of the file around the change is
 * parsed again ({@link PlanWorkspace#update}). It is loaded again when another file of the project changes. The one
 * loaded project is read and changed under one lock, which snapshots share ({@link PlanSnapshot#read}).
 */
public class PlanEditorModel {

	private final IDocument document;
	private final IFile file;
	private final Path location;
	private final List<Consumer<PlanSnapshot>> listeners = new CopyOnWriteArrayList<>();
	private final ReentrantLock lock = new ReentrantLock();
	private volatile PlanSnapshot latest;
	private volatile boolean disposed;
	/** How many times another file of the project changed; the project is loaded again when it has. */
	private final AtomicLong projectChanges = new AtomicLong();
	/** The count of {@link #projectChanges} that {@link #latest} was made after. */
	private volatile long latestChanges;
	/** The loaded project, kept from one check to the next; null until loaded. */
	private PlanWorkspace loaded;
	/** The count of {@link #projectChanges} that {@link #loaded} has seen. */
	private long loadedChanges;
	/** The text {@link #loaded} holds of this file. */
	private String loadedText;
	/** Counts the changes of {@link #loaded}; a snapshot serves reads only while it is of the current one. */
	private volatile long version;

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

	/**
	 * The newest snapshot if it was made from the document's current text, after the last change of another file of
	 * the project, and the loaded project is still of it; else null.
	 */
	public PlanSnapshot current() {
		PlanSnapshot snapshot = latest;
		return snapshot != null && isUpToDate(snapshot, stamp(document)) ? snapshot : null;
	}

	private boolean isUpToDate(PlanSnapshot snapshot, long stamp) {
		return snapshot.stamp() == stamp && latestChanges == projectChanges.get() && snapshot.isCurrent();
	}

	/**
	 * Another file of the project changed (saved, created, deleted, or edited in another editor): from now on no
	 * snapshot is current until the file has been checked again with the project loaded anew.
	 */
	public void otherFilesChanged() {
		projectChanges.incrementAndGet();
	}

	public void addListener(Consumer<PlanSnapshot> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<PlanSnapshot> listener) {
		listeners.remove(listener);
	}

	/**
	 * Brings the model up to the document's current text and the other files of the project as they are now, unless
	 * it is already there. Runs off the UI thread. Gives up, returning null, when the text changes again while it
	 * works.
	 */
	public PlanSnapshot reconcile(CancelIndicator cancel) {
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
		if (previous != null && isUpToDate(previous, stamp)) {
			return previous;
		}
		long changes = projectChanges.get();
		CancelIndicator stale = () -> disposed || cancel.isCanceled() || stamp(document) != stamp;
		PlanSnapshot snapshot = snapshotOf(text, stamp, changes, stale);
		if (snapshot == null || stale.isCanceled()) {
			return null;
		}
		latestChanges = changes;
		latest = snapshot;
		if (file != null && UnsavedTexts.put(file, text)) {
			// the project's other files are checked again with this text (by now they may mean something else)
			PlanCheckJob.schedule(file.getProject());
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
		if (snapshot != null && isUpToDate(snapshot, stamp) && snapshot.text().equals(text)) {
			return snapshot;
		}
		return snapshotOf(text, stamp, projectChanges.get(), () -> disposed);
	}

	/**
	 * A snapshot of {@code text}, made by bringing the loaded project up to it, or by loading the project when there
	 * is none yet or another file of it changed since it was loaded.
	 *
	 * @param changes the count of changes of other files that the snapshot must include
	 */
	private PlanSnapshot snapshotOf(String text, long stamp, long changes, CancelIndicator cancel) {
		lock.lock();
		try {
			// only ever towards the document's text: a late request for an older text must not take the loaded
			// project back behind the latest snapshot
			if (disposed || stamp != stamp(document)) {
				return null;
			}
			PlanWorkspace workspace = changes == loadedChanges ? loaded : null;
			XtextResource resource = null;
			if (workspace != null) {
				try {
					resource = workspace.update(location, text);
					if (!text.equals(loadedText)) {
						loadedText = text;
						version++;
					}
				} catch (RuntimeException e) {
					// what the parser or linker could not do in place, a fresh load does; the half-changed project
					// serves no snapshot any more
					version++;
					ILog.of(PlanEditorModel.class).warn("The plan file " + location + " is loaded again", e);
					workspace = null;
				}
			}
			if (workspace == null) {
				loaded = null;
				workspace = load(text);
				resource = workspace.resource(location).orElse(null);
				if (resource == null) {
					return null;
				}
				loaded = workspace;
				loadedChanges = changes;
				loadedText = text;
				version++;
			}
			if (cancel.isCanceled()) {
				return null;
			}
			CheckedFile checked = CheckedFile.of(workspace, resource, PlanLanguage.injector(), cancel);
			return checked == null ? null
					: new PlanSnapshot(file, text, stamp, workspace, resource, checked.issues(), checked.outline(),
							checked.highlights(), checked.folding(),
							new PlanSnapshot.Services(lock, version, () -> version));
		} catch (OperationCanceledError e) {
			// the check was given up (the text changed, another file did, or the editor closed): the next one
			// takes over
			return null;
		} catch (IOException | RuntimeException e) {
			// half-typed text must never break the editor: keep showing the last good snapshot
			if (!cancel.isCanceled()) {
				ILog.of(PlanEditorModel.class).warn("The plan file " + location + " could not be checked", e);
			}
			return null;
		} finally {
			lock.unlock();
		}
	}

	private PlanWorkspace load(String text) throws IOException {
		if (file != null && file.getProject() != null && file.getProject().getLocation() != null) {
			return PlanProjectLoader.load(file.getProject(), Map.of(file, text));
		}
		// a file outside the workspace is read with the other .plan files of its folder
		return PlanLanguage.get(PlanWorkspace.class).load(location.getParent(), Map.of(location, text));
	}

	/**
	 * A service's answer on a snapshot of the document's text and the project's other files as they are now, checked
	 * now when the newest snapshot is behind them; null when none can be had (the model was disposed, or the text
	 * or the project kept changing). For work in the background that must see the project as it is, such as a
	 * search. Runs off the UI thread.
	 */
	public <T> T readCurrent(Function<PlanSnapshot, T> service) {
		for (int attempt = 0; attempt < 3 && !disposed; attempt++) {
			PlanSnapshot snapshot = current();
			if (snapshot == null) {
				snapshot = reconcile(() -> false);
			}
			if (snapshot == null) {
				continue;
			}
			boolean[] served = new boolean[1];
			T answer = snapshot.read(s -> {
				served[0] = true;
				return service.apply(s);
			});
			if (served[0]) {
				return answer;
			}
		}
		return null;
	}

	/** Stops checking; a check under way ends without a snapshot, and the loaded project goes with the model. */
	public void dispose() {
		disposed = true;
		listeners.clear();
	}

	public static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}
}
