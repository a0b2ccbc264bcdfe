package org.throughline.ui.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFixes;
import org.throughline.projects.PlanLanguage;
import org.throughline.projects.markers.PlanMarkers;
import org.throughline.ui.editor.EditorSnapshots;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * Ctrl+1 on a problem: the fixes the language has for the problem's issue code. Problems under the caret come
 * first; with none there, the problems on the caret's line.
 */
public class PlanQuickAssistProcessor implements IQuickAssistProcessor {

	private final PlanEditor editor;
	private String error;

	public PlanQuickAssistProcessor(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		IMarker marker = markerOf(annotation);
		return marker != null && PlanLanguage.get(PlanQuickFixes.class).canFix(marker.getAttribute(PlanMarkers.CODE, null));
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		error = null;
		IAnnotationModel annotations = context.getSourceViewer().getAnnotationModel();
		IDocument document = context.getSourceViewer().getDocument();
		if (annotations == null || document == null) {
			return null;
		}
		List<Annotation> found = problemsAt(annotations, document, context.getOffset());
		if (found.isEmpty()) {
			error = "No problem with a quick fix here";
			return null;
		}
		PlanSnapshot snapshot = EditorSnapshots.current(editor);
		if (snapshot == null) {
			error = "The file could not be checked";
			return null;
		}
		PlanQuickFixes quickFixes = PlanLanguage.get(PlanQuickFixes.class);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Annotation annotation : found) {
			Position position = annotations.getPosition(annotation);
			IMarker marker = markerOf(annotation);
			Issue issue = IssueFinder.find(snapshot, marker, position.getOffset(), position.getOffset() + position.getLength())
					.orElse(null);
			if (issue == null) {
				continue;
			}
			List<PlanFix> fixes = EditorSnapshots.read(snapshot, s -> quickFixes.fixesFor(issue, s.resource()));
			for (PlanFix fix : fixes == null ? List.<PlanFix>of() : fixes) {
				proposals.add(new QuickFixProposal(fix, snapshot.resource().getURI(), editor::refreshRulers));
			}
		}
		if (proposals.isEmpty()) {
			error = "No quick fix for this problem";
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The fixable problems under {@code offset}, or else on its line. */
	private List<Annotation> problemsAt(IAnnotationModel annotations, IDocument document, int offset) {
		List<Annotation> under = new ArrayList<>();
		List<Annotation> onLine = new ArrayList<>();
		int line;
		try {
			line = document.getLineOfOffset(offset);
		} catch (BadLocationException e) {
			return under;
		}
		for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = annotations.getPosition(annotation);
			if (position == null || annotation.isMarkedDeleted() || !canFix(annotation)) {
				continue;
			}
			if (position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
				under.add(annotation);
			} else {
				try {
					if (document.getLineOfOffset(position.getOffset()) == line) {
						onLine.add(annotation);
					}
				} catch (BadLocationException e) {
					// a position beyond the text is no longer on any line
				}
			}
		}
		return under.isEmpty() ? onLine : under;
	}

	private static IMarker markerOf(Annotation annotation) {
		if (annotation instanceof MarkerAnnotation markerAnnotation) {
			IMarker marker = markerAnnotation.getMarker();
			try {
				if (marker.exists() && marker.isSubtypeOf(PlanMarkers.TYPE)) {
					return marker;
				}
			} catch (CoreException e) {
				return null;
			}
		}
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}
}
