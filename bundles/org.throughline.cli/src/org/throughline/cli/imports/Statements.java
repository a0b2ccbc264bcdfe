package org.throughline.cli.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The statements of an element's block as they are written: where each starts and ends in the file's text and the
 * word it starts with ({@code owner}, {@code measured}, {@code milestone}, {@code not}, {@code source} ...), so that
 * an import can remove, rewrite or add one statement and leave every other character of the file as it was.
 */
final class Statements {

	/**
	 * One statement.
	 *
	 * @param word    the keyword it starts with
	 * @param offset  where its first character is
	 * @param end     just after its last character (comments and spaces after it not included)
	 * @param element the element it writes, for statements that are elements of their own (owner, milestone), or
	 *                null
	 */
	record Statement(String word, int offset, int end, EObject element) {
	}

	private final List<Statement> statements;
	private final int closingBrace;

	private Statements(List<Statement> statements, int closingBrace) {
		this.statements = List.copyOf(statements);
		this.closingBrace = closingBrace;
	}

	/**
	 * The statements of {@code element}'s block; {@code starts} are the keywords that begin a statement written in
	 * the element's own rule (such as {@code measured} in {@code measured by}), elements of their own begin one each.
	 * Empty when the element has no block.
	 */
	static Optional<Statements> of(EObject element, Set<String> starts) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return Optional.empty();
		}
		List<Statement> found = new ArrayList<>();
		boolean inBlock = false;
		int brace = -1;
		String word = null;
		int start = -1;
		int end = -1;
		EObject own = null;
		// right after a keyword that starts a statement: an element that follows is its content ("source" Agenda ...)
		boolean awaitingContent = false;
		for (INode child : node.getChildren()) {
			if (child instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			String keyword = keyword(child, element);
			if (!inBlock) {
				inBlock = "{".equals(keyword);
				continue;
			}
			EObject contained = child instanceof ICompositeNode composite && composite.hasDirectSemanticElement()
					&& composite.getSemanticElement() != element ? composite.getSemanticElement() : null;
			boolean begins = "}".equals(keyword) || keyword != null && starts.contains(keyword)
					|| contained != null && !awaitingContent;
			if (begins) {
				if (word != null) {
					found.add(new Statement(word, start, end, own));
				}
				if ("}".equals(keyword)) {
					brace = child.getOffset();
					word = null;
					break;
				}
				word = keyword != null ? keyword : firstKeyword(child);
				start = child.getOffset();
				own = contained;
				awaitingContent = keyword != null;
			} else {
				awaitingContent = false;
			}
			end = child instanceof ICompositeNode composite ? endWithoutHidden(composite)
					: child.getOffset() + child.getLength();
		}
		return brace < 0 ? Optional.empty() : Optional.of(new Statements(found, brace));
	}

	/**
	 * The keyword a node is or starts with: a fragment's node (such as {@code source ...}, written by the element's
	 * own rule through a fragment) starts with the keyword of its first leaf; null for anything else.
	 */
	private static String keyword(INode child, EObject element) {
		if (child instanceof ILeafNode leaf) {
			return leaf.getGrammarElement() instanceof Keyword k ? k.getValue() : null;
		}
		ICompositeNode composite = (ICompositeNode) child;
		if (composite.hasDirectSemanticElement() && composite.getSemanticElement() != element) {
			return null;
		}
		for (ILeafNode leaf : composite.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getGrammarElement() instanceof Keyword k ? k.getValue() : null;
			}
		}
		return null;
	}

	private static String firstKeyword(INode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getText();
			}
		}
		return "";
	}

	private static int endWithoutHidden(ICompositeNode node) {
		int end = node.getOffset();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				end = leaf.getOffset() + leaf.getLength();
			}
		}
		return end;
	}

	List<Statement> all() {
		return statements;
	}

	List<Statement> starting(String word) {
		return statements.stream().filter(s -> s.word().equals(word)).toList();
	}

	Optional<Statement> written(EObject element) {
		return statements.stream().filter(s -> s.element() == element).findFirst();
	}

	/** The offset of the block's closing brace. */
	int closingBrace() {
		return closingBrace;
	}

	/** The first statement that starts with one of {@code words}, in the order written. */
	Optional<Statement> firstOf(Set<String> words) {
		return statements.stream().filter(s -> words.contains(s.word())).findFirst();
	}

	/** The last statement that starts with {@code word}. */
	Optional<Statement> lastOf(String word) {
		List<Statement> matching = starting(word);
		return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
	}
}
