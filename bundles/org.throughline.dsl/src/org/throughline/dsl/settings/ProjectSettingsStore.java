package org.throughline.dsl.settings;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import org.throughline.dsl.text.Utf8;

/**
 * The settings of each plan folder, read once and kept until the file changes on disk (its modification time or
 * size), so that validating many files of one folder reads its settings file once.
 */
@Singleton
public class ProjectSettingsStore {

	private record Cached(Object stamp, ProjectSettings settings) {
	}

	/** The stamp of a settings file that does not exist. */
	private static final Object NO_FILE = "no file";

	private final Map<Path, Cached> byFolder = new ConcurrentHashMap<>();

	private final Set<String> knownCodes;

	@Inject
	public ProjectSettingsStore(ConfigurableIssueCodesProvider issueCodes) {
		this.knownCodes = Set.copyOf(issueCodes.getConfigurableIssueCodes().keySet());
	}

	/** The settings that apply to {@code resource}: those of its plan folder, or none for a resource not on disk. */
	public ProjectSettings settingsFor(Resource resource) {
		Path folder = PlanFolder.of(resource);
		return folder == null ? ProjectSettings.NONE : settingsFor(folder);
	}

	/** The settings of the plan folder {@code folder}. */
	public ProjectSettings settingsFor(Path folder) {
		Path file = folder.toAbsolutePath().normalize().resolve(ProjectSettings.FILE_NAME);
		Object stamp = stamp(file);
		Cached cached = byFolder.get(file.getParent());
		if (cached != null && cached.stamp().equals(stamp)) {
			return cached.settings();
		}
		ProjectSettings settings = stamp == NO_FILE ? ProjectSettings.NONE : read(file);
		byFolder.put(file.getParent(), new Cached(stamp, settings));
		return settings;
	}

	private static Object stamp(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return attributes.lastModifiedTime().toMillis() + ":" + attributes.size();
		} catch (NoSuchFileException e) {
			return NO_FILE;
		} catch (IOException e) {
			return "unreadable: " + e.getMessage();
		}
	}

	private ProjectSettings read(Path file) {
		try {
			String text = Utf8.read(file);
			return ProjectSettings.parse(file, text, knownCodes);
		} catch (CharacterCodingException e) {
			return ProjectSettings.unreadable(file, "The settings file is not UTF-8 text; save it as UTF-8");
		} catch (IOException e) {
			return ProjectSettings.unreadable(file, "The settings file cannot be read: " + e.getMessage());
		}
	}
}
