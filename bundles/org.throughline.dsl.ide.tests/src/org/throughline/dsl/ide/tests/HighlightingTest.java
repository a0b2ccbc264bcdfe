package org.throughline.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.ide.highlighting.PlanSemanticHighlighting;
import org.throughline.dsl.ide.highlighting.PlanStyles;
import org.throughline.dsl.ide.highlighting.PlanTokenStyles;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/** Colours: keywords, text, numbers, money and dates from the tokens; definitions and references from the model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanIdeInjectorProvider.class)
class HighlightingTest {

	@Inject
	private Injector injector;

	@Inject
	private PlanTokenStyles tokenStyles;

	@Inject
	@Named(LexerBindings.RUNTIME)
	private Provider<Lexer> lexers;

	@Inject
	private PlanSemanticHighlighting semantic;

	@TempDir
	Path folder;

	private List<String> tokens(String text) {
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		List<String> styled = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			PlanStyles style = tokenStyles.styleOf(token.getType());
			if (style != PlanStyles.DEFAULT) {
				styled.add(style.id() + ":" + token.getText());
			}
		}
		return styled;
	}

	@Test
	void tokensAreStyledByWhatTheyAre() {
		assertEquals(List.of("keyword:target", "keyword:about", "money:£340m", "keyword:to", "money:£1.2bn", "keyword:by",
				"date:2015-03-31", "comment:// savings\n", "keyword:baseline", "number:26%", "keyword:for", "date:2009/10",
				"keyword:statement", "text:\"We will\""),
				tokens("target about £340m to £1.2bn by 2015-03-31 // savings\nbaseline 26% for 2009/10 { statement \"We will\" }"));
	}

	@Test
	void namesAreDefinitionsOrReferences() throws IOException {
		PlanFiles files = new PlanFiles(injector, folder).with("organisation.plan", PlanFiles.ORGANISATION)
				.with("plan.plan", """
						module kent.boldsteps
						import kent.organisation.KCC.*
						plan BoldSteps "Bold Steps" {
							commitment R5 "Gateway" { owner lead KCC.Enterprise.Highways }
						}
						""");
		List<String> positions = new ArrayList<>();
		String text = files.text("plan.plan");
		semantic.provideHighlightingFor(files.resource("plan.plan"),
				(offset, length, ids) -> positions.add(ids[0] + ":" + text.substring(offset, offset + length)),
				CancelIndicator.NullImpl);
		assertEquals(List.of("definition:kent.boldsteps", "reference:kent.organisation.KCC.*", "definition:BoldSteps",
				"definition:R5", "reference:KCC.Enterprise.Highways"), positions);
	}
}
