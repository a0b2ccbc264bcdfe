package org.throughline.ui.folding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.throughline.ui.reconciling.PlanEditorModel;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * Folds every block that spans lines (a plan, an organisation, a commitment) and long comments. Folds that are
 * already there stay, open or closed as the person left them; only new and vanished blocks change.
 */
public class FoldingUpdater {

	private final ProjectionViewer viewer;

	public FoldingUpdater(ProjectionViewer viewer) {
		this.viewer = viewer;
	}

	/** Shows a snapshot's folds; call on the UI thread. */
	public void show(PlanSnapshot snapshot) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		IDocument document = viewer.getDocument();
		if (model == null || document == null || snapshot.stamp() != PlanEditorModel.stamp(document)) {
			return;
		}
		// in document order, so that each position is appended to the document's list rather than inserted into it
		Map<Position, Boolean> wanted = new LinkedHashMap<>();
		for (FoldingRange range : snapshot.folding()) {
			Position lines = lines(document, range.getOffset(), range.getLength());
			if (lines != null) {
				wanted.putIfAbsent(lines, range.isInitiallyFolded());
			}
		}
		List<Annotation> deletions = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (position == null || wanted.remove(new Position(position.getOffset(), position.getLength())) == null) {
				deletions.add(annotation);
			}
		}
		if (deletions.isEmpty() && wanted.isEmpty()) {
			return;
		}
		List<Map<Annotation, Position>> chunks = new ArrayList<>();
		Map<Annotation, Position> chunk = new LinkedHashMap<>();
		for (Map.Entry<Position, Boolean> fold : wanted.entrySet()) {
			chunk.put(new ProjectionAnnotation(fold.getValue()), fold.getKey());
			if (chunk.size() == CHUNK) {
				chunks.add(chunk);
				chunk = new LinkedHashMap<>();
			}
		}
		chunks.add(chunk);
		model.modifyAnnotations(deletions.toArray(Annotation[]::new), chunks.get(0), null);
		addLater(model, document, snapshot.stamp(), chunks, 1);
	}

	/** Folds added at once; the thousands of a long plan are added a chunk per turn of the event loop. */
	private static final int CHUNK = 500;

	private void addLater(ProjectionAnnotationModel model, IDocument document, long stamp,
			List<Map<Annotation, Position>> chunks, int next) {
		if (next >= chunks.size()) {
			return;
		}
		viewer.getTextWidget().getDisplay().asyncExec(() -> {
			// if the text moved on, the next check adds what is still missing
			if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()
					&& viewer.getProjectionAnnotationModel() == model && PlanEditorModel.stamp(document) == stamp) {
				model.modifyAnnotations(null, chunks.get(next), null);
				addLater(model, document, stamp, chunks, next + 1);
			}
		});
	}

	/** The whole lines a range covers, when it covers more than one. */
	private static Position lines(IDocument document, int offset, int length) {
		try {
			int firstLine = document.getLineOfOffset(offset);
			int lastLine = document.getLineOfOffset(offset + length);
			if (lastLine <= firstLine) {
				return null;
			}
			int start = document.getLineOffset(firstLine);
			int end = lastLine + 1 < document.getNumberOfLines() ? document.getLineOffset(lastLine + 1) : document.getLength();
			return new Position(start, end - start);
		} catch (BadLocationException e) {
			return null;
		}
	}
}
