package org.throughline.dsl.ide.quickfix.fixes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.ide.quickfix.UnresolvedLink;
import org.throughline.dsl.text.TextEdit;
import org.throughline.model.labels.Labels;

import com.google.inject.Inject;

/**
 * A name that links to nothing is offered the names in reach that are spelt almost the same: "Enterprize" becomes
 * "Enterprise", "customerandcommunities" becomes "CustomerAndCommunities".
 */
public class ChangeToSimilarName implements PlanQuickFix {

	private static final int MAX_OFFERED = 4;

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IQualifiedNameConverter names;

	@Override
	public String issueCode() {
		return Diagnostic.LINKING_DIAGNOSTIC;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		UnresolvedLink link = UnresolvedLink.at(issue).orElse(null);
		if (link == null) {
			return List.of();
		}
		String written = link.text();
		record Candidate(String name, EObject element, int distance) {
		}
		Map<URI, Candidate> best = new LinkedHashMap<>();
		for (IEObjectDescription description : scopes.getScope(link.source(), link.reference()).getAllElements()) {
			String name = names.toString(description.getName());
			int distance = distance(written, name);
			if (distance < 0) {
				continue;
			}
			Candidate candidate = new Candidate(name, description.getEObjectOrProxy(), distance);
			best.merge(description.getEObjectURI(), candidate, (kept, other) -> other.distance() < kept.distance()
					|| other.distance() == kept.distance() && other.name().length() < kept.name().length() ? other : kept);
		}
		List<Candidate> ranked = new ArrayList<>(best.values());
		ranked.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
		List<PlanFix> fixes = new ArrayList<>();
		for (Candidate candidate : ranked.subList(0, Math.min(MAX_OFFERED, ranked.size()))) {
			EObject element = candidate.element().eIsProxy()
					? EcoreUtil.resolve(candidate.element(), issue.resourceSet()) : candidate.element();
			String title = element.eIsProxy() ? null : Labels.title(element);
			fixes.add(PlanFix.in(issue.file(), "Change to \u2018" + candidate.name() + "\u2019")
					.description(title)
					.edit(new TextEdit(link.node().getOffset(), link.node().getLength(), candidate.name()))
					.build());
		}
		return fixes;
	}

	/**
	 * How far {@code name} is from what was written, or -1 when too far to be meant: names that differ only in case
	 * come first, then names a few letters apart, then names that contain what was written.
	 */
	static int distance(String written, String name) {
		String a = written.toLowerCase(Locale.ROOT);
		String b = name.toLowerCase(Locale.ROOT);
		if (a.equals(b)) {
			return 0;
		}
		int edits = levenshtein(a, b);
		if (edits <= Math.max(1, Math.min(a.length(), b.length()) / 3)) {
			return edits;
		}
		String lastSegment = b.substring(b.lastIndexOf('.') + 1);
		if (a.length() >= 3 && (lastSegment.startsWith(a) || lastSegment.contains(a))) {
			return 10 + lastSegment.length() - a.length();
		}
		return -1;
	}

	private static int levenshtein(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
