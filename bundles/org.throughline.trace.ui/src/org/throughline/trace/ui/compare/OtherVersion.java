package org.throughline.trace.ui.compare;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.projects.loading.PlanVersions;

/**
 * The version a plan project is compared with, as the user chose it: a git revision of the project's files, or
 * another folder of .plan files (absolute, or relative to the project).
 *
 * @param revision true for a git revision, false for a folder
 * @param value    the revision (anything git understands: a commit, a tag, {@code HEAD~1}) or the folder
 */
public record OtherVersion(boolean revision, String value) {

	public static OtherVersion gitRevision(String revision) {
		return new OtherVersion(true, revision.strip());
	}

	public static OtherVersion folder(String folder) {
		return new OtherVersion(false, folder.strip());
	}

	/** Reads the version's .plan files. */
	public PlanWorkspace load(IContainer project) throws IOException {
		if (revision) {
			return PlanVersions.revision(project, value);
		}
		return PlanVersions.folder(PlanVersions.location(project).resolve(Path.of(value)).normalize());
	}

	/** How the compare editor names it: the revision, or the folder by its own name. */
	public String label() {
		if (revision) {
			return "revision " + value;
		}
		Path name = Path.of(value).getFileName();
		return "folder " + (name == null ? value : name.toString());
	}
}
