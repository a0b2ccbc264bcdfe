package org.throughline.ui.search;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

/** The references found to one element: one match per reference, grouped by the line it is on. */
public class PlanSearchResult extends AbstractTextSearchResult implements IEditorMatchAdapter, IFileMatchAdapter {

	private final PlanReferencesQuery query;

	public PlanSearchResult(PlanReferencesQuery query) {
		this.query = query;
	}

	@Override
	public String getLabel() {
		return query.getLabel() + " \u2013 " + getMatchCount() + (getMatchCount() == 1 ? " reference" : " references");
	}

	@Override
	public String getTooltip() {
		return getLabel();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		return editor.getEditorInput() instanceof IFileEditorInput input
				&& ((ReferenceLine) match.getElement()).file().equals(input.getFile());
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		return editor.getEditorInput() instanceof IFileEditorInput input ? computeContainedMatches(result, input.getFile())
				: new Match[0];
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		return Arrays.stream(result.getElements()).filter(e -> ((ReferenceLine) e).file().equals(file))
				.flatMap(e -> Arrays.stream(result.getMatches(e))).toArray(Match[]::new);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof ReferenceLine line ? line.file() : null;
	}
}
