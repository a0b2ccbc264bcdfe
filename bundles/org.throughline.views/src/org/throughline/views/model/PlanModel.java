package org.throughline.views.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.PlanPackage;
import org.throughline.trace.TraceIndex;

/**
 * The plan of one project as it was at one moment, for the views: a copy of its live model's elements, with where
 * each is written, and the trace index built from them once.
 * <p>
 * A model never changes once made, so the views read it on any thread without holding the live model still; when
 * the plan changes, a new one is made. Views keep {@link ElementRef}s, not elements, across models, and cache what
 * they derive from a model with {@link #derived(Object, Function)} so that it is computed once per model rather
 * than once per selection.
 */
public final class PlanModel {

	private final String project;
	private final long generation;
	private final ResourceSet resourceSet;
	private final List<URI> files;
	private final TraceIndex index;
	/** Where each element is written, by element. */
	private final Map<EObject, SourceRange> written;
	/** The elements of each file, in the order they are written, for finding the one at an offset. */
	private final Map<URI, List<EObject>> byFile;
	private final Map<Object, Object> derived = new ConcurrentHashMap<>();

	private PlanModel(String project, long generation, ResourceSet resourceSet, List<URI> files,
			Map<EObject, SourceRange> written, Map<URI, List<EObject>> byFile) {
		this.project = project;
		this.generation = generation;
		this.resourceSet = resourceSet;
		this.files = List.copyOf(files);
		this.written = written;
		this.byFile = byFile;
		List<PlanModule> modules = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PlanModule module) {
				modules.add(module);
			}
		}
		this.index = TraceIndex.of(modules);
	}

	/**
	 * A copy of a loaded plan: its elements and their links (a link that did not resolve stays an unresolved link),
	 * and where each element is written. Read {@code workspace} only while it is held still, as its live model's
	 * lock does; the copy is then free of it.
	 *
	 * @param project    the name the views know the plan by
	 * @param generation a number that grows with every model made, to tell a newer one
	 */
	public static PlanModel copyOf(String project, long generation, PlanWorkspace workspace) {
		PlaceKeepingCopier copier = new PlaceKeepingCopier();
		ResourceSet copies = new ResourceSetImpl();
		List<URI> files = new ArrayList<>();
		for (XtextResource resource : workspace.resources()) {
			Resource copy = new ResourceImpl(resource.getURI());
			copies.getResources().add(copy);
			copier.file = resource.getURI();
			copier.inOrder = new ArrayList<>();
			copy.getContents().addAll(copier.copyAll(resource.getContents()));
			copier.byFile.put(resource.getURI(), copier.inOrder);
			files.add(resource.getURI());
		}
		copier.copyReferences();
		return new PlanModel(project, generation, copies, files, copier.written, copier.byFile);
	}

	/**
	 * Copies every element, noting where each is written as it goes (one walk of the files), and keeps a link that
	 * did not resolve as an unresolved link of the same URI.
	 */
	private static final class PlaceKeepingCopier extends EcoreUtil.Copier {
		private static final long serialVersionUID = 1L;
		private final Map<EObject, EObject> proxies = new IdentityHashMap<>();
		final Map<EObject, SourceRange> written = new IdentityHashMap<>();
		final Map<URI, List<EObject>> byFile = new HashMap<>();
		URI file;
		List<EObject> inOrder;

		PlaceKeepingCopier() {
			super(true, false);
		}

		// called for each element before its contents are copied, so the file's list keeps the written order
		@Override
		protected EObject createCopy(EObject original) {
			EObject copy = super.createCopy(original);
			SourceRange range = rangeOf(file, original);
			if (range != null) {
				written.put(copy, range);
				inOrder.add(copy);
			}
			return copy;
		}

		@Override
		public EObject get(Object key) {
			EObject copy = super.get(key);
			if (copy == null && key instanceof EObject original && original.eIsProxy()) {
				copy = proxies.computeIfAbsent(original, p -> {
					EObject proxy = EcoreUtil.create(p.eClass());
					((InternalEObject) proxy).eSetProxyURI(((InternalEObject) p).eProxyURI());
					return proxy;
				});
			}
			return copy;
		}
	}

	private static SourceRange rangeOf(URI file, EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return null;
		}
		INode selected = node;
		if (PlanPackage.Literals.NAMED_ELEMENT.isInstance(element)) {
			List<INode> names = NodeModelUtils.findNodesForFeature(element, PlanPackage.Literals.NAMED_ELEMENT__NAME);
			if (!names.isEmpty()) {
				selected = names.get(0);
			}
		}
		return new SourceRange(file, node.getStartLine(), selected.getOffset(), selected.getLength(), node.getOffset(),
				node.getEndOffset());
	}

	/** The name of the project the plan was loaded from. */
	public String project() {
		return project;
	}

	/** Grows with every model made, across projects. */
	public long generation() {
		return generation;
	}

	/** The trace index of every module in the project. */
	public TraceIndex index() {
		return index;
	}

	/** The URIs of the .plan files, in the order their modules were indexed. */
	public List<URI> files() {
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

	/** The element with this URI in this model (a file URI with a fragment), if there is one. */
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

	/** True when the element is of this model, rather than of an earlier one or an editor's. */
	public boolean contains(EObject element) {
		return element != null && element.eResource() != null && element.eResource().getResourceSet() == resourceSet;
	}

	/**
	 * The innermost element written at this offset of a file, as the model has it; empty when the file is not part
	 * of the model or the offset falls outside every element.
	 */
	public Optional<EObject> elementAt(URI file, int offset) {
		EObject innermost = null;
		for (EObject element : byFile.getOrDefault(file, List.of())) {
			// the elements come in the order they are written, each after its container
			if (written.get(element).covers(offset)) {
				innermost = element;
			}
		}
		return Optional.ofNullable(innermost);
	}

	/** The elements written in a file, in the order they are written, each after its container. */
	public List<EObject> elementsIn(URI file) {
		return Collections.unmodifiableList(byFile.getOrDefault(file, List.of()));
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
		return contains(element) ? Optional.ofNullable(written.get(element)) : Optional.empty();
	}

	/** A stable reference to the element: its qualified name where it has one, and its URI. */
	public ElementRef ref(EObject element) {
		return new ElementRef(project, index.qualifiedName(element), EcoreUtil.getURI(element));
	}
}
