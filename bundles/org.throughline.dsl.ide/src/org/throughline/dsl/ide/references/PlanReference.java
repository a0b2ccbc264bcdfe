package org.throughline.dsl.ide.references;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;

/**
 * One place where {@code source} names {@code target} through {@code reference}, and the text that does it:
 * {@code owner lead Enterprise} is a reference from an ownership to a unit, written as "Enterprise".
 */
public record PlanReference(EObject source, EReference reference, EObject target, INode node) {

	/** Offset of the reference's text in its file. */
	public int offset() {
		return node.getOffset();
	}

	/** Length of the reference's text, without surrounding comments and spaces. */
	public int length() {
		return node.getLength();
	}

	/** 1-based line of the reference's text. */
	public int line() {
		return node.getStartLine();
	}

	/** The text as written, e.g. "Enterprise" or "KCC.Enterprise". */
	public String text() {
		return node.getText().strip();
	}
}
