package org.throughline.dsl.parsing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseException;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.antlr.IUnorderedGroupHelper;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.throughline.dsl.parser.antlr.PlanParser;
import org.throughline.dsl.parser.antlr.internal.InternalPlanLexer;
import org.throughline.dsl.parser.antlr.internal.InternalPlanParser;
import org.throughline.dsl.parsing.BlockGrammar.Block;
import org.throughline.dsl.parsing.BlockGrammar.OpenBlock;
import org.throughline.dsl.services.PlanGrammarAccess;

import com.google.inject.Inject;

/**
 * The plan language's parser, resuming after a syntax error at the next thing the block around it can say.
 * <p>
 * The generated parser recovers from an error by skipping to a word that may follow the rule it was in; in a
 * commitment, a stray word after {@code kind deliver} made it skip to the commitment's {@code aim}, read that as a
 * new aim of the plan, and lose the rest of the file. Here, when the parser had to skip, the file is parsed again
 * with the text from the mistake to the next word that starts something the block can say (or its closing brace)
 * set aside, read as a comment is, so that the rest of the file parses as if the mistake were not there.
 * The text set aside carries one syntax error. When it held more than the mistake (the start of an owner, say), the
 * error's data says so and names the words skipped, so that findings made false by the loss can be held back
 * ({@link SyntaxDamage}). Each parse again costs one parse of the text; a file is parsed at most
 * {@value #MOST_PARSES} times, after which the generated parser's own recovery stands.
 */
public class RecoveringPlanParser extends PlanParser {

	/** The most parses of one text: the first and one per mistake set aside. */
	static final int MOST_PARSES = 9;

	/** Data of an error whose skipped text held more than the mistake; the names in that text follow. */
	public static final String DROPPED = "dropped";

	/** Data of an error after which the generated parser skipped text of unknown extent. */
	public static final String LOST = "lost";

	@Inject
	private BlockGrammar grammar;

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
		String text = in.size() == 0 ? "" : in.substring(0, in.size() - 1);
		return parse(ruleName, text, builder, this::createNodeModelBuilder, initialLookAhead);
	}

	@Override
	public IParseResult parse(RuleCall ruleCall, Reader reader, int initialLookAhead) {
		Supplier<NodeModelBuilder> builders = () -> {
			NodeModelBuilder builder = createNodeModelBuilder();
			builder.setForcedFirstGrammarElement(ruleCall);
			return builder;
		};
		return parse(ruleCall.getRule().getName(), read(reader), builders.get(), builders, initialLookAhead);
	}

	private static String read(Reader reader) {
		try {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
				text.append(buffer, 0, n);
			}
			return text.toString();
		} catch (IOException e) {
			throw new WrappedException(e);
		}
	}

	/**
	 * Text set aside: tokens {@code from} (inclusive) to {@code to} (exclusive), and the error it carries, located at
	 * the mistake, token {@code at}.
	 */
	private record SetAside(int from, int to, int at, SyntaxErrorMessage error) {
	}

	private IParseResult parse(String ruleName, String text, NodeModelBuilder first, Supplier<NodeModelBuilder> builders,
			int initialLookAhead) {
		BitSet hidden = new BitSet();
		List<SetAside> setAside = new ArrayList<>();
		NodeModelBuilder builder = first;
		for (int parses = 1;; parses++) {
			RecordingParser parser = parser(text, hidden, builder, initialLookAhead);
			IParseResult result;
			try {
				result = ruleName != null ? parser.parse(ruleName) : parser.parse();
			} catch (Exception e) {
				throw new ParseException(e.getMessage(), e);
			}
			SetAside next = parses < MOST_PARSES ? setAside(parser, hidden) : null;
			if (next == null) {
				return withErrors(result, setAside, parser.tokens(), builder);
			}
			hidden.set(next.from(), next.to());
			setAside.add(next);
			builder = builders.get();
		}
	}

	private RecordingParser parser(String text, BitSet hidden, NodeModelBuilder builder, int initialLookAhead) {
		XtextTokenStream stream = createTokenStream(
				new HidingLexer(new ANTLRStringStream(text), hidden, grammar.commentType()));
		stream.initCurrentLookAhead(initialLookAhead);
		setInitialHiddenTokens(stream);
		RecordingParser parser = new RecordingParser(stream, getGrammarAccess());
		parser.setTokenTypeMap(getTokenDefProvider().getTokenDefMap());
		parser.setSyntaxErrorProvider(getSyntaxErrorProvider());
		parser.setNodeModelBuilder(builder);
		parser.setSemanticModelBuilder(getElementFactory());
		IUnorderedGroupHelper helper = getUnorderedGroupHelper().get();
		parser.setUnorderedGroupHelper(helper);
		helper.initializeWith(parser);
		return parser;
	}

	/**
	 * What to set aside for the first error after which the parser skipped where skipping lost more than the mistake:
	 * from the mistake, or from the start of what the block was saying when the mistake is inside it, to the next word
	 * that starts something the block can say, or its closing brace. Null when there is nothing sensible to set
	 * aside: the file ends, or the mistake is before a block's opening brace.
	 */
	private SetAside setAside(RecordingParser parser, BitSet hidden) {
		List<Token> tokens = parser.tokens();
		for (Skip skip : parser.skips) {
			RecognitionException e = skip.error();
			if (e.token == null || e.token.getType() == Token.EOF || e.token.getTokenIndex() < 0
					|| e.token.getTokenIndex() >= tokens.size() || hidden.get(e.token.getTokenIndex())) {
				return null;
			}
			OpenBlock open = grammar.enclosing(skip.node());
			Block block = open.block();
			int at = e.token.getTokenIndex();
			boolean inPart = open.node() != null && open.node() != skip.node();
			if (inPart && (e.token.getType() == grammar.closeType() || startsPart(tokens, at, block))) {
				// an element inside the block ended early (its '{' or a value left out): the parser skipped to the
				// word after it, which is where it should be
				continue;
			}
			return setAside(tokens, skip, open, at);
		}
		return null;
	}

	private SetAside setAside(List<Token> tokens, Skip skip, OpenBlock open, int at) {
		RecognitionException e = skip.error();
		Block block = open.block();
		boolean betweenParts = e instanceof MismatchedTokenException mismatched
				&& (block.isFile() ? mismatched.expecting == Token.EOF : mismatched.expecting == grammar.closeType())
				&& (open.node() == null || open.node() == skip.node());
		int from = betweenParts ? at : startOfPart(tokens, at, block);
		int to = endOfPart(tokens, at, block);
		if (to < 0) {
			return null;
		}
		boolean heldMore = from < at;
		Set<String> names = new LinkedHashSet<>();
		for (int i = from; i < to; i++) {
			Token token = tokens.get(i);
			if (token.getChannel() == Token.DEFAULT_CHANNEL) {
				heldMore |= token.getType() == grammar.openType() && i > at;
				if ("RULE_ID".equals(grammar.tokenName(token.getType()))) {
					names.add(token.getText().startsWith("^") ? token.getText().substring(1) : token.getText());
				}
			}
		}
		SyntaxErrorMessage error = skip.message();
		if (heldMore) {
			List<String> data = new ArrayList<>();
			data.add(DROPPED);
			data.addAll(names);
			error = new SyntaxErrorMessage(error.getMessage(), error.getIssueCode(), data.toArray(String[]::new));
		}
		return new SetAside(from, to, at, error);
	}

	/** The token that starts the part of the block that holds token {@code at}: the nearest word before it that starts one. */
	private int startOfPart(List<Token> tokens, int at, Block block) {
		int depth = 0;
		for (int i = at; i >= 0; i--) {
			Token token = tokens.get(i);
			if (token.getChannel() != Token.DEFAULT_CHANNEL) {
				continue;
			}
			if (i < at && token.getType() == grammar.closeType()) {
				depth++;
			} else if (i < at && token.getType() == grammar.openType()) {
				if (depth == 0) {
					return at;
				}
				depth--;
			} else if (depth == 0 && startsPart(tokens, i, block)) {
				return i;
			}
		}
		return at;
	}

	/**
	 * The first token after {@code at} that starts a part of the block or closes it, at the block's own depth; the end of
	 * the tokens for the file; -1 when a block's text ends before it closes.
	 */
	private int endOfPart(List<Token> tokens, int at, Block block) {
		int depth = 0;
		for (int i = at + 1; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.getChannel() != Token.DEFAULT_CHANNEL) {
				continue;
			}
			if (token.getType() == grammar.openType()) {
				depth++;
			} else if (token.getType() == grammar.closeType()) {
				if (depth == 0) {
					return block.isFile() ? -1 : i;
				}
				depth--;
			} else if (depth == 0 && startsPart(tokens, i, block)) {
				return i;
			}
		}
		return block.isFile() ? tokens.size() : -1;
	}

	/** A word that starts something the block can say, and is not a segment of a qualified name. */
	private boolean startsPart(List<Token> tokens, int i, Block block) {
		if (!block.starts().contains(tokens.get(i).getType())) {
			return false;
		}
		for (int j = i - 1; j >= 0; j--) {
			if (tokens.get(j).getChannel() == Token.DEFAULT_CHANNEL) {
				return tokens.get(j).getType() != grammar.dotType();
			}
		}
		return true;
	}

	/** The parse result, with the error of each text set aside on the token of its mistake. */
	private static IParseResult withErrors(IParseResult result, List<SetAside> setAside, List<Token> tokens,
			NodeModelBuilder builder) {
		if (setAside.isEmpty()) {
			return result;
		}
		List<SetAside> inOrder = new ArrayList<>(setAside);
		inOrder.sort((a, b) -> Integer.compare(a.at(), b.at()));
		List<ILeafNode> firsts = new ArrayList<>();
		for (ILeafNode leaf : result.getRootNode().getLeafNodes()) {
			if (firsts.size() < inOrder.size()
					&& leaf.getOffset() == ((CommonToken) tokens.get(inOrder.get(firsts.size()).at())).getStartIndex()) {
				firsts.add(leaf);
			}
		}
		for (int i = 0; i < firsts.size(); i++) {
			if (firsts.get(i).getSyntaxErrorMessage() == null) {
				builder.setSyntaxError(firsts.get(i), inOrder.get(i).error());
			}
		}
		return new ParseResult(result.getRootASTElement(), result.getRootNode(), true);
	}

	/**
	 * The generated lexer, giving the tokens set aside the type of a comment: the token stream hides tokens by their
	 * type, so the parser passes over them as it does over comments.
	 */
	private static final class HidingLexer extends InternalPlanLexer {

		private final BitSet hidden;
		private final int hiddenType;
		private int index;

		HidingLexer(CharStream input, BitSet hidden, int hiddenType) {
			super(input);
			this.hidden = hidden;
			this.hiddenType = hiddenType;
		}

		@Override
		public Token nextToken() {
			Token token = super.nextToken();
			if (token.getType() != Token.EOF) {
				if (hidden.get(index)) {
					token.setType(hiddenType);
				}
				index++;
			}
			return token;
		}
	}

	/** An error after which the parser skipped text: where it was, and the message. */
	private record Skip(RecognitionException error, INode node, SyntaxErrorMessage message) {
	}

	/** Errors after which the parser skipped, noted in a parse: more are left to the next parse. */
	private static final int MOST_SKIPS_NOTED = 1_000;

	/**
	 * The generated parser, noting the errors after which it had to skip text, where it was then, and marking
	 * each such error as one after which text of unknown extent was lost.
	 */
	private static final class RecordingParser extends InternalPlanParser {

		final List<Skip> skips = new ArrayList<>();
		private boolean recovering;

		RecordingParser(TokenStream input, PlanGrammarAccess grammarAccess) {
			super(input, grammarAccess);
		}

		List<Token> tokens() {
			@SuppressWarnings("unchecked")
			List<Token> tokens = ((XtextTokenStream) input).getTokens();
			return tokens;
		}

		@Override
		public void recover(IntStream stream, RecognitionException e) {
			if (skips.size() < MOST_SKIPS_NOTED) {
				skips.add(new Skip(e, getCurrentNode(), super.getSyntaxErrorMessage(e, getTokenNames())));
			}
			recovering = true;
			try {
				super.recover(stream, e);
			} finally {
				recovering = false;
			}
		}

		@Override
		public SyntaxErrorMessage getSyntaxErrorMessage(RecognitionException e, String[] tokenNames) {
			SyntaxErrorMessage error = super.getSyntaxErrorMessage(e, tokenNames);
			return recovering ? new SyntaxErrorMessage(error.getMessage(), error.getIssueCode(), new String[] { LOST })
					: error;
		}
	}
}
