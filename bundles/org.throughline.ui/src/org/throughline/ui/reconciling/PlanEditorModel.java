package org.throughline.ui.reconciling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import org.throughline.projects.live.LivePlan;
import org.throughline.projects.live.LivePlans;
import org.throughline.projects.loading.UnsavedTexts;

/**
 * The plan file behind one editor, kept parsed, linked and checked as the person types. Work happens on the
 * reconciler's thread; the editor's parts listen for each new {@link PlanSnapshot} and show it on the UI thread.
 * <p>
 * The file is checked in its project's one {@link LivePlan live model}, which the builder, the other editors and the
 * views read too: after a pause in typing only the part of the file around the change is parsed again
 * ({@link PlanWorkspace#update}). The model is read and changed under its lock, which snapshots share
 * ({@link PlanSnapshot#read}).
 */
public class PlanEditorModel {

	private final IDocument document;
	private final IFile file;
	private final Path location;
	private final List<Consumer<PlanSnapshot>> listeners = new CopyOnWriteArrayList<>();
	/** The live model of the file's project (or of its folder, for a file outside the workspace). */
	private final LivePlan live;
	private volatile PlanSnapshot latest;
	private volatile boolean disposed;
	/** How many times another file of the project changed; the file is checked again when it has. */
	private final AtomicLong projectChanges = new AtomicLong();
	/** The count of {@link #projectChanges} that {@link #latest} was made after. */
	private volatile long latestChanges;

	/**
	 * @param file     the workspace file, or null for a file outside the workspace
	 * @param location where the file is on disk
	 */
	public PlanEditorModel(IDocument document, IFile file, Path location) {
		this.document = document;
		this.file = file;
		this.location = location.toAbsolutePath().normalize();
		this.live = file != null && file.getProject() != null && file.getProject().getLocation() != null
				? LivePlans.of(file.getProject())
				: LivePlan.ofFolder(this.location.getParent());
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
	 * the project, and the project's model is still of it; else null.
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
	 * snapshot is current until the file has been checked again with the project as it is then.
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
	 * Runs {@code action} once, with the current snapshot if there is one now, else with the next one a check makes
	 * (on the checking thread). A check that ends while the action is being registered is not missed.
	 */
	public void whenChecked(Consumer<PlanSnapshot> action) {
		Consumer<PlanSnapshot> once = new Consumer<>() {
			@Override
			public void accept(PlanSnapshot snapshot) {
				// whoever removes the listener first runs the action: the check or the caller below
				if (listeners.remove(this)) {
					action.accept(snapshot);
				}
			}
		};
		listeners.add(once);
		PlanSnapshot now = current();
		if (now != null) {
			once.accept(now);
		}
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
		PlanSnapshot snapshot = snapshotOf(text, stamp, stale);
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
		return snapshotOf(text, stamp, () -> disposed);
	}

	/**
	 * A snapshot of {@code text}, made by bringing the project's live model up to it.
	 *
	 */
	private PlanSnapshot snapshotOf(String text, long stamp, CancelIndicator cancel) {
		ReentrantLock lock = live.lock();
		lock.lock();
		try {
			// only ever towards the document's text: a late request for an older text must not take the model
			// back behind the latest snapshot
			if (disposed || stamp != stamp(document)) {
				return null;
			}
			XtextResource resource = live.update(location, text);
			if (resource == null || cancel.isCanceled()) {
				return null;
			}
			PlanWorkspace workspace = live.held();
			CheckedFile checked = CheckedFile.of(workspace, resource, PlanLanguage.injector(), cancel);
			long version = live.version();
			return checked == null ? null
					: new PlanSnapshot(file, text, stamp, workspace, resource, checked.issues(), checked.outline(),
							checked.highlights(), checked.folding(),
							new PlanSnapshot.Services(lock, version, live::version));
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

	/** Stops checking; a check under way ends without a snapshot. */
	public void dispose() {
		disposed = true;
		listeners.clear();
		// the model goes back to what the file says on disk, or in another editor of it
		live.noteChanged(location);
	}

	public static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}
}
