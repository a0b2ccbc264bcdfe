package org.throughline.projects.loading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.throughline.dsl.versions.GitRevision;
import org.throughline.dsl.versions.UnreadableVersion;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.projects.PlanLanguage;

/**
 * A version of a project's plan other than the live one the editors show: its files as saved (which the site is
 * published from, as the command line publishes a folder), or, to compare the project with, a folder of .plan
 * files or a git revision of the project's own files. Loaded the way the language loads a folder, with the
 * workbench's one injector.
 */
public final class PlanVersions {

	private PlanVersions() {
	}

	/** The .plan files below {@code folder}, as they are on disk. */
	public static PlanWorkspace folder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new UnreadableVersion(folder + (Files.exists(folder) ? " is not a folder" : " does not exist"));
		}
		return PlanLanguage.get(PlanWorkspace.class).load(folder);
	}

	/** The project's .plan files as they are saved, without the editors' unsaved texts. */
	public static PlanWorkspace saved(IContainer container) throws IOException {
		return folder(location(container));
	}

	/** The .plan files of {@code container} as the git revision {@code revision} holds them. */
	public static PlanWorkspace revision(IContainer container, String revision) throws IOException {
		Path location = location(container);
		return PlanLanguage.get(PlanWorkspace.class).loadVersion(location, GitRevision.planTexts(location, revision));
	}

	/** Where a project or folder is on disk. */
	public static Path location(IContainer container) throws IOException {
		if (container.getLocation() == null) {
			throw new UnreadableVersion(container.getFullPath() + " is not on the local disk");
		}
		return Path.of(container.getLocation().toOSString());
	}
}
