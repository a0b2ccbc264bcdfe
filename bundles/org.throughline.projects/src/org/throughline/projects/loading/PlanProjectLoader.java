package org.throughline.projects.loading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.projects.PlanLanguage;

/**
 * Loads the .plan files of a project the one way the language loads a folder (parse all, install one index, link),
 * with the unsaved texts of open editors in place of what is on disk.
 */
public final class PlanProjectLoader {

	private PlanProjectLoader() {
	}

	/** Every .plan file of {@code project}, with the unsaved texts of {@link UnsavedTexts}. */
	public static PlanWorkspace load(IProject project) throws IOException {
		return load(project, Map.of());
	}

	/**
	 * Every .plan file of {@code project}; a file's text comes from {@code texts}, else from {@link UnsavedTexts},
	 * else from disk.
	 */
	public static PlanWorkspace load(IProject project, Map<IFile, String> texts) throws IOException {
		return load((IContainer) project, texts);
	}

	/** Every .plan file below {@code folder} (a project, or the folder of a file outside any plan project). */
	public static PlanWorkspace load(IContainer folder, Map<IFile, String> texts) throws IOException {
		IPath location = folder.getLocation();
		if (location == null) {
			throw new IOException(folder.getFullPath() + " is not on the local disk");
		}
		Map<Path, String> byPath = new HashMap<>();
		UnsavedTexts.of(folder.getProject()).forEach((file, text) -> putText(byPath, file, text));
		texts.forEach((file, text) -> putText(byPath, file, text));
		return PlanLanguage.get(PlanWorkspace.class).load(Path.of(location.toOSString()), byPath);
	}

	private static void putText(Map<Path, String> byPath, IFile file, String text) {
		IPath location = file.getLocation();
		if (location != null) {
			byPath.put(Path.of(location.toOSString()).toAbsolutePath().normalize(), text);
		}
	}

	/** The workspace file a loaded resource was read from, or null for a file outside the workspace. */
	public static IFile fileOf(Resource resource) {
		return resource == null ? null : fileOf(resource.getURI());
	}

	/** The workspace file at a file URI, or null for a file outside the workspace. */
	public static IFile fileOf(URI uri) {
		if (uri == null || !uri.isFile()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(uri.toFileString()));
	}

	/** The URI under which the loader loads a workspace file; null for a file not on the local disk. */
	public static URI uriOf(IFile file) {
		Path location = pathOf(file);
		return location == null ? null : URI.createFileURI(location.toString());
	}

	/** The location of a workspace file as the loader names it. */
	public static Path pathOf(IFile file) {
		IPath location = file.getLocation();
		return location == null ? null : Path.of(location.toOSString()).toAbsolutePath().normalize();
	}
}
