package org.throughline.ui.reconciling;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.ide.checking.CheckedFile.Highlight;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.dsl.ide.references.PlanReferences;
import org.throughline.dsl.workspace.PlanWorkspace;

/**
 * One plan file as it was at one moment of editing, parsed and linked with the other files of its project, with
 * what the editor shows of it worked out in the background: findings, outline, colours and folds.
 * <p>
 * What a snapshot shows (text, findings, outline, colours, folds) never changes after it is published. Its workspace
 * and resource are the project's one live model, which moves on when the person types on here or in another editor,
 * or a file changes on disk: read them only through {@link #read} or {@link #tryRead}, which hold the model still,
 * and let nothing read there escape them (copy out offsets, names, URIs); once the model has moved on, they serve
 * nothing.
 *
 * @param text  the text it was parsed from
 * @param stamp the document's modification stamp for that text, to tell whether it is still current
 */
public record PlanSnapshot(IFile file, String text, long stamp, PlanWorkspace workspace, XtextResource resource,
		List<Issue> issues, List<OutlineNode> outline, List<Highlight> highlights, List<FoldingRange> folding,
		Services services) {

	/**
	 * Serialises service calls with the changes of the project's live model, and keeps what they computed once.
	 * Serves a call only while the model is still the one the snapshot was made of.
	 */
	public static final class Services {
		private final ReentrantLock lock;
		private final long version;
		private final LongSupplier currentVersion;
		private PlanReferences references;

		/**
		 * @param lock           the lock under which the live model is read and changed
		 * @param version        the model's version that the snapshot is of
		 * @param currentVersion the model's version now, read under the lock
		 */
		Services(ReentrantLock lock, long version, LongSupplier currentVersion) {
			this.lock = lock;
			this.version = version;
			this.currentVersion = currentVersion;
		}

		boolean isCurrent() {
			return currentVersion.getAsLong() == version;
		}

		<T> T call(PlanSnapshot snapshot, Function<PlanSnapshot, T> service) {
			lock.lock();
			try {
				return currentVersion.getAsLong() == version ? service.apply(snapshot) : null;
			} finally {
				lock.unlock();
			}
		}

		boolean tryCall(PlanSnapshot snapshot, Consumer<PlanSnapshot> service, long waitMillis) {
			try {
				if (!lock.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
					return false;
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
			try {
				if (currentVersion.getAsLong() != version) {
					return false;
				}
				service.accept(snapshot);
				return true;
			} finally {
				lock.unlock();
			}
		}

		PlanReferences references(PlanSnapshot snapshot) {
			lock.lock();
			try {
				if (references == null) {
					references = PlanReferences.of(snapshot.workspace().resourceSet());
				}
				return references;
			} finally {
				lock.unlock();
			}
		}
	}

	/** Whether the live model is still as it was for this snapshot, so that reads are served. */
	public boolean isCurrent() {
		return services.isCurrent();
	}

	/**
	 * Runs a service that reads the workspace or the resource, waiting while the project is being changed; null,
	 * without running it, when the project has moved on to another text since this snapshot.
	 */
	public <T> T read(Function<PlanSnapshot, T> service) {
		return services.call(this, service);
	}

	/**
	 * Runs a service and returns true if the project is free within {@code waitMillis} and still of this snapshot's
	 * text, else returns false without running it: for the UI thread, which must not wait while the file is checked.
	 */
	public boolean tryRead(Consumer<PlanSnapshot> service, long waitMillis) {
		return services.tryCall(this, service, waitMillis);
	}

	/** Every reference in the project, by its target; computed on first use. */
	public PlanReferences references() {
		return services.references(this);
	}
}
