package org.throughline.ui.reconciling;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.ide.highlighting.PlanStyles;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.dsl.ide.references.PlanReferences;
import org.throughline.dsl.workspace.PlanWorkspace;

/**
 * One plan file as it was at one moment of editing, parsed and linked with the other files of its project, with
 * what the editor shows of it worked out in the background: findings, outline, colours and folds.
 * <p>
 * A snapshot never changes after it is published. Reading its element tree is safe from any thread; services that
 * may fill Xtext's caches (scoping, naming) go through {@link #read}, one at a time.
 *
 * @param text  the text it was parsed from
 * @param stamp the document's modification stamp for that text, to tell whether it is still current
 */
public record PlanSnapshot(IFile file, String text, long stamp, PlanWorkspace workspace, XtextResource resource,
		List<Issue> issues, List<OutlineNode> outline, List<Highlight> highlights, List<FoldingRange> folding,
		Services services) {

	/** A range of text coloured for what it is, e.g. a reference. */
	public record Highlight(int offset, int length, PlanStyles style) {
	}

	/** Serialises service calls on one snapshot and keeps what they computed once. */
	public static final class Services {
		private final ReentrantLock lock = new ReentrantLock();
		private PlanReferences references;

		<T> T call(PlanSnapshot snapshot, Function<PlanSnapshot, T> service) {
			lock.lock();
			try {
				return service.apply(snapshot);
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

	/** Runs a service that may fill the language's caches, such as scoping or naming, one at a time. */
	public <T> T read(Function<PlanSnapshot, T> service) {
		return services.call(this, service);
	}

	/** Every reference in the project, by its target; computed on first use. */
	public PlanReferences references() {
		return services.references(this);
	}
}
