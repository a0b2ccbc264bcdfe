package org.throughline.model.monitoring;

import java.util.Locale;

/** How an actual stands against its target and floor: green, amber, red, or none when it cannot be rated. */
public enum Rating {
	GREEN, AMBER, RED, NONE;

	/** {@code green}, {@code amber}, {@code red} or {@code none}, as reports write it. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Red is worst, then amber, then green; none is never worse than a rating. */
	public int severity() {
		return switch (this) {
			case RED -> 3;
			case AMBER -> 2;
			case GREEN -> 1;
			case NONE -> 0;
		};
	}
}
