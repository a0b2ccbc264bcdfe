package org.throughline.dsl.ide.highlighting;

import java.util.List;

/**
 * The kinds of text a plan editor colours. Lexical styles come from the tokens alone; {@link #DEFINITION} and
 * {@link #REFERENCE} need the parsed and linked file.
 */
public enum PlanStyles {
	KEYWORD("keyword", "Keywords"),
	DEFINITION("definition", "Names being defined"),
	REFERENCE("reference", "References to other elements"),
	TEXT("text", "Quoted text"),
	NUMBER("number", "Numbers and percentages"),
	MONEY("money", "Sums of money"),
	DATE("date", "Dates and financial years"),
	COMMENT("comment", "Comments"),
	DEFAULT("default", "Everything else");

	private final String id;
	private final String label;

	PlanStyles(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/** A short, stable identifier, used in preference keys. */
	public String id() {
		return id;
	}

	/** What a person sees in the preference page. */
	public String label() {
		return label;
	}

	public static PlanStyles byId(String id) {
		for (PlanStyles style : values()) {
			if (style.id.equals(id)) {
				return style;
			}
		}
		return DEFAULT;
	}

	/** The styles whose text the semantic pass finds. */
	public static final List<PlanStyles> SEMANTIC = List.of(DEFINITION, REFERENCE);
}
