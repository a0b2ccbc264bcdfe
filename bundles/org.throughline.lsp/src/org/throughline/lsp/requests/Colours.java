package org.throughline.lsp.requests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.throughline.dsl.ide.highlighting.PlanStyles;
import org.throughline.dsl.ide.highlighting.PlanTokenStyles;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * The workbench's colour categories as semantic tokens: each token of the language's lexer coloured by its kind
 * (keywords, quoted text, numbers, money, dates, comments), and over them the names being defined and the
 * references, which need the linked file. The token types are the categories' own ids.
 */
public class Colours {

	/** The categories a client can colour, in the order of their numbers in the protocol. */
	public static final List<PlanStyles> TYPES = Arrays.stream(PlanStyles.values())
			.filter(style -> style != PlanStyles.DEFAULT).toList();

	@Inject
	private Injector language;

	@Inject
	private PlanTokenStyles styles;

	@Inject
	private ISemanticHighlightingCalculator semantic;

	public static SemanticTokensLegend legend() {
		return new SemanticTokensLegend(TYPES.stream().map(PlanStyles::id).toList(), List.of());
	}

	private record Coloured(int offset, int length, PlanStyles style) {
	}

	/** The protocol's encoding of the file's colours: five numbers a token, each place relative to the one before. */
	public List<Integer> of(XtextResource resource, Document document, CancelIndicator cancel) {
		String text = document.getContents();
		List<Coloured> names = new ArrayList<>();
		semantic.provideHighlightingFor(resource,
				(offset, length, ids) -> names.add(new Coloured(offset, length, PlanStyles.byId(ids[0]))), cancel);
		names.sort(Comparator.comparingInt(Coloured::offset));

		Lexer lexer = language.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		lexer.setCharStream(new ANTLRStringStream(text));
		List<Coloured> all = new ArrayList<>();
		int nextName = 0;
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			CommonToken common = (CommonToken) token;
			int start = common.getStartIndex();
			int end = common.getStopIndex() + 1;
			while (nextName < names.size() && names.get(nextName).offset() < end) {
				Coloured name = names.get(nextName++);
				if (name.offset() >= start) {
					all.add(name);
				}
			}
			PlanStyles style = styles.styleOf(token.getType());
			boolean named = !all.isEmpty() && all.get(all.size() - 1).offset() + all.get(all.size() - 1).length() > start;
			if (style != PlanStyles.DEFAULT && !named) {
				all.add(new Coloured(start, end - start, style));
			}
		}
		return encode(all, text);
	}

	private static List<Integer> encode(List<Coloured> tokens, String text) {
		List<Integer> data = new ArrayList<>(tokens.size() * 5);
		// the place of each token is found by walking the text once, from token to token
		int at = 0;
		int line = 0;
		int lineStart = 0;
		int lastLine = 0;
		int lastCharacter = 0;
		for (Coloured token : tokens) {
			int type = TYPES.indexOf(token.style());
			int end = Math.min(text.length(), token.offset() + token.length());
			if (type < 0 || token.offset() < at) {
				continue;
			}
			// a token over several lines (a long comment or text) is sent line by line, as clients expect
			int start = token.offset();
			while (start < end) {
				for (; at < start; at++) {
					if (text.charAt(at) == '\n') {
						line++;
						lineStart = at + 1;
					}
				}
				int lineEnd = text.indexOf('\n', start);
				int pieceEnd = lineEnd < 0 || lineEnd >= end ? end : lineEnd;
				int length = pieceEnd - start - (pieceEnd > start && text.charAt(pieceEnd - 1) == '\r' ? 1 : 0);
				if (length > 0) {
					int character = start - lineStart;
					data.add(line - lastLine);
					data.add(line == lastLine ? character - lastCharacter : character);
					data.add(length);
					data.add(type);
					data.add(0);
					lastLine = line;
					lastCharacter = character;
				}
				start = pieceEnd + 1;
			}
		}
		return data;
	}
}
