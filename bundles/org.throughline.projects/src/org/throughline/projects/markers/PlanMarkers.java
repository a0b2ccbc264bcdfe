package org.throughline.projects.markers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * Problem markers of .plan files: one per issue the language finds, carrying the issue's code, data and element
 * so that a quick fix can find the issue again. Updating a file's markers only touches those that changed, so
 * that the Problems view and the editor's rulers do not flicker while a person types.
 */
public final class PlanMarkers {

	public static final String TYPE = "org.throughline.projects.problem";

	/** The issue's code, for finding its quick fixes. */
	public static final String CODE = "code";

	/** The issue's data, {@link #DATA_SEPARATOR}-separated. */
	public static final String DATA = "data";

	/** The URI fragment of the element the issue is about. */
	public static final String ELEMENT = "element";

	public static final String DATA_SEPARATOR = "\u001f";

	private PlanMarkers() {
	}

	/** A marker as it should be: what an issue says, where. */
	public record Wanted(int severity, String code, String message, int start, int end, int line, String data,
			String element) {

		public static Wanted of(Issue issue) {
			int start = issue.getOffset() == null ? 0 : issue.getOffset();
			int length = issue.getLength() == null ? 0 : issue.getLength();
			String data = issue.getData() == null ? null : String.join(DATA_SEPARATOR, issue.getData());
			String element = issue.getUriToProblem() == null ? null : issue.getUriToProblem().fragment();
			return new Wanted(PlanMarkers.severity(issue.getSeverity()), issue.getCode(), issue.getMessage(), start, start + length,
					issue.getLineNumber() == null ? 1 : issue.getLineNumber(), data, element);
		}

		/** A finding about a whole file (it cannot be read), shown on its first line. */
		public static Wanted ofFile(String code, String message) {
			return ofLine(code, message, 1);
		}

		/** An error known by its line only, such as a line of the settings file that cannot be understood. */
		public static Wanted ofLine(String code, String message, int line) {
			return new Wanted(IMarker.SEVERITY_ERROR, code, message, -1, -1, Math.max(1, line), null, null);
		}

		boolean sameAs(int severity, String code, String message, int start, int end) {
			return this.severity == severity && Objects.equals(this.code, code) && Objects.equals(this.message, message)
					&& this.start == start && this.end == end;
		}
	}

	/** Where a marker is now: in an open editor it moves with the text before the file is saved. */
	public record Position(int start, int end) {
	}

	/** The issue's data as a marker keeps it. */
	public static String[] data(IMarker marker) {
		String data = marker.getAttribute(DATA, null);
		return data == null ? new String[0] : data.split(DATA_SEPARATOR, -1);
	}

	private static int severity(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}

	/**
	 * Makes the plan markers of {@code file} be {@code wanted}: markers already there stay, the others go, new ones
	 * are created.
	 *
	 * @param currentPosition where an existing marker is now, or null to take the position it was created with
	 */
	public static void update(IFile file, List<Wanted> wanted, Function<IMarker, Position> currentPosition,
			IProgressMonitor monitor) throws CoreException {
		if (!file.exists()) {
			return;
		}
		IWorkspaceRunnable update = m -> {
			List<Wanted> missing = new ArrayList<>(wanted);
			for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
				Position at = currentPosition == null ? null : currentPosition.apply(marker);
				int start = at != null ? at.start() : marker.getAttribute(IMarker.CHAR_START, -1);
				int end = at != null ? at.end() : marker.getAttribute(IMarker.CHAR_END, -1);
				int severity = marker.getAttribute(IMarker.SEVERITY, -1);
				String code = marker.getAttribute(CODE, null);
				String message = marker.getAttribute(IMarker.MESSAGE, null);
				Wanted same = missing.stream().filter(w -> w.sameAs(severity, code, message, start, end)).findFirst()
						.orElse(null);
				if (same != null) {
					missing.remove(same);
				} else {
					marker.delete();
				}
			}
			for (Wanted marker : missing) {
				Map<String, Object> attributes = new HashMap<>();
				attributes.put(IMarker.SEVERITY, marker.severity());
				attributes.put(IMarker.MESSAGE, marker.message());
				attributes.put(IMarker.LINE_NUMBER, marker.line());
				if (marker.start() >= 0) {
					attributes.put(IMarker.CHAR_START, marker.start());
					attributes.put(IMarker.CHAR_END, marker.end());
				}
				attributes.put(IMarker.LOCATION, "line " + marker.line());
				attributes.put(IMarker.SOURCE_ID, "Throughline");
				if (marker.code() != null) {
					attributes.put(CODE, marker.code());
				}
				if (marker.data() != null) {
					attributes.put(DATA, marker.data());
				}
				if (marker.element() != null) {
					attributes.put(ELEMENT, marker.element());
				}
				file.createMarker(TYPE, attributes);
			}
		};
		ResourcesPlugin.getWorkspace().run(update, ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file),
				IResource.NONE, monitor);
	}

	/** Turns issues into wanted markers. */
	public static List<Wanted> wanted(List<Issue> issues) {
		return issues.stream().map(Wanted::of).toList();
	}
}
