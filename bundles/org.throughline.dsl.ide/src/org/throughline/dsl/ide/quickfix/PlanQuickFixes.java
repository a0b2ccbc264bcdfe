package org.throughline.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.ide.formatting.PlanTextFormatter;
import org.throughline.dsl.text.TextEdit;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Every quick fix of the plan language, found by issue code, and the one way they are applied: make the edits,
 * lay out what they touched with the language's formatter, and make sure the file still parses.
 */
@Singleton
public class PlanQuickFixes {

	private static final System.Logger LOG = System.getLogger(PlanQuickFixes.class.getName());

	private final Map<String, List<PlanQuickFix>> byCode = new LinkedHashMap<>();

	@Inject
	private PlanTextFormatter formatter;

	@Inject
	public PlanQuickFixes(Set<PlanQuickFix> fixes) {
		for (PlanQuickFix fix : fixes) {
			byCode.computeIfAbsent(fix.issueCode(), code -> new ArrayList<>()).add(fix);
		}
		byCode.values().forEach(list -> list.sort(Comparator.comparing(f -> f.getClass().getSimpleName())));
	}

	/** Whether some fix answers issues of {@code code}: cheap, for deciding whether to offer fixes at all. */
	public boolean canFix(String code) {
		return code != null && byCode.containsKey(code);
	}

	/** The fixes on offer for one issue of a file. */
	public List<PlanFix> fixesFor(Issue issue, XtextResource resource) {
		List<PlanFix> offered = new ArrayList<>();
		if (issue.getCode() == null || resource.getParseResult() == null) {
			return offered;
		}
		IssueContext context = new IssueContext(issue, resource);
		for (PlanQuickFix fix : byCode.getOrDefault(issue.getCode(), List.of())) {
			try {
				offered.addAll(fix.fixesFor(context));
			} catch (RuntimeException e) {
				// a fix that cannot make sense of this issue offers nothing rather than breaking the others; it is
				// a defect of the fix, so it is logged
				LOG.log(System.Logger.Level.WARNING, "The quick fix " + fix.getClass().getSimpleName()
						+ " failed on the issue " + issue.getCode() + ": " + issue.getMessage(), e);
			}
		}
		return offered;
	}

	/**
	 * The texts of the files a fix changes, edited and laid out.
	 *
	 * @param texts the current text of a file, by its URI
	 * @throws FixFailedException when the edited text of a file no longer parses
	 */
	public Map<URI, String> apply(PlanFix fix, Function<URI, String> texts) throws FixFailedException {
		Map<URI, String> result = new LinkedHashMap<>();
		for (Map.Entry<URI, List<TextEdit>> entry : fix.edits().entrySet()) {
			URI file = entry.getKey();
			String before = texts.apply(file);
			if (before == null) {
				throw new FixFailedException("The fix changes " + file.lastSegment() + ", which cannot be read");
			}
			String edited = TextEdit.apply(before, entry.getValue());
			XtextResource parsed = formatter.parse(edited);
			if (parsed.getParseResult().hasSyntaxErrors()) {
				throw new FixFailedException("The fix \u201c" + fix.label() + "\u201d would leave "
						+ file.lastSegment() + " unreadable: "
						+ parsed.getParseResult().getSyntaxErrors().iterator().next().getSyntaxErrorMessage().getMessage());
			}
			List<ITextRegion> regions = new ArrayList<>();
			for (ITextRegion region : fix.formatRegions().getOrDefault(file, List.of())) {
				regions.add(shift(region, entry.getValue()));
			}
			result.put(file, regions.isEmpty() ? edited : TextEdit.apply(edited, formatter.format(parsed, regions)));
		}
		return result;
	}

	/**
	 * Where a region of the text before the edits lies in the text after them. It grows by what is inserted in it,
	 * including at its ends, so that an empty region at an insertion point comes to cover the inserted text.
	 */
	static ITextRegion shift(ITextRegion region, List<TextEdit> edits) {
		int start = region.getOffset();
		int end = region.getOffset() + region.getLength();
		int newStart = start;
		int newEnd = end;
		for (TextEdit edit : edits) {
			int delta = edit.text().length() - edit.length();
			if (edit.end() < start || edit.end() == start && edit.length() > 0) {
				newStart += delta;
			}
			if (edit.offset() <= end) {
				newEnd += edit.end() <= end ? delta : edit.text().length() - (end - edit.offset());
			}
		}
		if (newStart > newEnd) {
			newStart = newEnd;
		}
		return new TextRegion(newStart, newEnd - newStart);
	}

	/** Thrown when a fix would leave a file that does not parse. */
	public static class FixFailedException extends Exception {
		private static final long serialVersionUID = 1L;

		public FixFailedException(String message) {
			super(message);
		}
	}
}
