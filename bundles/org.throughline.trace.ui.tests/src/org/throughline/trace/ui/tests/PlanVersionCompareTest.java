package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;

import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.projects.loading.PlanProjectLoader;
import org.throughline.trace.diff.ElementChange;
import org.throughline.trace.ui.compare.OtherVersion;
import org.throughline.trace.ui.compare.PlanVersionCompareInput;
import org.throughline.trace.ui.compare.PlanVersionComparison;
import org.throughline.ui.tests.WorkbenchTest;

/**
 * Compare With > Plan Version: a project compared with another folder (the restructure as proposed and as amended)
 * and with a git revision of its own files, in the platform's compare editor.
 */
class PlanVersionCompareTest {

	private static final String AMENDED = "restructure-amended";
	private static final String VERSIONED = "kent-under-git";

	@AfterEach
	void closeAndRemove() throws Exception {
		Ui.page().closeAllEditors(false);
		ExampleProjects.delete(AMENDED);
		ExampleProjects.delete(VERSIONED);
	}

	@WorkbenchTest
	void theAmendedRestructureComparedWithTheProposedShowsTheAmendmentsOnly() throws Exception {
		IProject project = ExampleProjects.project(AMENDED, "change-to-keep-succeeding/amended-2010-10-15");
		URL proposed = FileLocator.toFileURL(Platform.getBundle("org.throughline.examples")
				.getEntry("projects/change-to-keep-succeeding/proposed-2010-10-11"));
		OtherVersion version = OtherVersion.folder(Path.of(proposed.toURI()).toString());
		PlanVersionComparison comparison = PlanVersionComparison.of(PlanProjectLoader.load(project),
				version.load(project));

		// Agenda line 144: seven amendments, and the six moves of 11 October that they replaced
		assertEquals(7, comparison.diff().added().size(), names(comparison));
		assertEquals(6, comparison.diff().removed().size(), names(comparison));
		assertTrue(comparison.diff().renamed().isEmpty(), names(comparison));
		assertTrue(comparison.diff().changed().isEmpty(), names(comparison));
		List<DiffNode> elements = elements(comparison.root());
		// the other version is the left side: an element only on the right was added since
		assertEquals(7, elements.stream().filter(n -> n.getKind() == Differencer.DELETION).count());
		assertEquals(6, elements.stream().filter(n -> n.getKind() == Differencer.ADDITION).count());
		assertEquals(7, elements.stream().filter(n -> n.getName().endsWith(": added")).count());
		assertTrue(elements.stream().anyMatch(n -> n.getName()
				.equals("ChangeToKeepSucceeding.DirectorWastePost (create \u201cDirector of Waste\u201d): removed")),
				names(comparison));
		DiffNode file = (DiffNode) comparison.root().getChildren()[0];
		assertEquals("restructure.plan", file.getName());

		IEditorPart editor = open(new PlanVersionCompareInput(comparison, AMENDED, version));
		Tree tree = tree(editor);
		TreeItem first = tree.getItem(0);
		Ui.expand(first);
		select(tree, first.getItem(1));
		String name = first.getItem(1).getText().split(" ")[0];
		String move = name.substring(name.lastIndexOf('.') + 1);
		Ui.waitUntil("the text of " + move + " beside the structure", () -> showing(tree.getShell(), move) == 1);
		Ui.screenshot("compare-restructure-versions", editor);
	}

	@WorkbenchTest
	void aProjectComparedWithItsGitRevisionShowsTheEditedStatement() throws Exception {
		ExampleProjects.kent(VERSIONED);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(VERSIONED);
		Path folder = Path.of(project.getLocation().toOSString());
		PersonIdent author = new PersonIdent("Policy Unit", "policy@example.org",
				Instant.parse("2010-11-29T12:00:00Z"), TimeZone.getTimeZone("UTC").toZoneId());
		try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("Cabinet version").setAuthor(author).setCommitter(author).setSign(false).call();
		}
		ExampleProjects.edit(VERSIONED, "bold-steps.plan",
				text -> text.replace("at least another 350 apprentices over", "at least another 400 apprentices over"));

		OtherVersion head = OtherVersion.gitRevision("HEAD");
		PlanWorkspace current = PlanProjectLoader.load(project);
		PlanVersionComparison comparison = PlanVersionComparison.of(current, head.load(project));
		assertTrue(comparison.diff().added().isEmpty(), names(comparison));
		assertTrue(comparison.diff().removed().isEmpty(), names(comparison));
		assertEquals(1, comparison.diff().changed().size(), names(comparison));
		ElementChange change = comparison.diff().changed().get(0);
		assertEquals("kent.boldsteps.BoldSteps.S2", change.name());
		assertEquals(List.of("statement"), change.fieldNames());

		DiffNode node = elements(comparison.root()).get(0);
		assertEquals(Differencer.CHANGE, node.getKind());
		String then = text(node.getLeft());
		String now = text(node.getRight());
		assertTrue(now.strip().startsWith("commitment S2"), now);
		assertTrue(now.contains("another 400 apprentices") && then.contains("another 350 apprentices"), now + then);

		IEditorPart editor = open(new PlanVersionCompareInput(comparison, VERSIONED, head));
		Tree tree = tree(editor);
		Ui.expand(tree.getItem(0));
		select(tree, tree.getItem(0).getItem(0));
		Ui.waitUntil("both versions of S2 beside the structure", () -> showing(tree.getShell(), "commitment S2") == 2);
		Ui.screenshot("compare-git-revision", editor);

		// on a file, only that file's differences; another file has none
		assertEquals(1, PlanVersionComparison.of(current, head.load(project), "bold-steps.plan").root()
				.getChildren().length);
		assertFalse(PlanVersionComparison.of(current, head.load(project), "indicators.plan").root().hasChildren());
	}

	@WorkbenchTest
	void compareWithPlanVersionOnAProjectAsksForTheVersionAndOpensTheCompareEditor() throws Exception {
		IProject project = ExampleProjects.project(AMENDED, "change-to-keep-succeeding/amended-2010-10-15");
		URL proposed = FileLocator.toFileURL(Platform.getBundle("org.throughline.examples")
				.getEntry("projects/change-to-keep-succeeding/proposed-2010-10-11"));
		CommonNavigator explorer = Ui.show(IPageLayout.ID_PROJECT_EXPLORER, CommonNavigator.class);
		explorer.selectReveal(new StructuredSelection(project));
		Ui.dispatch();

		// Compare With > Plan Version... is on the project's context menu
		Menu context = explorer.getCommonViewer().getTree().getMenu();
		context.notifyListeners(SWT.Show, new Event());
		Ui.dispatch();
		Menu compareWith = submenu(context, "Compare With");
		assertEquals(1, Arrays.stream(context.getItems()).filter(i -> i.getText().replace("&", "").equals("Compare With"))
				.count(), "one Compare With menu");
		compareWith.notifyListeners(SWT.Show, new Event());
		Ui.dispatch();
		List<String> labels = Arrays.stream(compareWith.getItems()).map(i -> i.getText().replace("&", "")).toList();
		context.notifyListeners(SWT.Hide, new Event());
		assertTrue(labels.contains("Plan Version..."), labels.toString());

		// the dialog: another folder chosen, then Compare
		List<Path> dialogShots = new ArrayList<>();
		List<Boolean> compareEnabled = new ArrayList<>();
		Display display = Display.getCurrent();
		display.asyncExec(() -> {
			Shell dialog = Arrays.stream(display.getShells())
					.filter(s -> s.isVisible() && "Compare With Plan Version".equals(s.getText())).findFirst()
					.orElseThrow(() -> new AssertionError("the dialog did not open"));
			Button folderChoice = button(dialog, "Another &folder:");
			folderChoice.setSelection(true);
			button(dialog, "&Git revision:").setSelection(false);
			folderChoice.notifyListeners(SWT.Selection, new Event());
			text(dialog).setText(uncheckedPath(proposed));
			compareEnabled.add(button(dialog, "&Compare").isEnabled());
			try {
				dialogShots.add(org.throughline.ui.tests.Screenshots.save(dialog, "compare-with-plan-version-dialog"));
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			button(dialog, "&Compare").notifyListeners(SWT.Selection, new Event());
		});
		PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand("org.throughline.trace.ui.comparePlanVersion", null);
		Ui.waitUntil("the compare editor", () -> Ui.page().getActiveEditor() != null
				&& Ui.page().getActiveEditor().getTitle().equals("Compare " + AMENDED + " with folder proposed-2010-10-11"));
		assertEquals(1, dialogShots.size());
		assertEquals(List.of(true), compareEnabled, "Compare is enabled once a folder is given");
		Ui.waitUntil("the differences in the compare editor", () -> tree(Ui.page().getActiveEditor()) != null
				&& tree(Ui.page().getActiveEditor()).getItemCount() == 1);
		assertEquals("restructure.plan", tree(Ui.page().getActiveEditor()).getItem(0).getText());
	}

	private static Menu submenu(Menu menu, String label) {
		for (MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").equals(label) && item.getMenu() != null) {
				return item.getMenu();
			}
		}
		throw new AssertionError("no " + label + " in "
				+ Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
	}

	private static Button button(Control control, String text) {
		if (control instanceof Button button && text.equals(button.getText())) {
			return button;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = button(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Text text(Control control) {
		if (control instanceof Text text) {
			return text;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Text found = text(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String uncheckedPath(URL url) {
		try {
			return Path.of(url.toURI()).toString();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static IEditorPart open(PlanVersionCompareInput input) {
		CompareUI.openCompareEditor(input);
		Ui.waitUntil("the compare editor to open", () -> Ui.page().getActiveEditor() != null
				&& Ui.page().getActiveEditor().getEditorInput() == input && tree(Ui.page().getActiveEditor()) != null
				&& tree(Ui.page().getActiveEditor()).getItemCount() > 0);
		return Ui.page().getActiveEditor();
	}

	// The structure pane of the compare editor
	private static Tree tree(IEditorPart editor) {
		MPart part = editor.getSite().getService(MPart.class);
		return part != null && part.getWidget() instanceof Control control ? find(control) : null;
	}

	private static Tree find(Control control) {
		if (control instanceof Tree tree && tree.isVisible()) {
			return tree;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Tree found = find(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	// How many text viewers shown hold the text: one per side of the element opened
	private static int showing(Control control, String text) {
		int count = control instanceof StyledText styled && styled.isVisible() && styled.getText().contains(text) ? 1
				: 0;
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				count += showing(child, text);
			}
		}
		return count;
	}

	private static void select(Tree tree, TreeItem item) {
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Selection, event);
		// a double-click opens the element's text in the content pane
		tree.notifyListeners(SWT.DefaultSelection, event);
		Ui.dispatch();
	}

	private static List<DiffNode> elements(DiffNode root) {
		List<DiffNode> elements = new ArrayList<>();
		for (IDiffElement file : root.getChildren()) {
			for (IDiffElement element : ((DiffNode) file).getChildren()) {
				elements.add((DiffNode) element);
			}
		}
		return elements;
	}

	private static String text(Object side) throws Exception {
		try (var in = ((IStreamContentAccessor) side).getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String names(PlanVersionComparison comparison) {
		return Arrays.toString(elements(comparison.root()).stream().map(DiffNode::getName).toArray());
	}
}
