package org.throughline.ui.colouring;

import java.util.EnumMap;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.throughline.dsl.ide.highlighting.PlanStyles;
import org.throughline.dsl.ide.highlighting.PlanTokenStyles;
import org.throughline.projects.PlanLanguage;

import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Colours plan text as it is typed, token by token, with the language's own lexer: the editor and the parser never
 * disagree about what is a keyword, a date or a sum of money.
 */
public class PlanTokenScanner implements ITokenScanner {

	private final PlanTokenStyles styles = PlanLanguage.get(PlanTokenStyles.class);
	private final Lexer lexer = PlanLanguage.injector().getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
	private final Map<PlanStyles, IToken> tokens = new EnumMap<>(PlanStyles.class);
	private int rangeOffset;
	private int tokenOffset;
	private int tokenLength;

	public PlanTokenScanner() {
		refreshColours();
	}

	/** Takes up the colours after a person changed them. */
	public void refreshColours() {
		for (PlanStyles style : PlanStyles.values()) {
			tokens.put(style, new Token(PlanColours.get().attribute(style)));
		}
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		String text;
		try {
			text = document.get(offset, length);
		} catch (BadLocationException e) {
			text = "";
		}
		rangeOffset = offset;
		lexer.setCharStream(new ANTLRStringStream(text));
	}

	@Override
	public IToken nextToken() {
		org.antlr.runtime.Token token = lexer.nextToken();
		if (token == null || token.getType() == org.antlr.runtime.Token.EOF) {
			return Token.EOF;
		}
		CommonToken common = (CommonToken) token;
		tokenOffset = rangeOffset + common.getStartIndex();
		tokenLength = common.getStopIndex() - common.getStartIndex() + 1;
		return tokens.get(styles.styleOf(token.getType()));
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}
}
