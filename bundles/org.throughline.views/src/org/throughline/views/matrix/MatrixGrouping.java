package org.throughline.views.matrix;

/** How the matrix groups its rows; a commitment under several aims, themes or directorates is under each. */
public enum MatrixGrouping {

	NONE("No grouping"),
	AIM("Aim"),
	THEME("Theme"),
	/** By the directorates the plan summary counts the commitment for: its owners', else its aims' deliverers'. */
	DIRECTORATE("Directorate");

	private final String label;

	MatrixGrouping(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
