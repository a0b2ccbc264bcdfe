package org.throughline.dsl.ide.hover;

import java.util.List;

/**
 * What a hover says about one element: a heading, an optional line of text under it, then labelled sections of
 * items. Plain text; each editor renders it as it can.
 */
public record ElementSummary(String heading, String text, List<Section> sections) {

	/** A labelled list, e.g. "Owners" with "lead: Enterprise and Environment". */
	public record Section(String label, List<String> items) {
	}

	public Section section(String label) {
		return sections.stream().filter(s -> s.label().equals(label)).findFirst().orElse(null);
	}
}
