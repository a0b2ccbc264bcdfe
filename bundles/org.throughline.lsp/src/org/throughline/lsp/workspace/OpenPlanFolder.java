package org.throughline.lsp.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.ide.references.PlanReferences;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The plan folder an editor has open, loaded as the command line and the workbench load it ({@link PlanWorkspace}:
 * every .plan file below the folder, one index, the folder's {@code throughline.settings}), with the texts of the
 * files the editor has open in place of what is on disk.
 * <p>
 * Not thread-safe: the server calls it from one thread.
 */
public final class OpenPlanFolder {

	private final Path root;
	private final Provider<PlanWorkspace> workspaces;
	private final Map<Path, String> openTexts = new HashMap<>();
	private PlanWorkspace workspace;
	/** The findings of each loaded file as of the last check, kept for the quick fixes; null when out of date. */
	private Map<Path, List<Issue>> issues;
	private PlanReferences references;

	public OpenPlanFolder(Path root, Injector language) {
		this.root = root.toAbsolutePath().normalize();
		this.workspaces = language.getProvider(PlanWorkspace.class);
	}

	public Path root() {
		return root;
	}

	/** Whether {@code file} is one of this folder's plan files (or would be, once saved). */
	public boolean holds(Path file) {
		return file.toAbsolutePath().normalize().startsWith(root)
				&& file.getFileName().toString().endsWith("." + PlanWorkspace.FILE_EXTENSION);
	}

	/** Loads the folder again from disk and the open texts: after a file was created, deleted or saved elsewhere. */
	public void reload() throws IOException {
		workspace = workspaces.get().load(root, openTexts);
		changed();
	}

	private PlanWorkspace workspace() throws IOException {
		if (workspace == null) {
			reload();
		}
		return workspace;
	}

	/** The editor opened or changed {@code file}: its text is now {@code text}. */
	public void edited(Path file, String text) throws IOException {
		Path key = file.toAbsolutePath().normalize();
		openTexts.put(key, text);
		if (workspace != null && workspace.resource(key).isPresent()) {
			workspace.update(key, text);
			changed();
		} else if (workspace == null || Files.isRegularFile(key)) {
			// a file the folder did not have when it was loaded
			reload();
		}
		// else a new file not yet saved: the folder, as the command line reads it, takes it once it is on disk
	}

	/** The editor closed {@code file}: from now on its text is what is on disk. */
	public void closed(Path file) throws IOException {
		Path key = file.toAbsolutePath().normalize();
		if (openTexts.remove(key) == null || workspace == null) {
			return;
		}
		if (Files.isRegularFile(key) && workspace.resource(key).isPresent()) {
			String saved;
			try {
				saved = Files.readString(key, StandardCharsets.UTF_8);
			} catch (IOException e) {
				// not UTF-8 or unreadable: loading says so as the command line does
				reload();
				return;
			}
			workspace.update(key, saved);
			changed();
		} else {
			reload();
		}
	}

	private void changed() {
		issues = null;
		references = null;
	}

	/** The loaded file {@code file}, if it is one. */
	public Optional<XtextResource> resource(Path file) throws IOException {
		return workspace().resource(file);
	}

	public List<XtextResource> resources() throws IOException {
		return workspace().resources();
	}

	/** The file's text as the editor sees it: open, else as loaded. */
	public String text(URI file) {
		Path path = Path.of(file.toFileString()).toAbsolutePath().normalize();
		String open = openTexts.get(path);
		if (open != null) {
			return open;
		}
		if (workspace != null) {
			Optional<XtextResource> loaded = workspace.resource(path);
			if (loaded.isPresent() && loaded.get().getParseResult() != null) {
				return loaded.get().getParseResult().getRootNode().getText();
			}
		}
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			// unreadable or not UTF-8: loading the folder reports it with the file's name
			return null;
		}
	}

	/** Every reference between the loaded files, worked out once per change. */
	public PlanReferences references() throws IOException {
		if (references == null) {
			references = PlanReferences.of(workspace().resources());
		}
		return references;
	}

	/**
	 * The findings of every loaded file, in file order, with the severities of the folder's settings; files that
	 * could not be loaded and lines of the settings file that cannot be understood are in {@link #problems()}.
	 */
	public Map<Path, List<Issue>> issues() throws IOException {
		if (issues == null) {
			Map<Path, List<Issue>> found = new LinkedHashMap<>();
			for (XtextResource resource : workspace().resources()) {
				found.put(PlanWorkspace.fileOf(resource), workspace.issues(resource, CancelIndicator.NullImpl));
			}
			issues = found;
		}
		return issues;
	}

	/** The findings that belong to no loaded file's text: files that cannot be read, and the settings file's. */
	public List<PlanDiagnostic> problems() throws IOException {
		List<PlanDiagnostic> problems = new ArrayList<>(workspace().loadProblems());
		problems.addAll(workspace.settingsProblems());
		return problems;
	}
}
