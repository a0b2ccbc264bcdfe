package org.throughline.ui.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;
import org.throughline.dsl.ide.references.PlanReference;
import org.throughline.model.labels.Labels;
import org.throughline.projects.loading.PlanProjectLoader;
import org.throughline.ui.editor.EditorSnapshots;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.hover.PlanTextHover;
import org.throughline.ui.reconciling.PlanEditorModel;

/**
 * Finds every reference to one element in the files of its project, as they are in the editors now: who owns
 * this unit, which commitments this indicator measures, which responses concern this commitment.
 */
public class PlanReferencesQuery implements ISearchQuery {

	private final PlanEditorModel model;
	private final URI target;
	private final String label;
	private final PlanSearchResult result = new PlanSearchResult(this);

	private PlanReferencesQuery(PlanEditorModel model, URI target, String label) {
		this.model = model;
		this.target = target;
		this.label = label;
	}

	/** A search for the references to the element named or referred to at the caret; null when there is none. */
	public static PlanReferencesQuery atCaret(PlanEditor editor) {
		PlanEditorModel model = editor.model();
		int caret = EditorSnapshots.caret(editor);
		String[] label = new String[1];
		URI target = model == null ? null : EditorSnapshots.read(editor, s -> {
			EObject element = PlanTextHover.elementAt(s, caret);
			if (element == null || element.eResource() == null) {
				return null;
			}
			label[0] = "References to " + Labels.kind(element) + " " + Labels.nameAndTitle(element);
			return EcoreUtil.getURI(element);
		});
		return target == null ? null : new PlanReferencesQuery(model, target, label[0]);
	}

	/**
	 * Searches the project as it is when the search runs (the editors' texts and the files on disk), held still
	 * meanwhile; the element is found again there by its place in its file.
	 */
	@Override
	public IStatus run(IProgressMonitor monitor) throws OperationCanceledException {
		result.removeAll();
		List<Match> matches = model.readCurrent(snapshot -> {
			List<Match> found = new ArrayList<>();
			EObject element = snapshot.workspace().resourceSet().getEObject(target, false);
			if (element == null) {
				return found;
			}
			for (PlanReference reference : snapshot.references().to(element)) {
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
			return Status.warning("The project could not be loaded to search it");
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
