package org.throughline.cli.args;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words after the command: positional arguments, options with a value ({@code -o OUT}, {@code --format csv},
 * also written {@code --format=csv}) and flags ({@code --gaps-only}). Each command says which it accepts; anything
 * else is a usage error that names it.
 */
public final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> values = new LinkedHashMap<>();
	private final List<String> flags = new ArrayList<>();

	private Arguments() {
	}

	/**
	 * Parses {@code words}.
	 *
	 * @param valueOptions options that take a value, e.g. {@code -o}, {@code --format}
	 * @param flagOptions  options that stand alone, e.g. {@code --gaps-only}
	 * @throws UsageException for an unknown option, a missing value or an option given twice
	 */
	public static Arguments parse(List<String> words, Set<String> valueOptions, Set<String> flagOptions)
			throws UsageException {
		Arguments arguments = new Arguments();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("-") || word.equals("-")) {
				arguments.positional.add(word);
				continue;
			}
			String name = word;
			String value = null;
			int equals = word.indexOf('=');
			if (word.startsWith("--") && equals > 0) {
				name = word.substring(0, equals);
				value = word.substring(equals + 1);
			}
			if (valueOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= words.size()) {
						throw new UsageException(name + " needs a value");
					}
					value = words.get(++i);
				}
				if (arguments.values.putIfAbsent(name, value) != null) {
					throw new UsageException(name + " is given twice");
				}
			} else if (flagOptions.contains(name) && value == null) {
				arguments.flags.add(name);
			} else {
				throw new UsageException("unknown option " + word);
			}
		}
		return arguments;
	}

	public List<String> positional() {
		return List.copyOf(positional);
	}

	/** The value of an option, or {@code fallback} when it was not given. */
	public String value(String option, String fallback) {
		return values.getOrDefault(option, fallback);
	}

	public boolean has(String option) {
		return values.containsKey(option) || flags.contains(option);
	}

	/** The one positional argument a command takes, e.g. the plan folder. */
	public String single(String what) throws UsageException {
		if (positional.isEmpty()) {
			throw new UsageException("missing " + what);
		}
		if (positional.size() > 1) {
			throw new UsageException("expected one " + what + ", got " + positional.size() + ": "
					+ String.join(" ", positional));
		}
		return positional.get(0);
	}

	/** The value of an option that must be one of {@code allowed}. */
	public String choice(String option, String fallback, List<String> allowed) throws UsageException {
		String value = value(option, fallback);
		if (value == null) {
			throw new UsageException(option + " is required: " + either(allowed));
		}
		if (!allowed.contains(value)) {
			throw new UsageException(option + " must be " + either(allowed) + ", not " + value);
		}
		return value;
	}

	/** "text or json"; "text, json or sarif". */
	private static String either(List<String> allowed) {
		return allowed.size() < 2 ? String.join("", allowed)
				: String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1);
	}
}
