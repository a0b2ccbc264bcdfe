package org.throughline.dsl.drafting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.throughline.dsl.sources.SourceText;
import org.throughline.dsl.sources.SourceText.LineRange;
import org.throughline.dsl.text.StringLiteral;

/**
 * A first draft of a plan read from a plan written as prose (text or Markdown): each promise it finds ("We will ...",
 * "KCC will ...", a bullet under a heading such as "Bold Steps for ...") becomes a commitment that quotes it word for
 * word, cites its lines and belongs to the theme of the heading it stands under. Nothing is invented: no owner, no
 * measure, no aim.
 */
public final class PlanDraft {

	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-\\u2022*\\u00b7]|\\d+[.)])\\s+(.*)$");
	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");
	private static final Pattern PROMISE = Pattern.compile("\\b(?:[Ww]e|KCC|[Tt]he [Cc]ouncil) will\\b");
	private static final Pattern PLEDGE_HEADING = Pattern.compile("^(?:Bold [Ss]teps|Our (?:priorities|commitments)|We will)\\b.*");

	/** A heading of the document, which becomes a theme. */
	public record Heading(String name, String title, int line) {
	}

	/** A promise found: its words as the document gives them, its lines and the heading it stands under. */
	public record Promise(String name, String title, String statement, LineRange lines, Heading heading) {
	}

	private final List<Heading> headings = new ArrayList<>();
	private final List<Promise> promises = new ArrayList<>();

	private PlanDraft() {
	}

	/** Reads {@code document} for promises. */
	public static PlanDraft of(SourceText document) {
		PlanDraft draft = new PlanDraft();
		draft.read(document);
		return draft;
	}

	public List<Heading> headings() {
		return List.copyOf(headings);
	}

	public List<Promise> promises() {
		return List.copyOf(promises);
	}

	private void read(SourceText document) {
		Heading heading = null;
		int lines = document.lineCount();
		for (int n = 1; n <= lines; n++) {
			String line = document.line(n).strip();
			if (line.isEmpty()) {
				continue;
			}
			String title = headingTitle(document, n);
			if (title != null) {
				heading = new Heading("T" + (headings.size() + 1), title, n);
				headings.add(heading);
				continue;
			}
			Matcher bullet = BULLET.matcher(line);
			int last = continuation(document, n);
			StringBuilder text = new StringBuilder(bullet.matches() ? bullet.group(1).strip() : line);
			for (int m = n + 1; m <= last; m++) {
				if (!document.line(m).isBlank()) {
					text.append(' ').append(document.line(m).strip());
				}
			}
			String words = plain(text.toString());
			if (bullet.matches() && heading != null && PLEDGE_HEADING.matcher(heading.title()).matches()) {
				add(words, new LineRange(n, last), heading);
			} else {
				// in prose, the sentences that promise
				for (String sentence : sentences(words)) {
					if (PROMISE.matcher(sentence).find() && sentence.length() > 20) {
						add(sentence, new LineRange(n, last), heading);
					}
				}
			}
			n = last;
		}
	}

	private void add(String statement, LineRange lines, Heading heading) {
		String name = "P" + (promises.size() + 1);
		promises.add(new Promise(name, title(statement), statement, lines, heading));
	}

	/**
	 * The last line of the paragraph or bullet starting at {@code first}: a line that follows after blank lines is
	 * part of it when it starts with a small letter, as a promise broken across a page does.
	 */
	private static int continuation(SourceText document, int first) {
		int last = first;
		for (int m = first + 1; m <= document.lineCount(); m++) {
			String next = document.line(m).strip();
			if (next.isEmpty()) {
				continue;
			}
			if (Character.isLowerCase(next.codePointAt(0)) && !BULLET.matcher(next).matches()) {
				last = m;
			} else {
				break;
			}
		}
		return last;
	}

	/** The heading's title when line {@code n} is a heading: a Markdown heading, or a short line on its own. */
	private static String headingTitle(SourceText document, int n) {
		String line = document.line(n).strip();
		Matcher markdown = MARKDOWN_HEADING.matcher(line);
		if (markdown.matches()) {
			return plain(markdown.group(1));
		}
		boolean alone = (n == 1 || document.line(n - 1).isBlank())
				&& (n == document.lineCount() || document.line(n + 1).isBlank());
		String plain = plain(line);
		if (!alone || plain.length() < 4 || plain.length() > 90 || BULLET.matcher(line).matches()
				|| !Character.isUpperCase(plain.codePointAt(0)) || plain.matches(".*[.,;:]$")
				|| plain.split("\\s+").length > 12 || PROMISE.matcher(plain).find()) {
			return null;
		}
		return plain;
	}

	/** Text without emphasis marks and HTML tags, spaces made single. */
	private static String plain(String text) {
		return text.replaceAll("</?[A-Za-z][^<>]*>", "").replace("**", "").replaceAll("\\s+", " ").strip();
	}

	private static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (String sentence : text.split("(?<=[.!?])\\s+(?=[A-Z\\u201c\"])")) {
			if (!sentence.isBlank()) {
				sentences.add(sentence.strip());
			}
		}
		return sentences;
	}

	/** A title for a promise: its first words after "We will", up to about eight. */
	private static String title(String statement) {
		String words = statement.replaceFirst("^.*?\\b(?:[Ww]e|KCC|[Tt]he [Cc]ouncil) will\\s+", "");
		String[] split = words.split("\\s+");
		StringBuilder title = new StringBuilder();
		for (int i = 0; i < Math.min(8, split.length); i++) {
			title.append(i == 0 ? "" : " ").append(split[i]);
		}
		String text = title.toString().replaceAll("[.,;:]+$", "");
		if (split.length > 8) {
			text += " ...";
		}
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	/** Whether {@code name} can name the drafted document and module: letters, digits and '_', a letter first. */
	public static boolean isName(String name) {
		return name != null && name.matches("[A-Za-z][A-Za-z0-9_]*");
	}

	/** A name from the document's file name: "bold-steps.md" gives "BoldSteps". */
	public static String defaultName(Path document) {
		String stem = document.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		StringBuilder name = new StringBuilder();
		for (String part : stem.split("[^A-Za-z0-9]+")) {
			if (!part.isEmpty()) {
				name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
			}
		}
		return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "Document" + name : name.toString();
	}

	/** How many headings have promises under them: the themes of the draft. */
	public long themeCount() {
		return headings.stream().filter(h -> promises.stream().anyMatch(p -> p.heading() == h)).count();
	}

	/** What the draft found, as the command line and the workbench report it. */
	public String found(String document) {
		return promises.size() + " candidate commitments under " + themeCount() + " headings found in " + document;
	}

	/**
	 * The draft of {@code document} as the plan file {@code planFile}: the document is named from the plan file's
	 * folder, where the plan's citations look for it, and titled by its first heading.
	 *
	 * @param name the name the plan cites the document by ({@link #isName(String)})
	 */
	public String writeFor(Path document, String name, Path planFile) {
		Path from = planFile.toAbsolutePath().normalize().getParent();
		String file = from.relativize(document.toAbsolutePath().normalize()).toString().replace('\\', '/');
		String title = headings.isEmpty() ? document.getFileName().toString() : headings.get(0).title();
		return write("drafted." + name.toLowerCase(Locale.ROOT), name, title, file);
	}

	/**
	 * The draft as a plan file: a module, the document, and a plan with a theme per heading that has promises and a
	 * commitment per promise.
	 *
	 * @param module   the module's name
	 * @param document the name the plan cites the document by
	 * @param title    the document's title
	 * @param file     the document's file as the plan names it
	 */
	public String write(String module, String document, String title, String file) {
		StringBuilder out = new StringBuilder();
		out.append("module ").append(module).append("\n\n");
		out.append("// A first draft read from ").append(file.replace("\n", " ")).append(": ").append(promises.size())
				.append(" promises, each quoting the document at the lines it cites.\n");
		out.append("// The document names no owner or measure for them; none is invented here.\n\n");
		out.append("document ").append(document).append(' ').append(quoted(title)).append(" {\n\tfile ")
				.append(quoted(file)).append("\n}\n\n");
		out.append("plan Draft ").append(quoted(title)).append(" {\n");
		List<Heading> used = headings.stream().filter(h -> promises.stream().anyMatch(p -> p.heading() == h)).toList();
		for (Heading heading : used) {
			out.append("\ttheme ").append(heading.name()).append(' ').append(quoted(heading.title())).append(" { source ")
					.append(document).append(" line ").append(heading.line()).append(" }\n");
		}
		for (Promise promise : promises) {
			out.append("\n\tcommitment ").append(promise.name()).append(' ').append(quoted(promise.title())).append(" {\n");
			out.append("\t\tstatement ").append(quoted(promise.statement())).append('\n');
			if (promise.heading() != null) {
				out.append("\t\ttheme ").append(promise.heading().name()).append('\n');
				out.append("\t\tappears in ").append(promise.heading().name()).append(" (").append(document).append(' ')
						.append(promise.lines().cited()).append(")\n");
			}
			out.append("\t\tsource ").append(document).append(' ').append(promise.lines().cited()).append('\n');
			out.append("\t}\n");
		}
		out.append("}\n");
		return out.toString();
	}

	private static String quoted(String text) {
		return StringLiteral.of(text);
	}
}
