package org.throughline.model.monitoring;

import java.util.Locale;

/** Which way an indicator moved between two periods, judged by whether higher or lower is better. */
public enum Direction {
	IMPROVING, WORSENING, UNCHANGED, NONE;

	/** {@code improving}, {@code worsening}, {@code unchanged} or {@code none}, as reports write it. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}
}
