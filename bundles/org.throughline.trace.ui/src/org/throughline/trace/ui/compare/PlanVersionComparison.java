package org.throughline.trace.ui.compare;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.IDiffContainer;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.PlanModule;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.diff.ElementChange;
import org.throughline.trace.diff.PlanDiff;
import org.throughline.trace.diff.Rename;
import org.throughline.views.labels.ElementLabels;

/**
 * The differences between two versions of a plan as the compare editor shows them: a node per plan file that
 * differs, holding both versions of the file's text, and under it a node per element added, removed, renamed or
 * changed, holding both versions of the element's text. The left side is the other version, the right side the
 * project as it is (with the editors' unsaved texts), as {@code throughline diff OLD NEW} reads. The differences are {@link PlanDiff}'s, the same as
 * {@code throughline diff} lists: comments, layout and order change nothing.
 */
public final class PlanVersionComparison {

	private final PlanWorkspace current;
	private final PlanWorkspace other;
	private final PlanDiff diff;
	private final DiffNode root = new DiffNode(Differencer.NO_CHANGE);
	private final Map<String, DiffNode> files = new LinkedHashMap<>();

	private PlanVersionComparison(PlanWorkspace current, PlanWorkspace other) {
		this.current = current;
		this.other = other;
		this.diff = PlanDiff.between(TraceIndex.of(other.modules()), TraceIndex.of(current.modules()));
	}

	/** Compares the project as it is ({@code current}) with another version of it ({@code other}). */
	public static PlanVersionComparison of(PlanWorkspace current, PlanWorkspace other) {
		return of(current, other, null);
	}

	/**
	 * Compares the project as it is with another version of it, and shows only the file {@code onlyFile} (a path
	 * relative to the plan folder) when it is given: the whole plan is compared, so that an element moved into or
	 * out of the file is recognised.
	 */
	public static PlanVersionComparison of(PlanWorkspace current, PlanWorkspace other, String onlyFile) {
		PlanVersionComparison comparison = new PlanVersionComparison(current, other);
		comparison.build();
		if (onlyFile != null) {
			comparison.files.forEach((path, node) -> {
				if (!path.equals(onlyFile)) {
					comparison.root.remove(node);
				}
			});
		}
		return comparison;
	}

	/** The differences, as the structure of the compare editor: a node per file, and its elements below. */
	public DiffNode root() {
		return root;
	}

	/** What changed, element by element. */
	public PlanDiff diff() {
		return diff;
	}

	private void build() {
		for (NamedElement element : diff.added()) {
			add(null, element, label(element, diff.newName(element)) + ": added");
		}
		for (NamedElement element : diff.removed()) {
			add(element, null, label(element, diff.oldName(element)) + ": removed");
		}
		for (Rename rename : diff.renamed()) {
			String verb = rename.isMove() ? " moved to " : " renamed ";
			add(rename.before(), rename.after(), label(rename.after(), rename.oldName()) + verb + rename.newName());
		}
		for (ElementChange change : diff.changed()) {
			add(change.before(), change.after(),
					label(change.after(), change.name()) + ": " + String.join(", ", change.fieldNames()));
		}
	}

	// Under its file's node an element is named within its module: "ChangeToKeepSucceeding.DirectorWastePost".
	private static String label(NamedElement element, String qualifiedName) {
		String title = ElementLabels.title(element);
		String kind = Labels.kind(element);
		PlanModule module = EcoreUtil2.getContainerOfType(element, PlanModule.class);
		String prefix = module == null || module.getName() == null ? null : module.getName() + ".";
		String name = prefix != null && qualifiedName.startsWith(prefix) ? qualifiedName.substring(prefix.length())
				: qualifiedName;
		return name + " (" + kind + (title.isEmpty() || title.equals(element.getName()) ? ""
				: " \u201c" + ElementLabels.shorten(title, 60) + "\u201d") + ")";
	}

	// An element's node goes under the node of the file it is in, in the current version when it is there. The
	// other version is the left side and the current one the right, so that the texts read as a change from the
	// one to the other and the platform's marks read as the change: an element only on the right is "incoming".
	private void add(NamedElement before, NamedElement after, String name) {
		IDiffContainer file = file(before != null ? before.eResource() : null, after != null ? after.eResource() : null);
		int kind = before == null ? Differencer.DELETION : after == null ? Differencer.ADDITION : Differencer.CHANGE;
		new DiffNode(file, kind, null, before == null ? null : new VersionText(name, text(before)),
				after == null ? null : new VersionText(name, text(after)));
	}

	private IDiffContainer file(Resource before, Resource after) {
		String beforePath = relative(other, before);
		String afterPath = relative(current, after);
		String path = afterPath != null ? afterPath : beforePath;
		DiffNode node = files.get(path);
		if (node == null) {
			// the same file in the other version, if it has one by that name
			Resource otherFile = before != null && path.equals(beforePath) ? before
					: other.resource(other.root().resolve(path)).orElse(null);
			Resource currentFile = after != null ? after : current.resource(current.root().resolve(path)).orElse(null);
			int kind = otherFile == null ? Differencer.DELETION
					: currentFile == null ? Differencer.ADDITION : Differencer.CHANGE;
			node = new DiffNode(root, kind, null, otherFile == null ? null : new VersionText(path, text(otherFile)),
					currentFile == null ? null : new VersionText(path, text(currentFile)));
			files.put(path, node);
		}
		return node;
	}

	private static String relative(PlanWorkspace workspace, Resource resource) {
		if (resource == null) {
			return null;
		}
		Path file = PlanWorkspace.fileOf(resource);
		return file == null ? resource.getURI().lastSegment()
				: workspace.root().toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
	}

	private static String text(Resource resource) {
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
			return xtext.getParseResult().getRootNode().getText();
		}
		return "";
	}

	// The element as written, from the start of its own line, so that its indentation reads as in the file.
	private static String text(NamedElement element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return "";
		}
		String whole = node.getRootNode().getText();
		int start = node.getOffset();
		int lineStart = whole.lastIndexOf('\n', start - 1) + 1;
		String indent = whole.substring(lineStart, start).isBlank() ? whole.substring(lineStart, start) : "";
		return indent + whole.substring(start, node.getEndOffset()) + "\n";
	}
}
