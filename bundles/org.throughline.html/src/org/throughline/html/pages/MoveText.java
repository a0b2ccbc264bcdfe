package org.throughline.html.pages;

import org.throughline.model.plan.Move;

/** How a restructure move is named: its title, or its kind and name when it has none. */
final class MoveText {

	private MoveText() {
	}

	static String describe(Move move) {
		String kind = move.getKind().getLiteral();
		String title = move.getTitle();
		return (title == null || title.isBlank() ? move.getName() : title) + " (" + kind + ")";
	}
}
