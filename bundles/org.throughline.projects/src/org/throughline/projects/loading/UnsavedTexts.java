package org.throughline.projects.loading;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;

/**
 * The texts of .plan files that are being edited and not yet saved. Checking a project reads a file from here
 * when it is here, so that every file sees what the others say now, not what they said when last saved.
 * <p>
 * Each file's markers have one writer: the editor that holds its text here (it checks that text as the person
 * types), else the project's check ({@link org.throughline.projects.builder.PlanBuilder#check}).
 */
public final class UnsavedTexts {

	private static final Map<IFile, String> TEXTS = new ConcurrentHashMap<>();
	private static final CopyOnWriteArrayList<Consumer<IFile>> LISTENERS = new CopyOnWriteArrayList<>();

	private UnsavedTexts() {
	}

	/**
	 * Records the text an editor shows; tells the listeners when it differs from what was recorded.
	 *
	 * @return whether it differs
	 */
	public static boolean put(IFile file, String text) {
		String before = TEXTS.put(file, text);
		if (Objects.equals(before, text)) {
			return false;
		}
		LISTENERS.forEach(listener -> listener.accept(file));
		return true;
	}

	/** Forgets a file's unsaved text: it was saved, reverted or closed. */
	public static void remove(IFile file) {
		if (TEXTS.remove(file) != null) {
			LISTENERS.forEach(listener -> listener.accept(file));
		}
	}

	public static String get(IFile file) {
		return TEXTS.get(file);
	}

	/** Whether an editor holds the text of {@code file}: that editor checks the file and keeps its markers. */
	public static boolean isEdited(IFile file) {
		return TEXTS.containsKey(file);
	}

	/** The unsaved texts of the files of one project. */
	public static Map<IFile, String> of(IProject project) {
		Map<IFile, String> result = new HashMap<>();
		TEXTS.forEach((file, text) -> {
			if (file.getProject().equals(project)) {
				result.put(file, text);
			}
		});
		return result;
	}

	/** Calls {@code listener} with a file whose unsaved text changed or went away. */
	public static void addListener(Consumer<IFile> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<IFile> listener) {
		LISTENERS.remove(listener);
	}
}
