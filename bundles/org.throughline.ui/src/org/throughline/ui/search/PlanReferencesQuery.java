package org.throughline.ui.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;
import org.throughline.dsl.ide.labels.PlanLabels;
import org.throughline.dsl.ide.references.PlanReference;
import org.throughline.projects.loading.PlanProjectLoader;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * Finds every reference to one element in the files of its project, as they are in the editors now: who owns
 * this unit, which commitments this indicator measures, which responses concern this commitment.
 */
public class PlanReferencesQuery implements ISearchQuery {

	private final PlanSnapshot snapshot;
	private final EObject target;
	private final String label;
	private final PlanSearchResult result = new PlanSearchResult(this);

	/** @param target an element of {@code snapshot}'s resource set */
	public PlanReferencesQuery(PlanSnapshot snapshot, EObject target) {
		this.snapshot = snapshot;
		this.target = target;
		this.label = "References to " + PlanLabels.kind(target) + " " + PlanLabels.nameAndTitle(target);
	}

	@Override
	public IStatus run(IProgressMonitor monitor) throws OperationCanceledException {
		result.removeAll();
		// the matches are taken while the editor's project is held still, and shown once it is free again
		List<Match> matches = snapshot.read(s -> {
			List<Match> found = new ArrayList<>();
			for (PlanReference reference : s.references().to(target)) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				IFile file = PlanProjectLoader.fileOf(reference.source().eResource());
				if (file == null) {
					continue;
				}
				String text = reference.node().getRootNode().getText();
				int lineStart = text.lastIndexOf('\n', Math.max(0, reference.offset() - 1)) + 1;
				int lineEnd = text.indexOf('\n', reference.offset());
				String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
				found.add(new Match(new ReferenceLine(file, reference.line(), line), reference.offset(),
						reference.length()));
			}
			return found;
		});
		if (matches == null) {
			return Status.warning("The file changed while it was searched: search again");
		}
		matches.forEach(result::addMatch);
		return Status.OK_STATUS;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public boolean canRerun() {
		return false;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
