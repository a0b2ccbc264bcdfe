package org.throughline.dsl.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The plan language's blocks as its grammar writes them: each element written {@code word name "title" { ... }}, the
 * words that start what it can say between its braces, and the file itself, whose elements follow one another to its
 * end. Syntax error messages list what a block can say; recovery resumes at the next word that starts one.
 */
@Singleton
public class BlockGrammar {

	/**
	 * One kind of block. {@code word} is how the language names it ("commitment"); {@code phrases} are the words that
	 * start each thing it can say ("kind", "measured by", ...); {@code starts} their token types. {@code open} is its
	 * opening brace, null for the file.
	 */
	public record Block(AbstractRule rule, String word, List<String> phrases, Set<Integer> starts, Keyword open) {

		public boolean isFile() {
			return open == null;
		}
	}

	private final Map<AbstractRule, Block> blocks = new HashMap<>();
	private final Map<EClassifier, Block> byType = new HashMap<>();
	private final Map<String, Integer> keywordTypes = new HashMap<>();
	private final Map<Integer, String> tokenNames;
	private final Block file;
	private final int openType;
	private final int closeType;
	private final int dotType;
	private final int commentType;

	@Inject
	public BlockGrammar(IGrammarAccess grammarAccess, ITokenDefProvider tokenDefs) {
		tokenNames = tokenDefs.getTokenDefMap();
		for (Map.Entry<Integer, String> token : tokenNames.entrySet()) {
			String name = token.getValue();
			if (name.length() > 2 && name.startsWith("'") && name.endsWith("'")) {
				keywordTypes.put(name.substring(1, name.length() - 1), token.getKey());
			}
		}
		openType = keywordTypes.getOrDefault("{", -2);
		closeType = keywordTypes.getOrDefault("}", -2);
		dotType = keywordTypes.getOrDefault(".", -2);
		int comment = -2;
		for (Map.Entry<Integer, String> token : tokenNames.entrySet()) {
			if (token.getValue().equals("RULE_ML_COMMENT")) {
				comment = token.getKey();
			}
		}
		commentType = comment;
		Block module = null;
		for (ParserRule rule : GrammarUtil.allParserRules(grammarAccess.getGrammar())) {
			Block block = blockOf(rule, module == null);
			if (module == null) {
				module = block;
			}
			if (block != null) {
				blocks.put(rule, block);
				if (!rule.isFragment() && rule.getType() != null) {
					byType.putIfAbsent(rule.getType().getClassifier(), block);
				}
			}
		}
		file = module;
	}

	/** The file: what may stand at its top level. */
	public Block file() {
		return file;
	}

	public Block of(AbstractRule rule) {
		return blocks.get(rule);
	}

	public Block ofType(EClassifier type) {
		return byType.get(type);
	}

	public int openType() {
		return openType;
	}

	public int closeType() {
		return closeType;
	}

	public int dotType() {
		return dotType;
	}

	/** The token type of a comment, which the parser passes over. */
	public int commentType() {
		return commentType;
	}

	/** The name the token definitions give a token type: {@code 'kind'}, {@code RULE_ID}; null when unknown. */
	public String tokenName(int type) {
		return tokenNames.get(type);
	}

	/**
	 * The innermost block around {@code node} whose opening brace has been read (the file when there is none), with the
	 * node that holds it.
	 */
	public OpenBlock enclosing(INode node) {
		for (INode at = node; at != null; at = at.getParent()) {
			AbstractRule rule = ruleOf(at.getGrammarElement());
			Block block = rule == null ? null : blocks.get(rule);
			if (block != null && (block.isFile() || hasOpened(at, block))) {
				return new OpenBlock(block, (ICompositeNode) at);
			}
		}
		return new OpenBlock(file, null);
	}

	/** A block whose brace is open, and the node of the element it belongs to (null for the file). */
	public record OpenBlock(Block block, ICompositeNode node) {

		/** The element being written in the block, once the parser has made it; null before. */
		public EObject element() {
			if (node == null || block.isFile()) {
				return null;
			}
			EObject element = node.getSemanticElement();
			return element != null && block.rule().getType() != null
					&& block.rule().getType().getClassifier().isInstance(element) ? element : null;
		}
	}

	private static boolean hasOpened(INode node, Block block) {
		if (!(node instanceof ICompositeNode composite)) {
			return false;
		}
		for (INode child : composite.getChildren()) {
			if (child instanceof ILeafNode && child.getGrammarElement() == block.open()) {
				return true;
			}
		}
		return false;
	}

	private static AbstractRule ruleOf(EObject grammarElement) {
		if (grammarElement instanceof RuleCall call) {
			return call.getRule();
		}
		return grammarElement instanceof AbstractRule rule ? rule : null;
	}

	/** The block a rule writes, or null when it has none; the first rule is the file's. */
	private Block blockOf(ParserRule rule, boolean isFile) {
		if (isFile) {
			List<String> phrases = new ArrayList<>();
			if (rule.getAlternatives() instanceof Group group) {
				for (AbstractElement element : group.getElements()) {
					if (GrammarUtil.isMultipleCardinality(element)) {
						phrases.addAll(phrases(element, new HashSet<>()));
					}
				}
			}
			return new Block(rule, "plan file", phrases, starts(phrases), null);
		}
		Group braces = bracedGroup(rule.getAlternatives());
		if (braces == null) {
			return null;
		}
		List<AbstractElement> elements = braces.getElements();
		int open = indexOfKeyword(elements, "{");
		int close = indexOfKeyword(elements, "}");
		Set<String> phrases = new LinkedHashSet<>();
		for (AbstractElement element : elements.subList(open + 1, close)) {
			phrases.addAll(phrases(element, new HashSet<>()));
		}
		List<String> firstPhrase = phrases(rule.getAlternatives(), new HashSet<>());
		String word = firstPhrase.isEmpty() ? rule.getName().toLowerCase() : firstPhrase.get(0);
		List<String> said = List.copyOf(phrases);
		return new Block(rule, word, said, starts(said), (Keyword) elements.get(open));
	}

	private Set<Integer> starts(List<String> phrases) {
		Set<Integer> starts = new HashSet<>();
		for (String phrase : phrases) {
			Integer type = keywordTypes.get(phrase.split(" ")[0]);
			if (type != null) {
				starts.add(type);
			}
		}
		return starts;
	}

	/** The group of a rule that holds {@code '{' ... '}'}, looked for below the rule's own elements. */
	private static Group bracedGroup(AbstractElement element) {
		if (element instanceof Group group) {
			if (indexOfKeyword(group.getElements(), "{") >= 0 && indexOfKeyword(group.getElements(), "}") >= 0) {
				return group;
			}
			for (AbstractElement child : group.getElements()) {
				Group found = bracedGroup(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static int indexOfKeyword(List<AbstractElement> elements, String value) {
		for (int i = 0; i < elements.size(); i++) {
			if (elements.get(i) instanceof Keyword keyword && keyword.getValue().equals(value)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The words that start {@code element}: its leading keywords joined ("measured by"), an enumeration's literals, or
	 * what the rules it calls start with. Names and quoted text start nothing that can be listed.
	 */
	static List<String> phrases(AbstractElement element, Set<AbstractRule> visiting) {
		List<String> phrases = new ArrayList<>();
		if (element instanceof Keyword keyword) {
			phrases.add(keyword.getValue());
		} else if (element instanceof Group group) {
			StringBuilder leading = new StringBuilder();
			for (AbstractElement child : group.getElements()) {
				if (!(child instanceof Keyword keyword) || GrammarUtil.isOptionalCardinality(child)) {
					break;
				}
				leading.append(leading.isEmpty() ? "" : " ").append(keyword.getValue());
			}
			if (!leading.isEmpty()) {
				phrases.add(leading.toString());
			} else if (!group.getElements().isEmpty()) {
				phrases.addAll(phrases(group.getElements().get(0), visiting));
			}
		} else if (element instanceof Alternatives alternatives) {
			for (AbstractElement child : alternatives.getElements()) {
				phrases.addAll(phrases(child, visiting));
			}
		} else if (element instanceof Assignment assignment) {
			phrases.addAll(phrases(assignment.getTerminal(), visiting));
		} else if (element instanceof RuleCall call) {
			phrases.addAll(phrasesOf(call.getRule(), visiting));
		}
		return phrases;
	}

	static List<String> phrasesOf(AbstractRule rule, Set<AbstractRule> visiting) {
		List<String> phrases = new ArrayList<>();
		if (rule instanceof EnumRule enumRule) {
			for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(enumRule, EnumLiteralDeclaration.class)) {
				phrases.add(literal.getLiteral().getValue());
			}
		} else if (rule instanceof ParserRule parserRule && !GrammarUtil.isDatatypeRule(parserRule)
				&& visiting.add(rule)) {
			phrases.addAll(phrases(parserRule.getAlternatives(), visiting));
			visiting.remove(rule);
		}
		return phrases;
	}
}
