package org.throughline.dsl.ide.outline;

import java.util.List;
import java.util.Set;

/**
 * One element in the outline of a plan file.
 *
 * @param key        stable from one edit to the next while the element keeps its name and place, so a tree can
 *                   keep its expansion and selection
 * @param kind       what kind of thing it is, as the model's {@code Labels.kind} says: "commitment", "directorate"
 * @param offset     where the element's text starts
 * @param length     how long the element's text is
 * @param nameOffset where its name starts (the place to select when the outline is clicked)
 * @param nameLength how long its name is
 * @param gaps       what the element lacks, for a commitment
 */
public record OutlineNode(String key, String kind, String name, String title, int offset, int length, int nameOffset,
		int nameLength, Set<Gap> gaps, List<OutlineNode> children) {

	/** A break in a commitment's trace that the outline can filter for. */
	public enum Gap {
		NO_OWNER("no owner"), NO_MEASURE("no measure");

		private final String label;

		Gap(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Whether this element or one inside it has a gap. */
	public boolean hasGaps() {
		return !gaps.isEmpty() || children.stream().anyMatch(OutlineNode::hasGaps);
	}

	/** Whether {@code offset} lies inside the element's text. */
	public boolean contains(int at) {
		return at >= offset && at <= offset + length;
	}

	/** The same node and children without anything but the labels, to tell whether a tree must be redrawn. */
	public String labelText() {
		return kind + " " + name + (title == null ? "" : " " + title) + gaps;
	}
}
