package org.throughline.views.matrix;

/** What the matrix puts in its columns, against the commitments in its rows. */
public enum MatrixAxis {

	/** The columns of the CSV export: owners by role, measures, responses, replies, actions, holes. */
	TRACE("Trace columns (as exported)"),
	/** One column per organisation unit that owns a commitment or delivers an aim; a cell gives the roles. */
	UNITS("Organisation units"),
	/** One column per indicator; a cell marks the commitments it measures. */
	INDICATORS("Indicators"),
	/** One column per consultation response; a cell gives the reply's outcome. */
	RESPONSES("Consultation responses");

	private final String label;

	MatrixAxis(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
