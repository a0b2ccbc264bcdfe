package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.plan.NamedElement;
import org.throughline.projects.builder.PlanBuilder;
import org.throughline.projects.live.LivePlan;
import org.throughline.projects.live.LivePlans;
import org.throughline.trace.ui.dashboard.CoverageDashboardView;
import org.throughline.trace.ui.matrix.MatrixEditor;
import org.throughline.trace.ui.navigation.SelectedElements;
import org.throughline.trace.ui.restructure.RestructureView;
import org.throughline.views.matrix.MatrixContent.RowLine;
import org.throughline.views.model.PlanModel;
import org.throughline.views.graph.LaidOutGraph;
import org.throughline.trace.ui.graph.TraceGraphView;
import org.throughline.trace.ui.tree.TraceView;
import org.throughline.ui.editor.PlanEditor;
import org.throughline.ui.outline.PlanOutlinePage;
import org.throughline.ui.tests.Fixtures;
import org.throughline.ui.tests.WorkbenchTest;

/**
 * The views follow the caret in a plan editor as its text is typed, before it is saved: the Trace view, the Trace
 * Graph and the Outline show the element the caret is in now, not the one at the same place in the file on disk.
 */
class EditorTracingTest {

	private static final String EDITED = "kent-typed";

	@AfterEach
	void closeAndRemove() throws Exception {
		Ui.page().closeAllEditors(false);
		ExampleProjects.delete(EDITED);
	}

	private static PlanEditor open() throws Exception {
		ExampleProjects.kent(EDITED);
		IFile plan = ResourcesPlugin.getWorkspace().getRoot().getProject(EDITED).getFile("bold-steps.plan");
		Ui.page().showView(IPageLayout.ID_OUTLINE);
		return Fixtures.open(plan);
	}

	private static String centreName(TraceGraphView graph) {
		Optional<LaidOutGraph> drawn = graph.graph();
		EObject centre = drawn.isEmpty() ? null : drawn.get().graph().centre().element();
		return centre instanceof NamedElement named ? named.getName() : String.valueOf(centre);
	}

	private static String outlineSelection(PlanEditor editor) {
		PlanOutlinePage outline = (PlanOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		return outline.viewer().getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node ? node.name() : "nothing";
	}

	/** Waits until the Trace view, the Trace Graph and the Outline all show {@code name}. */
	private static void waitUntilEveryViewShows(String name, PlanEditor editor, TraceView trace, TraceGraphView graph) {
		Ui.waitUntil("every view to show " + name,
				() -> trace.headingText().startsWith("commitment " + name + " ") && name.equals(centreName(graph))
						&& name.equals(outlineSelection(editor)),
				() -> "the Trace view shows \u2018" + trace.headingText() + "\u2019, the graph " + centreName(graph)
						+ ", the outline " + outlineSelection(editor));
	}

	@WorkbenchTest
	void aLineTypedAtTheEndOfACommitmentLeavesTheViewsOnThatCommitment() throws Exception {
		TraceView trace = Ui.show(TraceView.ID, TraceView.class);
		TraceGraphView graph = Ui.show(TraceGraphView.ID, TraceGraphView.class);
		PlanEditor editor = open();
		Fixtures.caretAfter(editor, "source Agenda line 2575");
		org.throughline.ui.tests.Ui.type(editor.viewer().getTextWidget(), "\n\t\t// to be checked against the chapter");
		assertTrue(editor.isDirty(), "the typed line is not saved");
		Fixtures.waitUntilChecked(editor);
		// on disk the caret's place is in B1, the commitment after H4
		waitUntilEveryViewShows("H4", editor, trace, graph);
		Ui.screenshot("views-follow-unsaved-text");
	}

	@WorkbenchTest
	void anOwnerTypedIntoACommitmentIsTracedWithIt() throws Exception {
		TraceView trace = Ui.show(TraceView.ID, TraceView.class);
		TraceGraphView graph = Ui.show(TraceGraphView.ID, TraceGraphView.class);
		PlanEditor editor = open();
		int b2 = Fixtures.offsetOf(editor, "commitment B2 ");
		String kind = "\t\tkind deliver";
		editor.selectAndReveal(editor.document().get().indexOf(kind, b2) + kind.length(), 0);
		org.throughline.ui.tests.Ui.type(editor.viewer().getTextWidget(), "\n\t\towner lead Enterprise");
		Fixtures.waitUntilChecked(editor);
		waitUntilEveryViewShows("B2", editor, trace, graph);
		assertEquals("B2", outlineSelection(editor));
	}

	@WorkbenchTest
	void aCaretMovedWhileABackgroundCheckHoldsTheProjectIsTracedOnceTheCheckIsDone() throws Exception {
		TraceView trace = Ui.show(TraceView.ID, TraceView.class);
		TraceGraphView graph = Ui.show(TraceGraphView.ID, TraceGraphView.class);
		PlanEditor editor = open();
		Fixtures.waitUntilChecked(editor);
		editor.selectAndReveal(Fixtures.offsetOf(editor, "commitment B1 ") + "commitment B1 ".length(), 0);
		waitUntilEveryViewShows("B1", editor, trace, graph);
		// a background check (the builder's, after a file is saved or typed in) holds the project's model
		ReentrantLock lock = LivePlans.of(ResourcesPlugin.getWorkspace().getRoot().getProject(EDITED)).lock();
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread check = new Thread(() -> {
			lock.lock();
			try {
				held.countDown();
				// not for ever: a UI thread that waited for the model would hang the test, not fail it
				release.await(2, TimeUnit.MINUTES);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} finally {
				lock.unlock();
			}
		}, "a background check");
		check.start();
		held.await();
		int b2 = Fixtures.offsetOf(editor, "commitment B2 ") + "commitment B2 ".length();
		// the views are told of the caret before this listener, added after theirs
		boolean[] told = new boolean[1];
		ISelectionListener afterTheViews = (part, selection) -> told[0] |= part == editor
				&& selection instanceof ITextSelection text && text.getOffset() == b2;
		Ui.page().addPostSelectionListener(afterTheViews);
		try {
			editor.selectAndReveal(b2, 0);
			Ui.waitUntil("the views to be told of the caret in B2", () -> told[0]);
		} finally {
			Ui.page().removePostSelectionListener(afterTheViews);
			release.countDown();
			check.join();
		}
		waitUntilEveryViewShows("B2", editor, trace, graph);
	}

	@WorkbenchTest
	void selectingARowOfTheOutlineTracesItsElement() throws Exception {
		TraceView trace = Ui.show(TraceView.ID, TraceView.class);
		TraceGraphView graph = Ui.show(TraceGraphView.ID, TraceGraphView.class);
		PlanEditor editor = open();
		Fixtures.waitUntilChecked(editor);
		PlanOutlinePage outline = (PlanOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Ui.waitUntil("the outline shows the file", () -> find(outline, "S2") != null);
		Ui.page().showView(IPageLayout.ID_OUTLINE).setFocus();
		outline.viewer().setSelection(new StructuredSelection(find(outline, "S2")), true);
		waitUntilEveryViewShows("S2", editor, trace, graph);
	}

	@WorkbenchTest
	void selectingARowOfTheMatrixTracesItsCommitment() throws Exception {
		TraceView trace = Ui.show(TraceView.ID, TraceView.class);
		ExampleProjects.kent(EDITED);
		ExampleProjects.models().focus(EDITED);
		Ui.window().getService(IHandlerService.class).executeCommand("org.throughline.trace.ui.openMatrix", null);
		Ui.dispatch();
		MatrixEditor matrix = (MatrixEditor) Ui.page().getActiveEditor();
		RowLine v1 = matrix.content().lines().stream().filter(RowLine.class::isInstance).map(RowLine.class::cast)
				.filter(line -> line.row().commitment().getName().equals("V1")).findFirst().orElseThrow();
		matrix.getSite().getSelectionProvider().setSelection(new StructuredSelection(v1));
		Ui.waitUntil("the Trace view to trace V1", () -> trace.headingText().startsWith("commitment V1 "),
				() -> "the Trace view shows \u2018" + trace.headingText() + "\u2019");
	}

	@WorkbenchTest
	void aPlanFileSelectedInTheProjectExplorerTracesTheFirstElementWrittenInIt() throws Exception {
		TraceView trace = Ui.show(TraceView.ID, TraceView.class);
		ExampleProjects.kent(EDITED);
		IFile plan = ResourcesPlugin.getWorkspace().getRoot().getProject(EDITED).getFile("bold-steps.plan");
		CommonNavigator explorer = Ui.show(IPageLayout.ID_PROJECT_EXPLORER, CommonNavigator.class);
		Ui.page().activate(explorer);
		explorer.selectReveal(new StructuredSelection(plan));
		// the plan's first aim; the file's module and plan have no trace of their own
		Ui.waitUntil("the Trace view to trace the aim Economy", () -> trace.headingText().startsWith("aim Economy "),
				() -> "the Trace view shows \u2018" + trace.headingText() + "\u2019");
	}

	@WorkbenchTest
	void aProblemSelectedInTheProblemsViewIsTracedToTheElementItIsIn() throws Exception {
		ExampleProjects.kent(EDITED);
		IFile plan = ResourcesPlugin.getWorkspace().getRoot().getProject(EDITED).getFile("bold-steps.plan");
		String text = new String(plan.getContents().readAllBytes(), StandardCharsets.UTF_8);
		int s2 = text.indexOf("commitment S2 ");
		int inS2 = text.indexOf("kind deliver", s2);
		IMarker problem = plan.createMarker(IMarker.PROBLEM);
		problem.setAttribute(IMarker.CHAR_START, inS2);
		problem.setAttribute(IMarker.CHAR_END, inS2 + "kind deliver".length());
		IViewPart problems = Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Ui.page().activate(problems);
		// the Problems view's rows adapt to their markers, as the marker itself does
		Optional<SelectedElements.Selected> selected = SelectedElements.of(problems, new StructuredSelection(problem),
				ExampleProjects.models());
		assertEquals("S2", selected.map(s -> ((NamedElement) s.element()).getName()).orElse("nothing"));
		// the same problem, when it is not picked in the view in use (the Problems view only refreshing), traces nothing
		Ui.page().activate(Ui.page().findView(IPageLayout.ID_PROJECT_EXPLORER) != null
				? Ui.page().findView(IPageLayout.ID_PROJECT_EXPLORER) : Ui.page().findView(IPageLayout.ID_OUTLINE));
		assertEquals(Optional.empty(), SelectedElements.of(problems, new StructuredSelection(problem),
				ExampleProjects.models()));
	}

	@WorkbenchTest
	void threeEditorsAndEveryViewShareOneLoadedCopyOfTheProject() throws Exception {
		PlanModel model = ExampleProjects.kent(EDITED);
		int loads = LivePlan.loads();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(EDITED);
		Ui.show(TraceView.ID, TraceView.class);
		Ui.show(TraceGraphView.ID, TraceGraphView.class);
		Ui.show(CoverageDashboardView.ID, CoverageDashboardView.class);
		Ui.show(RestructureView.ID, RestructureView.class);
		List<PlanEditor> editors = new ArrayList<>();
		for (String name : List.of("bold-steps.plan", "indicators.plan", "organisation.plan")) {
			PlanEditor editor = Fixtures.open(project.getFile(name));
			editors.add(editor);
		}
		Set<PlanWorkspace> loaded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (PlanEditor editor : editors) {
			Fixtures.waitUntilChecked(editor);
			loaded.add(editor.model().latest().workspace());
		}
		PlanBuilder.check(project, null);
		ExampleProjects.settle();
		assertEquals(1, loaded.size(), "the three editors check their files in one loaded project");
		assertEquals(loads, LivePlan.loads(), "opening editors and views loads the project again");
		assertEquals(model.index().commitments().size(), ExampleProjects.awaitModel(EDITED).index().commitments().size());
	}

	private static OutlineNode find(PlanOutlinePage outline, String name) {
		@SuppressWarnings("unchecked")
		List<OutlineNode> roots = outline.viewer().getInput() instanceof List<?> input ? (List<OutlineNode>) input : List.of();
		return roots.stream().flatMap(EditorTracingTest::all).filter(node -> name.equals(node.name()))
				.findFirst().orElse(null);
	}

	private static java.util.stream.Stream<OutlineNode> all(OutlineNode node) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(node), node.children().stream().flatMap(EditorTracingTest::all));
	}
}
