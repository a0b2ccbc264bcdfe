package org.throughline.ui.reconciling;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

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
 * and resource are the editor's loaded project, which moves on to the next text when the person types on: read
 * them only through {@link #read} or {@link #tryRead}, which hold the project still. A snapshot that is no longer
 * the latest may then show a newer text's elements.
 *
 * @param text  the text it was parsed from
 * @param stamp the document's modification stamp for that text, to tell whether it is still current
 */
public record PlanSnapshot(IFile file, String text, long stamp, PlanWorkspace workspace, XtextResource resource,
		List<Issue> issues, List<OutlineNode> outline, List<Highlight> highlights, List<FoldingRange> folding,
		Services services) {

	/** Serialises service calls with the changes of the editor's loaded project, and keeps what they computed once. */
	public static final class Services {
		private final ReentrantLock lock;
		private PlanReferences references;

		/** @param lock the lock under which the editor's loaded project is read and changed */
		Services(ReentrantLock lock) {
			this.lock = lock;
		}

		<T> T call(PlanSnapshot snapshot, Function<PlanSnapshot, T> service) {
			lock.lock();
			try {
				return service.apply(snapshot);
			} finally {
				lock.unlock();
			}
		}

		boolean tryCall(PlanSnapshot snapshot, Consumer<PlanSnapshot> service) {
			if (!lock.tryLock()) {
				return false;
			}
			try {
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

	/** Runs a service that reads the workspace or the resource, waiting while the project is being changed. */
	public <T> T read(Function<PlanSnapshot, T> service) {
		return services.call(this, service);
	}

	/**
	 * Runs a service now and returns true if the project is not being changed, else returns false at once without
	 * running it: for the UI thread, which must not wait while the file is checked.
	 */
	public boolean tryRead(Consumer<PlanSnapshot> service) {
		return services.tryCall(this, service);
	}

	/** Every reference in the project, by its target; computed on first use. */
	public PlanReferences references() {
		return services.references(this);
	}
}
