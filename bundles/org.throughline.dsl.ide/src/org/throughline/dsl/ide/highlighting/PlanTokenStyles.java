package org.throughline.dsl.ide.highlighting;

import java.util.Map;

import org.eclipse.xtext.parser.antlr.ITokenDefProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The style of each token type of the plan language's lexer: words the grammar reserves are keywords, quoted
 * strings are text, £ amounts are money, ISO dates and financial years are dates.
 */
@Singleton
public class PlanTokenStyles {

	private final PlanStyles[] byType;

	@Inject
	public PlanTokenStyles(ITokenDefProvider tokenDefs) {
		Map<Integer, String> names = tokenDefs.getTokenDefMap();
		int max = names.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		byType = new PlanStyles[max + 1];
		names.forEach((type, name) -> byType[type] = styleOf(name));
	}

	/** The style of a token type, {@link PlanStyles#DEFAULT} for types the lexer does not know. */
	public PlanStyles styleOf(int tokenType) {
		return tokenType >= 0 && tokenType < byType.length && byType[tokenType] != null ? byType[tokenType]
				: PlanStyles.DEFAULT;
	}

	static PlanStyles styleOf(String tokenName) {
		if (tokenName.startsWith("'") && tokenName.length() > 2 && Character.isLetter(tokenName.charAt(1))) {
			return PlanStyles.KEYWORD;
		}
		return switch (tokenName) {
			case "RULE_STRING" -> PlanStyles.TEXT;
			case "RULE_INT", "RULE_DECIMAL", "RULE_PERCENT" -> PlanStyles.NUMBER;
			case "RULE_POUNDS" -> PlanStyles.MONEY;
			case "RULE_ISO_DATE", "RULE_FINANCIAL_YEAR" -> PlanStyles.DATE;
			case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> PlanStyles.COMMENT;
			default -> PlanStyles.DEFAULT;
		};
	}
}
