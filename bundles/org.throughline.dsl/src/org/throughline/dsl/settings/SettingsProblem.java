package org.throughline.dsl.settings;

/** Something wrong in a settings file, at a line and column (both 1-based; 0 when it concerns the whole file). */
public record SettingsProblem(int line, int column, String message) {
}
