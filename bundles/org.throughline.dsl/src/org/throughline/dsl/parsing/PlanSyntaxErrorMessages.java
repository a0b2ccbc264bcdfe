package org.throughline.dsl.parsing;

import java.util.List;
import java.util.Map;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.throughline.dsl.parsing.BlockGrammar.Block;
import org.throughline.dsl.parsing.BlockGrammar.OpenBlock;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.plan.NamedElement;

import com.google.inject.Inject;

/**
 * Syntax errors in the plan language's words, with the code {@code syntax}: what was found, in which element, and
 * what may stand there ("'oops' is not part of the commitment 'B2' here; a commitment can say: kind, statement, ...
 * or end with '}'"), instead of the parser's "mismatched input 'oops' expecting '}'".
 */
public class PlanSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	/** How much of a long word or quoted text a message repeats. */
	private static final int SHOWN = 40;

	private static final Map<String, String> TERMINALS = Map.of("RULE_ID", "a name", "RULE_STRING", "quoted text",
			"RULE_INT", "a whole number", "RULE_DECIMAL", "a number", "RULE_POUNDS", "an amount such as £340m",
			"RULE_PERCENT", "a percentage such as 11%", "RULE_ISO_DATE", "a date such as 2010-12-08",
			"RULE_FINANCIAL_YEAR", "a financial year such as 2011/12");

	@Inject
	private BlockGrammar grammar;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		if (e == null) {
			return new SyntaxErrorMessage(lexerMessage(context.getDefaultMessage()), IssueCodes.SYNTAX);
		}
		return new SyntaxErrorMessage(capitalised(message(e, context.getCurrentNode())), IssueCodes.SYNTAX);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), IssueCodes.SYNTAX);
	}

	private String message(RecognitionException e, INode at) {
		OpenBlock open = grammar.enclosing(at);
		Block block = open.block();
		String found = found(e.token);
		String in = in(open);
		if (e instanceof MissingTokenException missing) {
			return expected(missing.expecting) + " is missing before " + found + in;
		}
		if (e instanceof MismatchedTokenException mismatched && endsBlock(mismatched.expecting, block)) {
			return found + " is not part of " + (in.isEmpty() ? "the " + block.word() : in.substring(4)) + " here; "
					+ article(block.word()) + " " + block.word() + (block.isFile() ? " can hold: " : " can say: ")
					+ String.join(", ", block.phrases()) + (block.isFile() ? "" : ", or end with '}'");
		}
		if (e.token != null && e.token.getType() == Token.EOF) {
			return "The file ends" + in + (block.isFile() ? "" : " before its '}'");
		}
		if (e instanceof MismatchedTokenException mismatched) {
			return found + " cannot stand here" + in + "; write " + expected(mismatched.expecting);
		}
		List<String> expected = expectedAt(at);
		return found + " cannot stand here" + in + (expected.isEmpty() ? "" : "; write " + oneOf(expected));
	}

	private boolean endsBlock(int expecting, Block block) {
		return block.isFile() ? expecting == Token.EOF : expecting == grammar.closeType();
	}

	/** What the rule being read could start with, when the parser was in a rule of its own (an owner's role). */
	private static List<String> expectedAt(INode at) {
		if (at != null && at.getGrammarElement() instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			return BlockGrammar.phrasesOf(rule, new java.util.HashSet<>()).stream().map(p -> "'" + p + "'").toList();
		}
		return List.of();
	}

	private static String oneOf(List<String> words) {
		if (words.size() == 1) {
			return words.get(0);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
	}

	/** {@code " in the commitment 'B2'"}, or {@code " in a commitment"} before its name is read; empty in the file. */
	private static String in(OpenBlock open) {
		if (open.block().isFile()) {
			return "";
		}
		EObject element = open.element();
		String word = open.block().word();
		if (element instanceof NamedElement named && named.getName() != null) {
			return " in the " + word + " '" + shown(named.getName()) + "'";
		}
		return " in " + article(word) + " " + word;
	}

	private String found(Token token) {
		if (token == null || token.getType() == Token.EOF) {
			return "the end of the file";
		}
		String text = token.getText() == null ? "" : token.getText();
		if ("RULE_STRING".equals(grammar.tokenName(token.getType()))) {
			return "the quoted text " + shown(text);
		}
		return "'" + shown(text) + "'";
	}

	private String expected(int type) {
		if (type == Token.EOF) {
			return "the end of the file";
		}
		String name = grammar.tokenName(type);
		if (name == null) {
			return "something else";
		}
		return TERMINALS.getOrDefault(name, name);
	}

	/** The lexer's message for text it cannot read, such as quoted text that is never closed. */
	private static String lexerMessage(String message) {
		if (message != null && message.contains("<EOF>")) {
			return "The file ends inside quoted text or a comment: a closing quote or '*/' is missing";
		}
		return "This text cannot be read as the plan language" + (message == null ? "" : " (" + message + ")");
	}

	private static String shown(String text) {
		StringBuilder shown = new StringBuilder();
		text.codePoints().limit(SHOWN).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
		return text.codePointCount(0, text.length()) > SHOWN ? shown + "..." : shown.toString();
	}

	private static String article(String word) {
		return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
