package org.throughline.ui.quickfix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.ui.images.PlanImages;
import org.throughline.dsl.ide.quickfix.PlanQuickFixes;
import org.throughline.dsl.ide.quickfix.PlanQuickFixes.FixFailedException;
import org.throughline.projects.PlanLanguage;
import org.throughline.projects.live.LivePlans;
import org.throughline.projects.loading.PlanProjectLoader;
import org.throughline.projects.markers.PlanMarkers;

/**
 * Quick Fix from the Problems view: the file's project is loaded as it is now (with the editors' unsaved texts), the
 * marker's issue is found again, and the same fixes as in the editor are offered.
 */
public class PlanMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return PlanLanguage.get(PlanQuickFixes.class).canFix(marker.getAttribute(PlanMarkers.CODE, null));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		int start = marker.getAttribute(IMarker.CHAR_START, 0);
		int end = marker.getAttribute(IMarker.CHAR_END, start);
		String code = marker.getAttribute(PlanMarkers.CODE, "");
		try {
			List<IMarkerResolution> resolutions = LivePlans.of(file.getProject()).read(workspace -> {
				XtextResource resource = workspace.resource(PlanProjectLoader.pathOf(file)).orElse(null);
				if (resource == null) {
					return List.of();
				}
				Issue issue = workspace.issues(resource, () -> false).stream()
						.filter(i -> code.equals(i.getCode()) && i.getOffset() != null && i.getOffset() == start
								&& i.getOffset() + i.getLength() == end)
						.findFirst().orElse(null);
				if (issue == null) {
					return List.of();
				}
				List<IMarkerResolution> found = new ArrayList<>();
				for (PlanFix fix : PlanLanguage.get(PlanQuickFixes.class).fixesFor(issue, resource)) {
					found.add(new Resolution(fix, resource.getURI()));
				}
				return found;
			});
			return resolutions.toArray(IMarkerResolution[]::new);
		} catch (IOException e) {
			// the project's folder cannot be listed: no fix is offered; the Error Log says why
			ILog.of(PlanMarkerResolutions.class).warn("The project " + file.getProject().getName()
					+ " could not be loaded for a quick fix", e);
			return new IMarkerResolution[0];
		}
	}

	private record Resolution(PlanFix fix, URI file) implements IMarkerResolution2 {
		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public void run(IMarker marker) {
			try {
				FixApplier.apply(fix, file);
			} catch (CoreException | FixFailedException e) {
				MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Quick fix",
						"The fix \u201c" + fix.label() + "\u201d could not be applied: " + e.getMessage());
			}
		}

		@Override
		public String getDescription() {
			return fix.description();
		}

		@Override
		public Image getImage() {
			return PlanImages.fix(fix);
		}
	}
}
