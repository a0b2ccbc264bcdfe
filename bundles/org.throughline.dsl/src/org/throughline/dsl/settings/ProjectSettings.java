package org.throughline.dsl.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.throughline.dsl.linking.NearestName;

/**
 * A plan folder's {@value #FILE_NAME}: the severity the project gives each finding, one
 * {@code <issue-code> = error|warning|info|ignore} a line, in the Java properties form ({@code #} or {@code !} starts
 * a comment; {@code :} may stand for {@code =}). The command line and the workbench read the same file.
 * <p>
 * A line that cannot be understood is reported as a {@link SettingsProblem} where it is and otherwise ignored, so
 * that one typing error never stops validation.
 */
public final class ProjectSettings {

	/** The name of the settings file at the root of a plan folder. */
	public static final String FILE_NAME = "throughline.settings";

	/** The settings of a folder that has no settings file: every finding at its default severity. */
	public static final ProjectSettings NONE = new ProjectSettings(null, Map.of(), List.of());

	private static final List<String> SEVERITIES = List.of("error", "warning", "info", "ignore");

	private final Path file;
	private final Map<String, String> severities;
	private final List<SettingsProblem> problems;

	private ProjectSettings(Path file, Map<String, String> severities, List<SettingsProblem> problems) {
		this.file = file;
		this.severities = Collections.unmodifiableMap(severities);
		this.problems = List.copyOf(problems);
	}

	/** Settings that could not be read at all, with the reason as a problem about the whole file. */
	public static ProjectSettings unreadable(Path file, String reason) {
		return new ProjectSettings(file, Map.of(), List.of(new SettingsProblem(0, 0, reason)));
	}

	/**
	 * Reads the text of a settings file.
	 *
	 * @param knownCodes the issue codes whose severity can be set; any other key is a problem
	 */
	public static ProjectSettings parse(Path file, String text, Set<String> knownCodes) {
		Map<String, String> severities = new LinkedHashMap<>();
		Map<String, Integer> firstLine = new LinkedHashMap<>();
		List<SettingsProblem> problems = new ArrayList<>();
		String[] lines = text.split("\r\n|\r|\n", -1);
		boolean continuation = false;
		for (int index = 0; index < lines.length; index++) {
			int lineNumber = index + 1;
			String line = lines[index];
			if (continuation) {
				// the rest of a setting already reported
				continuation = line.endsWith("\\");
				continue;
			}
			int start = firstNonBlank(line, 0);
			if (start == line.length() || line.charAt(start) == '#' || line.charAt(start) == '!') {
				continue;
			}
			if (line.endsWith("\\")) {
				continuation = true;
				problems.add(new SettingsProblem(lineNumber, line.length(),
						"A setting cannot continue on the next line: write '<issue-code> = <severity>' on one line"));
				continue;
			}
			int separator = separatorIndex(line, start);
			String key = line.substring(start, separator).strip();
			if (key.isEmpty()) {
				problems.add(new SettingsProblem(lineNumber, start + 1,
						"A setting starts with the issue code: write '<issue-code> = <severity>'"));
				continue;
			}
			if (separator == line.length()) {
				problems.add(new SettingsProblem(lineNumber, start + 1,
						"'" + key + "' has no severity: write '" + key + " = error', warning, info or ignore"));
				continue;
			}
			int valueStart = firstNonBlank(line, separator + 1);
			String value = line.substring(valueStart).strip();
			if (!knownCodes.contains(key)) {
				String nearest = NearestName.among(key, knownCodes);
				problems.add(new SettingsProblem(lineNumber, start + 1, "'" + key + "' is not an issue code"
						+ (nearest == null ? "" : "; did you mean '" + nearest + "'?")));
				continue;
			}
			String severity = value.toLowerCase(Locale.ROOT);
			if (!SEVERITIES.contains(severity)) {
				problems.add(new SettingsProblem(lineNumber, valueStart + 1, (value.isEmpty() ? "No severity"
						: "'" + value + "' is not a severity") + " for '" + key + "': write error, warning, info or ignore"));
				continue;
			}
			Integer earlier = firstLine.putIfAbsent(key, lineNumber);
			if (earlier != null) {
				problems.add(new SettingsProblem(lineNumber, start + 1,
						"'" + key + "' is already set on line " + earlier + "; that setting counts and this one is ignored"));
				continue;
			}
			severities.put(key, severity);
		}
		return new ProjectSettings(file, severities, problems);
	}

	private static int firstNonBlank(String line, int from) {
		int i = from;
		while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
			i++;
		}
		return i;
	}

	/** Where the key ends: at '=' or ':', else at the first blank after it (as in Java properties), else the end. */
	private static int separatorIndex(String line, int keyStart) {
		int blank = -1;
		for (int i = keyStart; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '=' || c == ':') {
				return i;
			}
			if (Character.isWhitespace(c) && blank < 0) {
				blank = i;
			} else if (!Character.isWhitespace(c) && blank >= 0) {
				return blank;
			}
		}
		return line.length();
	}

	/** The settings file these were read from; {@code null} when the folder has none. */
	public Path file() {
		return file;
	}

	/** The severity set for each issue code that the file sets, in lower case, in file order. */
	public Map<String, String> severities() {
		return severities;
	}

	/** What could not be understood, in file order. */
	public List<SettingsProblem> problems() {
		return problems;
	}
}
