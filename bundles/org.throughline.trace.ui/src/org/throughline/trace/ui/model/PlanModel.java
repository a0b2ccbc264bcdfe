package org.throughline.trace.ui.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.throughline.model.plan.PlanPackage;
import org.throughline.trace.TraceIndex;

/**
 * The plan of one workspace project as loaded at one moment: its .plan files parsed and linked together, and the
 * trace index built from them once.
 * <p>
 * A model never changes once published; when a file changes the service publishes a new one. Views keep
 * {@link ElementRef}s, not elements, across models, and cache what they derive from a model with
 * {@link #derived(Object, Function)} so that it is computed once per model rather than once per selection.
 */
public final class PlanModel {

	private final String project;
	private final long generation;
	private final XtextResourceSet resourceSet;
	private final List<IFile> files;
	private final TraceIndex index;
	private final Map<Object, Object> derived = new ConcurrentHashMap<>();

	PlanModel(String project, long generation, XtextResourceSet resourceSet, List<IFile> files, TraceIndex index) {
		this.project = project;
		this.generation = generation;
		this.resourceSet = resourceSet;
		this.files = List.copyOf(files);
		this.index = index;
	}

	/** The name of the workspace project the plan was loaded from. */
	public String project() {
		return project;
	}

	/** Increases with every model the service publishes, across projects. */
	public long generation() {
		return generation;
	}

	/** The trace index of every module in the project. */
	public TraceIndex index() {
		return index;
	}

	/** The .plan files loaded, in the order their modules were indexed. */
	public List<IFile> files() {
		return files;
	}

	/**
	 * Something derived from this model (a matrix, a summary), computed the first time it is asked for under
	 * {@code key} and kept for as long as the model is current. The computation must read this model only.
	 */
	@SuppressWarnings("unchecked")
	public <T> T derived(Object key, Function<PlanModel, T> compute) {
		Object value = derived.get(key);
		if (value == null) {
			value = compute.apply(this);
			Object earlier = derived.putIfAbsent(key, value);
			if (earlier != null) {
				value = earlier;
			}
		}
		return (T) value;
	}

	/** The element with this URI in this model (a platform resource URI with a fragment), if there is one. */
	public Optional<EObject> element(URI uri) {
		if (uri == null || !uri.hasFragment()) {
			return Optional.empty();
		}
		Resource resource = resourceSet.getResource(uri.trimFragment(), false);
		return resource == null ? Optional.empty() : Optional.ofNullable(resource.getEObject(uri.fragment()));
	}

	/** The element with this qualified name, as the plan language writes it. */
	public Optional<EObject> element(String qualifiedName) {
		return qualifiedName == null || qualifiedName.isEmpty() ? Optional.empty() : index.element(qualifiedName);
	}

	/** True when the element was loaded into this model, rather than into an earlier one or an editor's. */
	public boolean contains(EObject element) {
		return element != null && element.eResource() != null && element.eResource().getResourceSet() == resourceSet;
	}

	/**
	 * The innermost element written at this offset of the file, as loaded; empty when the file is not part of the
	 * model or the offset falls outside every element.
	 */
	public Optional<EObject> elementAt(IFile file, int offset) {
		return resourceSet.getResource(uriOf(file), false) instanceof XtextResource xtext ? writtenAt(xtext, offset)
				: Optional.empty();
	}

	/** The innermost element written at this offset of a parsed file; empty when the offset falls outside every one. */
	public static Optional<EObject> writtenAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		if (root.getTotalLength() == 0) {
			return Optional.empty();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, Math.max(0, Math.min(offset, root.getTotalEndOffset() - 1)));
		return leaf == null ? Optional.empty() : Optional.ofNullable(NodeModelUtils.findActualSemanticObjectFor(leaf));
	}

	/** Where the element is written, selecting its name where it has one. */
	public Optional<SourceRange> source(EObject element) {
		if (!contains(element)) {
			return Optional.empty();
		}
		IFile file = fileOf(element.eResource().getURI());
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (file == null || node == null) {
			return Optional.empty();
		}
		INode selected = node;
		if (PlanPackage.Literals.NAMED_ELEMENT.isInstance(element)) {
			List<INode> names = NodeModelUtils.findNodesForFeature(element, PlanPackage.Literals.NAMED_ELEMENT__NAME);
			if (!names.isEmpty()) {
				selected = names.get(0);
			}
		}
		return Optional.of(new SourceRange(file, node.getStartLine(), selected.getOffset(), selected.getLength()));
	}

	/** A stable reference to the element: its qualified name where it has one, and its URI. */
	public ElementRef ref(EObject element) {
		return new ElementRef(project, index.qualifiedName(element), EcoreUtil.getURI(element));
	}

	/** The URI under which a workspace file is loaded. */
	public static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The workspace file behind a platform resource URI; null for any other URI. */
	public static IFile fileOf(URI uri) {
		if (uri == null || !uri.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.trimFragment().toPlatformString(true)));
	}

	/** The project a platform resource URI points into; null for any other URI. */
	public static String projectOf(URI uri) {
		return uri != null && uri.isPlatformResource() && uri.segmentCount() > 1 ? URI.decode(uri.segment(1)) : null;
	}
}
