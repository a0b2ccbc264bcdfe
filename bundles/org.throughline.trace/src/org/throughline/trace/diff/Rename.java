package org.throughline.trace.diff;

import org.throughline.model.plan.NamedElement;

/**
 * An element whose qualified name changed: renamed, or moved into another container or module. It is recognised
 * by its kind and its statement or title, which did not change.
 *
 * @param oldName its qualified name in the old version
 * @param newName its qualified name in the new version
 * @param kind    what kind of element it is, in words
 * @param before  the element in the old version
 * @param after   the element in the new version
 */
public record Rename(String oldName, String newName, String kind, NamedElement before, NamedElement after) {

	/** True when only its container changed: the last segment of its name is the same. */
	public boolean isMove() {
		return oldName.substring(oldName.lastIndexOf('.') + 1).equals(newName.substring(newName.lastIndexOf('.') + 1));
	}
}
