package org.throughline.dsl.resource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.impl.ListBasedDiagnosticConsumer;
import org.eclipse.xtext.util.Triple;
import org.throughline.model.plan.Import;

/**
 * A plan file loaded for linking and checking. An editor brings it up to each new text in place, linking only what
 * was parsed anew. A run that has linked and checked its files and located its findings may let go of each file's
 * node model (every token and space of the text, with its place), which is most of the memory a loaded workspace
 * takes; the elements and their links stay.
 */
public class PlanResource extends LazyLinkingResource {

	/** While part of the text is parsed again, the elements there were before; null otherwise. */
	private Set<EObject> keptElements;

	/** How many links waited to be resolved after the file was last linked whole. */
	private int linkedWhole;

	/**
	 * Parses again the part of the text around a change, as {@link #update} does, but links only the elements that
	 * were parsed anew: the others keep their links. Those stay right only while the file declares the same names in
	 * the same places; call {@link #relink} afterwards when it does not. A change to an import is linked whole.
	 */
	public void updateKeepingLinks(int offset, int replacedLength, String newText) {
		Set<EObject> before = Collections.newSetFromMap(new IdentityHashMap<>());
		getAllContents().forEachRemaining(before::add);
		keptElements = before;
		try {
			update(offset, replacedLength, newText);
		} finally {
			keptElements = null;
		}
	}

	@Override
	protected void doLinking() {
		List<EObject> parsedAnew = keptElements == null ? null : parsedAnew();
		// An import changes how every name of the file is found. Linking part of the file keeps what the other links
		// were written as and adds to that list: once it has grown by as many again, the file is linked whole, which
		// starts it afresh.
		if (parsedAnew == null || getLazyProxyInformation().size() > 2 * linkedWhole + 1_000
				|| parsedAnew.stream().anyMatch(Import.class::isInstance)) {
			super.doLinking();
			linkedWhole = getLazyProxyInformation().size();
			return;
		}
		ListBasedDiagnosticConsumer consumer = new ListBasedDiagnosticConsumer();
		for (EObject element : parsedAnew) {
			getLinker().linkModel(element, consumer);
		}
		if (!isValidationDisabled()) {
			getErrors().addAll(consumer.getResult(Severity.ERROR));
			getWarnings().addAll(consumer.getResult(Severity.WARNING));
		}
	}

	/**
	 * The outermost elements that the parser made anew while part of the text was parsed again; null when it made
	 * the whole file anew.
	 */
	private List<EObject> parsedAnew() {
		EObject root = getParseResult() == null ? null : getParseResult().getRootASTElement();
		if (root == null || !keptElements.contains(root)) {
			return null;
		}
		List<EObject> anew = new ArrayList<>();
		for (TreeIterator<EObject> contents = getAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (!keptElements.contains(element)) {
				anew.add(element);
				contents.prune();
			}
		}
		return anew;
	}

	/**
	 * One syntax error per cause: an error that follows another with nothing read as the plan language between them
	 * (a run of stray quotes, the words after a mistake) is the same mistake, reported once where it starts.
	 */
	@Override
	protected void addSyntaxErrors() {
		if (isValidationDisabled()) {
			return;
		}
		List<INode> errors = new ArrayList<>();
		getParseResult().getSyntaxErrors().forEach(errors::add);
		errors.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
		List<ILeafNode> read = new ArrayList<>();
		if (errors.size() > 1) {
			for (ILeafNode leaf : getParseResult().getRootNode().getLeafNodes()) {
				if (!leaf.isHidden() && (leaf.getGrammarElement() instanceof Keyword
						|| leaf.getGrammarElement() instanceof RuleCall)) {
					read.add(leaf);
				}
			}
		}
		INode previous = null;
		for (INode error : errors) {
			if (previous == null || readBetween(read, previous.getEndOffset(), error.getOffset())) {
				addSyntaxDiagnostic(getErrors(), error);
				previous = error;
			} else if (error.getEndOffset() > previous.getEndOffset()) {
				previous = error;
			}
		}
	}

	/** Whether a leaf read as the plan language starts in [{@code from}, {@code to}). */
	private static boolean readBetween(List<ILeafNode> read, int from, int to) {
		int low = 0;
		int high = read.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (read.get(middle).getOffset() < from) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low < read.size() && read.get(low).getOffset() < to;
	}

	/**
	 * Lets go of the node model, and of the syntax and linking errors that point into it (a run that releases has
	 * made its findings of them already). Afterwards the elements no longer know where they are written.
	 */
	public void releaseNodeModel() {
		for (TreeIterator<EObject> contents = getAllContents(); contents.hasNext();) {
			contents.next().eAdapters().removeIf(INode.class::isInstance);
		}
		setParseResult(null);
		getErrors().clear();
		getWarnings().clear();
		unresolvedNodes.clear();
		// what each link was written as, kept to resolve it lazily, holds on to its place in the node model
		clearLazyProxyInformation();
	}

	/**
	 * A link is found from the text it was written as; once the node model is gone, a link that did not resolve
	 * while the text was at hand stays unresolved.
	 */
	@Override
	public synchronized EObject getEObject(String uriFragment) {
		if (getParseResult() == null && getEncoder().isCrossLinkFragment(this, uriFragment)) {
			return null;
		}
		return super.getEObject(uriFragment);
	}

	/** The nodes of the references that have a linking error: most references that resolve have none to drop. */
	private final Set<INode> unresolvedNodes = Collections.newSetFromMap(new IdentityHashMap<>());

	@Override
	protected Diagnostic createDiagnostic(Triple<EObject, EReference, INode> triple, DiagnosticMessage message) {
		unresolvedNodes.add(triple.getThird());
		return super.createDiagnostic(triple, message);
	}

	/**
	 * Drops the linking error of a reference that now resolves. Xtext's own way builds that error's message to find
	 * it, so in a file with any error every link that resolved searched for a "did you mean"; an error is told by
	 * where it is instead, and only looked for at references that had one.
	 */
	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		INode node = triple.getThird();
		if (!unresolvedNodes.remove(node)) {
			return;
		}
		Predicate<Diagnostic> atNode = d -> d instanceof XtextLinkingDiagnostic linking
				&& linking.getOffset() == node.getOffset() && linking.getLength() == node.getLength();
		getErrors().removeIf(atNode);
		getWarnings().removeIf(atNode);
	}
}
