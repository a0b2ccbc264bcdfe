package org.throughline.cli.imports;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.throughline.dsl.ide.formatting.PlanTextFormatter;
import org.throughline.dsl.ide.quickfix.fixes.Blocks;
import org.throughline.dsl.text.TextEdit;

/**
 * The edits an import makes to the text of .plan files: collected file by file, then applied at once, with what
 * they wrote laid out by the language's formatter and every other character of the file kept as it was.
 */
public final class PlanTextChanges {

	private final PlanTextFormatter formatter;
	private final Map<String, String> before = new LinkedHashMap<>();
	private final Map<String, List<TextEdit>> edits = new LinkedHashMap<>();

	private final IParser parser;

	public PlanTextChanges(PlanTextFormatter formatter, IParser parser) {
		this.formatter = formatter;
		this.parser = parser;
	}

	/** Adds an edit of {@code file}, whose text is {@code text}. */
	public void edit(String file, String text, TextEdit edit) {
		before.putIfAbsent(file, text);
		edits.computeIfAbsent(file, f -> new ArrayList<>()).add(edit);
	}

	/**
	 * Adds statements at the end of an element's block, each line indented one step more than the block's closing
	 * brace, which stays on a line of its own.
	 *
	 * @param statements one or more lines, without the block's indentation
	 */
	public void addToBlock(String file, String text, EObject element, String statements) {
		int brace = Blocks.closingBrace(element).orElseThrow();
		int lineStart = text.lastIndexOf('\n', brace - 1) + 1;
		String before = text.substring(lineStart, brace);
		boolean ownLine = before.isBlank();
		String indent = (ownLine ? before : "") + "\t";
		StringBuilder added = new StringBuilder(ownLine ? "" : "\n");
		for (String line : statements.split("\n", -1)) {
			added.append(line.isEmpty() ? "" : indent + line).append('\n');
		}
		edit(file, text, TextEdit.insert(ownLine ? lineStart : brace, added.toString()));
	}

	/**
	 * Replaces the text of an element of {@code file} with {@code replacement}, unless the two say the same thing
	 * laid out otherwise (other spaces or line breaks, a comment): a row imported again as it was written by hand
	 * leaves the file as it is, and is not counted as a change.
	 *
	 * @return whether it replaced
	 */
	public boolean replace(String file, String text, EObject element, String replacement) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (tokens(node).equals(tokens(replacement, node))) {
			return false;
		}
		edit(file, text, new TextEdit(node.getOffset(), node.getLength(), replacement));
		return true;
	}

	/** The text's words and symbols as the language reads them, without the spaces and comments between them. */
	private static List<String> tokens(INode node) {
		List<String> tokens = new ArrayList<>();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				tokens.add(leaf.getText());
			}
		}
		return tokens;
	}

	/** The tokens of {@code text} read by the rule that {@code like} was read by; none when it does not parse. */
	private List<String> tokens(String text, INode like) {
		EObject grammar = like.getGrammarElement();
		AbstractRule rule = grammar instanceof RuleCall call ? call.getRule()
				: grammar instanceof AbstractRule own ? own : null;
		if (!(rule instanceof ParserRule parserRule)) {
			return List.of(text);
		}
		IParseResult parsed = parser.parse(parserRule, new StringReader(text));
		return parsed.hasSyntaxErrors() ? List.of(text) : tokens(parsed.getRootNode());
	}

	public boolean isEmpty() {
		return edits.isEmpty();
	}

	/** The text of a file before the edits. */
	public String before(String file) {
		return before.get(file);
	}

	/**
	 * Each edited file's new text, in the order the files were first edited; files whose text comes out the same
	 * are left out.
	 *
	 * @throws IllegalStateException when an edited file would not parse: a defect of the import, never the user's
	 */
	public Map<String, String> after() {
		Map<String, String> result = new LinkedHashMap<>();
		for (Map.Entry<String, List<TextEdit>> entry : edits.entrySet()) {
			String text = before.get(entry.getKey());
			List<TextEdit> sorted = new ArrayList<>(entry.getValue());
			// stable: edits at one offset keep the order they were made in, which is the order of the grammar
			sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length));
			String edited = TextEdit.apply(text, sorted);
			List<ITextRegion> written = new ArrayList<>();
			int shift = 0;
			for (TextEdit edit : sorted) {
				if (!edit.text().isEmpty()) {
					written.add(new TextRegion(edit.offset() + shift, edit.text().length()));
				}
				shift += edit.text().length() - edit.length();
			}
			XtextResource parsed = formatter.parse(edited);
			if (parsed.getParseResult().hasSyntaxErrors()) {
				throw new IllegalStateException("the import would leave " + entry.getKey() + " unreadable: "
						+ parsed.getParseResult().getSyntaxErrors().iterator().next().getSyntaxErrorMessage().getMessage());
			}
			String laidOut = written.isEmpty() ? edited : TextEdit.apply(edited, formatter.format(parsed, written));
			if (!laidOut.equals(text)) {
				result.put(entry.getKey(), laidOut);
			}
		}
		return result;
	}
}
