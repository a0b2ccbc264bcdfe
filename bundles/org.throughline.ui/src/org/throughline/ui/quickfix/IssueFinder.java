package org.throughline.ui.quickfix;

import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.throughline.projects.markers.PlanMarkers;
import org.throughline.ui.reconciling.PlanSnapshot;

/**
 * Finds the issue behind a marker in a snapshot: same code, same place. A marker records where its issue was when
 * it was made; in an open editor, {@code start} is where the marker is now.
 */
public final class IssueFinder {

	private IssueFinder() {
	}

	public static Optional<Issue> find(PlanSnapshot snapshot, IMarker marker, int start, int end) {
		String code = marker.getAttribute(PlanMarkers.CODE, null);
		if (code == null) {
			return Optional.empty();
		}
		Optional<Issue> same = snapshot.issues().stream()
				.filter(i -> code.equals(i.getCode()) && i.getOffset() != null && i.getOffset() == start
						&& i.getOffset() + i.getLength() == end)
				.findFirst();
		if (same.isPresent()) {
			return same;
		}
		// the marker is older than the snapshot: rebuild the issue from what the marker kept
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(code);
		issue.setOffset(start);
		issue.setLength(end - start);
		issue.setMessage(marker.getAttribute(IMarker.MESSAGE, ""));
		issue.setSeverity(marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR) == IMarker.SEVERITY_ERROR
				? Severity.ERROR : Severity.WARNING);
		issue.setData(PlanMarkers.data(marker));
		String element = marker.getAttribute(PlanMarkers.ELEMENT, null);
		if (element != null) {
			issue.setUriToProblem(snapshot.resource().getURI().appendFragment(element));
		}
		return Optional.of(issue);
	}
}
