package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.labels.Labels;
import org.throughline.views.graph.GraphSvg;
import org.throughline.views.graph.LaidOutGraph.Box;
import org.throughline.views.graph.LaidOutGraph;
import org.throughline.views.graph.Neighbourhood.Edge;
import org.throughline.views.graph.Neighbourhood.Node;
import org.throughline.trace.ui.graph.TraceGraphView;
import org.throughline.views.labels.ElementLabels;
import org.throughline.views.model.PlanModel;
import org.throughline.trace.ui.tree.TraceView;
import org.w3c.dom.Document;
import org.throughline.ui.tests.WorkbenchTest;

/** The trace graph on the Bold Steps example: its nodes, its layout, navigation by click, zoom and SVG export. */
class TraceGraphViewTest {

	private static final String EDITED = "kent-graph-edits";

	@TempDir
	Path temp;

	private PlanModel model;
	private TraceGraphView view;

	@BeforeEach
	void showTheView() throws Exception {
		Ui.page().closeAllEditors(false);
		model = ExampleProjects.kent();
		view = Ui.show(TraceGraphView.ID, TraceGraphView.class);
	}

	// each test that edits the example edits a fresh copy of it, however often the tests run
	@AfterEach
	void removeProject() throws Exception {
		ExampleProjects.delete(EDITED);
	}

	private LaidOutGraph draw(PlanModel in, String qualifiedName) {
		view.setZoom(1);
		view.show(in.ref(in.element(qualifiedName).orElseThrow()), false);
		Ui.dispatch();
		return view.graph().orElseThrow();
	}

	private static Set<String> names(LaidOutGraph graph) {
		Set<String> names = new TreeSet<>();
		for (Node node : graph.graph().nodes()) {
			names.add(node.element() == null ? "(more)" : Labels.name(node.element()));
		}
		return names;
	}

	private static void assertNoBoxesOverlap(LaidOutGraph graph) {
		List<Node> nodes = graph.graph().nodes();
		for (int i = 0; i < nodes.size(); i++) {
			Box box = graph.boxes().get(nodes.get(i));
			assertTrue(box.x() >= 0 && box.y() >= 0 && box.x() + box.width() <= graph.width()
					&& box.y() + box.height() <= graph.height(), nodes.get(i).text() + " lies outside the drawing");
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(box.overlaps(graph.boxes().get(nodes.get(j))),
						nodes.get(i).text() + " overlaps " + nodes.get(j).text());
			}
		}
	}

	@WorkbenchTest
	void s2IsDrawnWithItsIndicatorThemeSectionAndAim() throws Exception {
		LaidOutGraph graph = draw(model, "kent.boldsteps.BoldSteps.S2");
		assertEquals(Set.of("S2", "KccApprentices", "EmploymentSkills", "UnlockingTalent", "Economy"), names(graph));
		Node s2 = graph.graph().centre();
		List<String> edges = graph.graph().edges().stream()
				.map(e -> Labels.name(e.from().element()) + " " + e.relation() + " " + Labels.name(e.to().element()))
				.toList();
		assertEquals(List.of("S2 Measured by KccApprentices", "S2 Appears in EmploymentSkills",
				"S2 Appears in UnlockingTalent", "S2 Aims Economy", "S2 Themes EmploymentSkills"), edges);
		for (Edge edge : graph.graph().edges()) {
			assertTrue(graph.boxes().get(edge.to()).x() > graph.boxes().get(s2).x(), "S2 names what is right of it");
		}
		assertNoBoxesOverlap(graph);
		assertTrue(Ui.paintedColours(view.canvas()) > 4, "the graph paints nothing but its background");
		Ui.screenshot("graph-S2", view);
	}

	@WorkbenchTest
	void theTwentyThreeOfstedActionsStandLeftOfV1WithoutOverlapping() throws Exception {
		LaidOutGraph graph = draw(model, "kent.boldsteps.BoldSteps.V1");
		Node v1 = graph.graph().centre();
		List<Node> actions = graph.graph().nodes().stream()
				.filter(n -> n.caption().startsWith("inspection actions it addresses")).toList();
		assertEquals(23, actions.size());
		for (Node action : actions) {
			assertTrue(graph.boxes().get(action).x() + graph.boxes().get(action).width() < graph.boxes().get(v1).x(),
					action.text() + " is not left of V1");
		}
		assertNoBoxesOverlap(graph);
		assertEquals("SgImmCaseload", Labels.name(actions.get(0).element()));
		assertTrue(graph.boxes().get(actions.get(0)).y() < graph.boxes().get(actions.get(22)).y(),
				"the actions are drawn in the inspection's order");
		Ui.screenshot("graph-V1-fitted", view, view::fit);
	}

	@WorkbenchTest
	void clickingABoxCentresItsElementAndTheTraceViewFollows() throws Exception {
		TraceView trace = Ui.show(TraceView.ID, TraceView.class);
		view = Ui.show(TraceGraphView.ID, TraceGraphView.class);
		LaidOutGraph graph = draw(model, "kent.boldsteps.BoldSteps.S2");
		view.setZoom(1.5);
		EObject indicator = model.element("kent.indicators.KccApprentices").orElseThrow();
		Box box = graph.boxes().get(graph.graph().nodeOf(indicator));
		int x = (int) ((box.x() + box.width() / 2) * 1.5);
		int y = (int) ((box.y() + box.height() / 2) * 1.5);
		assertEquals(indicator, view.elementAt(x, y).orElseThrow());

		Event click = new Event();
		click.x = x;
		click.y = y;
		click.button = 1;
		click.count = 1;
		view.canvas().notifyListeners(SWT.MouseUp, click);
		Ui.dispatch();

		assertEquals(indicator, view.graph().orElseThrow().graph().centre().element());
		assertEquals(Set.of("KccApprentices", "S2"), names(view.graph().orElseThrow()));
		Ui.waitUntil("the trace view traces the indicator", () -> trace.headingText().startsWith("indicator KccApprentices"));
	}

	@WorkbenchTest
	void aBoxsTooltipGoesWhenTheMouseLeavesOrTheGraphChanges() throws Exception {
		view = Ui.show(TraceGraphView.ID, TraceGraphView.class);
		LaidOutGraph graph = draw(model, "kent.boldsteps.BoldSteps.S2");
		view.setZoom(1);
		EObject indicator = model.element("kent.indicators.KccApprentices").orElseThrow();
		Box box = graph.boxes().get(graph.graph().nodeOf(indicator));
		Event move = new Event();
		move.x = (int) (box.x() + box.width() / 2);
		move.y = (int) (box.y() + box.height() / 2);
		view.canvas().notifyListeners(SWT.MouseMove, move);
		assertTrue(view.canvas().getToolTipText().contains("Apprentices"), view.canvas().getToolTipText());
		view.canvas().notifyListeners(SWT.MouseExit, new Event());
		assertEquals(null, view.canvas().getToolTipText(), "no tooltip once the mouse has left the graph");

		view.canvas().notifyListeners(SWT.MouseMove, move);
		assertTrue(view.canvas().getToolTipText() != null);
		draw(model, "kent.boldsteps.BoldSteps.V1");
		assertEquals(null, view.canvas().getToolTipText(), "no tooltip of a box the new graph does not have");
	}

	@WorkbenchTest
	void doubleClickingABoxOpensItsSource() throws Exception {
		LaidOutGraph graph = draw(model, "kent.boldsteps.BoldSteps.S2");
		view.setZoom(1);
		EObject indicator = model.element("kent.indicators.KccApprentices").orElseThrow();
		Box box = graph.boxes().get(graph.graph().nodeOf(indicator));
		Event click = new Event();
		click.x = (int) (box.x() + box.width() / 2);
		click.y = (int) (box.y() + box.height() / 2);
		click.button = 1;
		click.count = 2;
		view.canvas().notifyListeners(SWT.MouseDoubleClick, click);
		Ui.dispatch();
		IEditorPart editor = Ui.page().getActiveEditor();
		assertEquals("indicators.plan", editor.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) ((ITextEditor) editor).getSelectionProvider().getSelection();
		assertEquals("KccApprentices", selection.getText());
	}

	@WorkbenchTest
	void theSvgExportIsWellFormedAndEscapesEveryText() throws Exception {
		PlanModel edited = ExampleProjects.kent(EDITED);
		ExampleProjects.edit(EDITED, "bold-steps.plan", text -> text.replace(
				"commitment S2 \"Employ at least another 350 apprentices through the Kent Success Apprenticeship scheme\"",
				"commitment S2 \"Apprentices <script>alert('x')</script> & \\\"more\\\"\""));
		edited = ExampleProjects.awaitModel(EDITED);
		LaidOutGraph graph = draw(edited, "kent.boldsteps.BoldSteps.S2");
		Path file = temp.resolve("s2.svg");
		assertEquals("the graph of " + graph.graph().nodes().size() + " elements", view.exportSvg(file));
		Path made = Files.createFile(temp.resolve("made-by-the-user.svg"));
		assertEquals(Files.getPosixFilePermissions(made), Files.getPosixFilePermissions(file));

		String svg = Files.readString(file);
		assertFalse(svg.contains("<script"), svg);
		assertTrue(svg.contains("Apprentices &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"), svg);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
		assertEquals("svg", document.getDocumentElement().getLocalName());
		assertEquals(graph.graph().nodes().size(), document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength());
		assertEquals(graph.graph().edges().size(), document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength() - 1);
		assertEquals("a&lt;b&gt;&amp;&quot;&#39;c", GraphSvg.escape("a<b>&\"'\u0001c\uFFFF"));
		assertEquals("emoji \uD83D\uDE00 kept, lone  dropped", GraphSvg.escape("emoji \uD83D\uDE00 kept, lone \uD800 dropped"));
	}
}
