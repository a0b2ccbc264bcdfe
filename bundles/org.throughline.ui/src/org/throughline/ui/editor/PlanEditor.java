package org.throughline.ui.editor;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.throughline.projects.builder.PlanCheckJob;
import org.throughline.projects.changes.PlanChanges;
import org.throughline.projects.loading.UnsavedTexts;
import org.throughline.projects.markers.PlanMarkers;
import org.throughline.ui.HelpContexts;
import org.throughline.ui.colouring.PlanColours;
import org.throughline.ui.colouring.SemanticHighlighter;
import org.throughline.ui.editing.PlanBracketMatcher;
import org.throughline.ui.folding.FoldingUpdater;
import org.throughline.ui.outline.PlanOutlinePage;
import org.throughline.ui.reconciling.PlanEditorModel;
import org.throughline.ui.reconciling.PlanReconciler;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * The plan editor: a text editor whose file is checked as the person types, coloured by what each word is, with
 * completion, hover, links to definitions, quick fixes, an outline and folding, all driven by the plan language.
 */
public class PlanEditor extends TextEditor {

	public static final String ID = "org.throughline.ui.planEditor";

	private boolean disposed;

	/** The key binding context of the plan editor's own commands (format, toggle comment, rename...). */
	public static final String CONTEXT = "org.throughline.ui.planEditorScope";

	public static final String MATCHING_BRACKETS = "org.throughline.ui.matchingBrackets";
	public static final String MATCHING_BRACKETS_COLOUR = "org.throughline.ui.matchingBracketsColour";

	private PlanEditorModel model;
	/** The snapshot whose colours, folds and outline are on screen, its markers written; null before the first. */
	private volatile PlanSnapshot shown;
	private SemanticHighlighter highlighter;
	private FoldingUpdater folding;
	private PlanOutlinePage outline;
	private final Runnable coloursChanged = this::coloursChanged;
	private final Consumer<IFile> otherFileEdited = this::otherFileEdited;
	private final IResourceChangeListener otherFileSaved = this::otherFileSaved;
	private final Consumer<PlanSnapshot> show = this::show;
	private final Consumer<PlanSnapshot> writeMarkers = this::writeMarkers;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		IPreferenceStore store = new ChainedPreferenceStore(
				new IPreferenceStore[] { PlanColours.preferenceStore(), EditorsUI.getPreferenceStore() });
		setPreferenceStore(store);
		setSourceViewerConfiguration(new PlanSourceViewerConfiguration(this, store));
		setKeyBindingScopes(new String[] { CONTEXT });
		setEditorContextMenuId("#PlanEditorContext");
		setRulerContextMenuId("#PlanRulerContext");
		setHelpContextId(HelpContexts.PLAN_EDITOR);
	}

	/** The model of the file shown now; null while no file is shown or the file is not on the local disk. */
	public PlanEditorModel model() {
		return model;
	}

	/**
	 * Whether what the editor shows (markers, colours, folds, outline) is the check of its current text with the
	 * project's other files as they are now.
	 */
	public boolean showsCurrentCheck() {
		PlanEditorModel current = model;
		PlanSnapshot snapshot = current == null ? null : current.current();
		return snapshot != null && snapshot == shown;
	}

	/** The document shown. */
	public IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		disposeModel(false);
		super.doSetInput(input);
		IDocument document = document();
		Path location = PlanEditorInputs.location(input);
		if (document != null && location != null) {
			model = new PlanEditorModel(document, PlanEditorInputs.file(input), location);
			model.addListener(writeMarkers);
			model.addListener(show);
		}
		if (getSite() != null) {
			EditorTabNames.updateSoon(getSite().getPage());
		}
	}

	/** The workspace file the editor shows; null for a file outside the workspace. */
	IFile file() {
		return model == null ? null : model.file();
	}

	boolean isDisposed() {
		return disposed;
	}

	/** The name on the editor's tab, as {@link EditorTabNames} chooses it. */
	void showName(String name) {
		if (!name.equals(getPartName())) {
			setPartName(name);
		}
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		folding = new FoldingUpdater(viewer);
		highlighter = new SemanticHighlighter(viewer, PlanColours.get());
		if (document() != null) {
			highlighter.install(document());
		}
		PlanColours.get().addListener(coloursChanged);
		UnsavedTexts.addListener(otherFileEdited);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(otherFileSaved, IResourceChangeEvent.POST_CHANGE);
		if (model != null && model.latest() != null) {
			show(model.latest());
		}
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		super.configureSourceViewerDecorationSupport(support);
		support.setCharacterPairMatcher(new PlanBracketMatcher());
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOUR);
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new PlanOutlinePage(this);
			}
			return type.cast(outline);
		}
		return super.getAdapter(type);
	}

	/** Shows a new snapshot: colours, folds, outline. Called on the reconciler's thread. */
	private void show(PlanSnapshot snapshot) {
		Display display = getSite() == null ? null : getSite().getShell().getDisplay();
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (getSourceViewer() == null || getSourceViewer().getTextWidget() == null
					|| getSourceViewer().getTextWidget().isDisposed() || model == null || model.latest() != snapshot) {
				return;
			}
			highlighter.show(snapshot);
			folding.show(snapshot);
			if (outline != null) {
				outline.show(snapshot);
			}
			// the markers were written before this was posted (the marker listener comes first)
			shown = snapshot;
		});
	}

	/** Brings the file's markers up to the snapshot; positions of markers are taken as they are in the editor now. */
	private void writeMarkers(PlanSnapshot snapshot) {
		IFile file = snapshot.file();
		PlanEditorModel current = model;
		if (file == null || current == null || current.current() != snapshot) {
			return;
		}
		IAnnotationModel annotations = getDocumentProvider() == null ? null
				: getDocumentProvider().getAnnotationModel(getEditorInput());
		try {
			PlanMarkers.update(file, PlanMarkers.wanted(snapshot.issues()), marker -> positionOf(annotations, marker), null);
		} catch (CoreException e) {
			ILog.of(PlanEditor.class).warn("The problems of " + file.getFullPath() + " could not be shown", e);
		}
	}

	private static PlanMarkers.Position positionOf(IAnnotationModel annotations, IMarker marker) {
		if (annotations instanceof AbstractMarkerAnnotationModel markers) {
			Position position = markers.getMarkerPosition(marker);
			if (position != null && !position.isDeleted()) {
				return new PlanMarkers.Position(position.getOffset(), position.getOffset() + position.getLength());
			}
		}
		return null;
	}

	/** Another file of the project was edited: what it says now may change what this file's names mean. */
	private void otherFileEdited(IFile other) {
		IFile file = model == null ? null : model.file();
		if (file != null && !other.equals(file) && other.getProject().equals(file.getProject())) {
			recheck();
		}
	}

	/** Another .plan file of the project, or its settings file, was saved, created or deleted. */
	private void otherFileSaved(IResourceChangeEvent event) {
		IFile file = model == null ? null : model.file();
		IResourceDelta delta = event.getDelta();
		if (file == null || delta == null) {
			return;
		}
		IResourceDelta projectDelta = delta.findMember(file.getProject().getFullPath());
		if (projectDelta == null) {
			return;
		}
		if (PlanChanges.touchesPlan(projectDelta, file)) {
			recheck();
		}
	}

	/**
	 * Redraws the rulers. A change made while the quick fix popup holds the viewer's redraw leaves the folding
	 * column drawn where the lines were before.
	 */
	public void refreshRulers() {
		if (getVerticalRuler() != null && getSourceViewer() != null && getSourceViewer().getTextWidget() != null
				&& !getSourceViewer().getTextWidget().isDisposed()) {
			getVerticalRuler().update();
		}
	}

	/** Another file of the project changed: checks this file again on the reconciler's thread. */
	public void recheck() {
		if (model != null) {
			model.otherFilesChanged();
		}
		PlanReconciler reconciler = ((PlanSourceViewerConfiguration) getSourceViewerConfiguration()).reconciler();
		if (reconciler != null) {
			reconciler.recheck();
		}
	}

	private void coloursChanged() {
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			if (getSourceViewer() != null && getSourceViewer().getTextWidget() != null
					&& !getSourceViewer().getTextWidget().isDisposed()) {
				((PlanSourceViewerConfiguration) getSourceViewerConfiguration()).refreshColours();
				highlighter.refresh();
			}
		});
	}

	private void disposeModel(boolean closing) {
		if (model == null) {
			return;
		}
		model.dispose();
		IFile file = model.file();
		if (file != null) {
			UnsavedTexts.remove(file);
			if (closing && isDirty()) {
				// the unsaved text is gone: check the project again as it is on disk
				PlanCheckJob.schedule(file.getProject());
			}
		}
		model = null;
	}

	@Override
	public void dispose() {
		PlanColours.get().removeListener(coloursChanged);
		UnsavedTexts.removeListener(otherFileEdited);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(otherFileSaved);
		if (highlighter != null) {
			highlighter.uninstall();
		}
		disposeModel(true);
		disposed = true;
		IWorkbenchPage page = getSite() == null ? null : getSite().getPage();
		super.dispose();
		// the editors left may no longer share a name
		EditorTabNames.updateSoon(page);
	}
}
