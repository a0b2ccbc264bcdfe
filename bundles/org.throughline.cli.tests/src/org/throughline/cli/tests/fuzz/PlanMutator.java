package org.throughline.cli.tests.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a plan file, of the kinds people and tools make: text deleted, quotes and braces typed in,
 * hostile text pasted (markup, formulas, controls, escapes, bidirectional marks), very long words, two pieces swapped,
 * the file cut short, a name replaced by another name of the file. The same seed gives the same mutation.
 */
final class PlanMutator {

	/** Pasted text that has broken parsers, escapers and writers before. */
	private static final List<String> HOSTILE = List.of("<script>alert('x')</script>", "=HYPERLINK(\"http://x\",\"y\")",
			"\u0000", "\u0007\u001b[31m", "\uFFFE", "\u202Eevil\u202C", "\"\"\"", "'", "\"", "/*", "*/", "//", "{ {",
			"} }", "}", "{", "£", "%", "2011/13", "2010-02-30", "£1bn.5", "^", ".", ".*", "\uD83D\uDE00", "\r", "\t\t",
			"\"\\u0000\"", "\"\\uD800\"", "\"\\\"", "&amp;<>", "]]>", "\u2028", "@SUM(A1)", "-1+2", "null", "\\");

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final Random random;
	private final List<String> done = new ArrayList<>();

	PlanMutator(long seed) {
		random = new Random(seed);
	}

	/** What was done, e.g. "delete 120+5; rename Economy->B2". */
	String description() {
		return String.join("; ", done);
	}

	/** {@code text} with one to three mutations. */
	String mutate(String text) {
		String mutated = text;
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			mutated = once(mutated);
		}
		return mutated;
	}

	private String once(String text) {
		int at = text.isEmpty() ? 0 : random.nextInt(text.length());
		switch (random.nextInt(8)) {
			case 0 -> {
				int length = 1 + random.nextInt(random.nextBoolean() ? 5 : 200);
				int end = Math.min(text.length(), at + length);
				done.add("delete " + at + "+" + (end - at));
				return text.substring(0, at) + text.substring(end);
			}
			case 1 -> {
				String quotes = "\"".repeat(1 + random.nextInt(random.nextBoolean() ? 2 : 30));
				done.add("quotes " + quotes.length() + " at " + at);
				return insert(text, at, quotes);
			}
			case 2 -> {
				String brace = random.nextBoolean() ? "{" : "}";
				done.add("brace " + brace + " at " + at);
				return insert(text, at, brace);
			}
			case 3 -> {
				String hostile = HOSTILE.get(random.nextInt(HOSTILE.size()));
				done.add("hostile #" + HOSTILE.indexOf(hostile) + " at " + at);
				return insert(text, at, hostile);
			}
			case 4 -> {
				int length = 1_000 + random.nextInt(20_000);
				StringBuilder word = new StringBuilder(length);
				for (int i = 0; i < length; i++) {
					word.append((char) ('a' + random.nextInt(26)));
				}
				done.add("long word " + length + " at " + at);
				return insert(text, at, random.nextBoolean() ? " " + word + " " : word.toString());
			}
			case 5 -> {
				int length = 1 + random.nextInt(100);
				int other = text.isEmpty() ? 0 : random.nextInt(text.length());
				int a = Math.min(at, other);
				int b = Math.max(at, other);
				int aEnd = Math.min(a + length, b);
				int bEnd = Math.min(b + length, text.length());
				done.add("swap " + a + "+" + (aEnd - a) + " with " + b + "+" + (bEnd - b));
				return text.substring(0, a) + text.substring(b, bEnd) + text.substring(aEnd, b) + text.substring(a, aEnd)
						+ text.substring(bEnd);
			}
			case 6 -> {
				done.add("truncate at " + at);
				return text.substring(0, at);
			}
			default -> {
				List<int[]> names = new ArrayList<>();
				Matcher matcher = NAME.matcher(text);
				while (matcher.find()) {
					names.add(new int[] { matcher.start(), matcher.end() });
				}
				if (names.isEmpty()) {
					return text;
				}
				int[] replaced = names.get(random.nextInt(names.size()));
				int[] by = names.get(random.nextInt(names.size()));
				String name = text.substring(by[0], by[1]);
				done.add("rename " + text.substring(replaced[0], replaced[1]) + "->" + name + " at " + replaced[0]);
				return text.substring(0, replaced[0]) + name + text.substring(replaced[1]);
			}
		}
	}

	private static String insert(String text, int at, String inserted) {
		return text.substring(0, at) + inserted + text.substring(at);
	}
}
