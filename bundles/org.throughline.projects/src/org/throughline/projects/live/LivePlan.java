package org.throughline.projects.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.xtext.resource.XtextResource;
import org.throughline.dsl.text.Utf8;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.projects.PlanLanguage;
import org.throughline.projects.loading.PlanProjectLoader;
import org.throughline.projects.loading.UnsavedTexts;

/**
 * The one live model of a plan project in the workbench: its .plan files loaded once with {@link PlanWorkspace},
 * with every open editor's unsaved text in place of what is on disk, and brought up to each change in place rather
 * than loaded again. The builder's markers, the editors' checks and services, rename, quick fixes and the views all
 * read this one model.
 * <p>
 * The model is read and changed under one lock ({@link #read}); nothing read there may escape it (copy out names,
 * offsets, URIs, or a snapshot). Changes on disk and in other editors are only noted when they happen
 * ({@link LivePlans} decides which changes count) and applied the next time the model is read, so that a burst of
 * saves costs one pass; a change of the project's files themselves (added, removed, moved) or of its settings loads
 * the project again. The listeners hear of every change, noted or applied, to read the model again when they want.
 */
public final class LivePlan {

	/** How many times any project or folder was loaded whole, for tests that count the loads. */
	private static final AtomicInteger LOADS = new AtomicInteger();

	private final IProject project;
	private final Path folder;
	private final ReentrantLock lock = new ReentrantLock();
	/** Files whose text may have changed since it was put in the model: on disk, or in another editor. */
	private final Set<Path> pending = ConcurrentHashMap.newKeySet();
	private final List<Consumer<LivePlan>> listeners = new CopyOnWriteArrayList<>();
	private volatile boolean reloadNeeded = true;
	/** Counts the changes of the model; a reader compares it to tell whether the model moved on. */
	private volatile long version;
	/** The loaded project; null until first read. Guarded by {@link #lock}. */
	private PlanWorkspace workspace;

	/** The live model of a workspace project: use {@link LivePlans#of(IProject)}. */
	LivePlan(IProject project) {
		this.project = project;
		this.folder = null;
	}

	private LivePlan(Path folder) {
		this.project = null;
		this.folder = folder.toAbsolutePath().normalize();
	}

	/**
	 * A model of the .plan files of a folder outside the workspace, for an editor of a file there: it belongs to that
	 * editor alone and follows no change on disk.
	 */
	public static LivePlan ofFolder(Path folder) {
		return new LivePlan(folder);
	}

	/** How many times a project or folder has been loaded whole since the workbench started. */
	public static int loads() {
		return LOADS.get();
	}

	/** The workspace project, or null for a folder outside the workspace. */
	public IProject project() {
		return project;
	}

	/** The lock under which the model is read and changed. */
	public ReentrantLock lock() {
		return lock;
	}

	/** The model's version now: it grows with every change applied. */
	public long version() {
		return version;
	}

	/** Whether the model is still at {@code version} and no change waits to be applied to it. */
	public boolean isAt(long version) {
		return this.version == version && pending.isEmpty() && !reloadNeeded;
	}

	public void addListener(Consumer<LivePlan> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<LivePlan> listener) {
		listeners.remove(listener);
	}

	/**
	 * What {@code work} reads from the model brought up to date: every change noted so far applied. Runs under the
	 * lock; waits while another reader or an editor holds it.
	 *
	 * @throws IOException when the project's files cannot be listed
	 */
	public <T> T read(Function<PlanWorkspace, T> work) throws IOException {
		lock.lock();
		try {
			return work.apply(current(Map.of()));
		} finally {
			lock.unlock();
		}
	}

	/**
	 * The model brought up to date and to {@code text} for {@code file}, for an editor that checks the text it shows.
	 * Call with the {@link #lock() lock} held, and read the result only while holding it.
	 *
	 * @return the file's resource, or null when the file is not part of the model (it is not a .plan file of it)
	 */
	public XtextResource update(Path file, String text) throws IOException {
		if (!lock.isHeldByCurrentThread()) {
			throw new IllegalStateException("the live model of a plan is changed only under its lock");
		}
		Path location = file.toAbsolutePath().normalize();
		PlanWorkspace loaded = current(Map.of(location, text));
		XtextResource resource = loaded.resource(location).orElse(null);
		if (resource == null) {
			// a file the model did not have when it was loaded, such as one just created
			reloadNeeded = true;
			loaded = current(Map.of(location, text));
			resource = loaded.resource(location).orElse(null);
		}
		if (resource == null) {
			return null;
		}
		if (!resource.getParseResult().getRootNode().getText().equals(text)) {
			resource = apply(loaded, location, text);
			if (resource == null) {
				return null;
			}
			changed();
		}
		return resource;
	}

	/** The model as it is now, for a reader that holds the lock; null before it is first read. */
	public PlanWorkspace held() {
		if (!lock.isHeldByCurrentThread()) {
			throw new IllegalStateException("the live model of a plan is read only under its lock");
		}
		return workspace;
	}

	/** Notes that a file's text may have changed (saved, changed on disk, edited or closed in an editor). */
	public void noteChanged(Path file) {
		pending.add(file.toAbsolutePath().normalize());
		tell();
	}

	/** Notes that the project must be loaded again: its files or settings changed, or it was opened or closed. */
	void noteReload() {
		reloadNeeded = true;
		tell();
	}

	/**
	 * The model with every noted change applied, loaded first when there is none or a reload was noted.
	 *
	 * @param texts texts that win over the unsaved and saved ones when the project is loaded
	 */
	private PlanWorkspace current(Map<Path, String> texts) throws IOException {
		if (workspace == null || reloadNeeded) {
			reloadNeeded = false;
			pending.clear();
			workspace = null;
			workspace = load(texts);
			changed();
			return workspace;
		}
		boolean any = false;
		for (Path file : Set.copyOf(pending)) {
			pending.remove(file);
			XtextResource resource = workspace.resource(file).orElse(null);
			if (resource == null) {
				continue;
			}
			String text = texts.containsKey(file) ? texts.get(file) : textOf(file);
			if (text == null) {
				// gone, unreadable or no longer UTF-8: loading again reports it as the command line does
				return current(texts, true);
			}
			if (text.equals(resource.getParseResult().getRootNode().getText())) {
				continue;
			}
			if (apply(workspace, file, text) == null) {
				return current(texts, true);
			}
			any = true;
		}
		if (any) {
			changed();
		}
		return workspace;
	}

	private PlanWorkspace current(Map<Path, String> texts, boolean reload) throws IOException {
		reloadNeeded = reload;
		return current(texts);
	}

	/** Brings one file of the model up to {@code text} in place; null, with a reload noted, when that fails. */
	private XtextResource apply(PlanWorkspace loaded, Path file, String text) {
		try {
			return loaded.update(file, text);
		} catch (RuntimeException e) {
			// what the parser or linker could not do in place, a fresh load does
			ILog.of(LivePlan.class).warn("The plan file " + file + " is loaded again", e);
			reloadNeeded = true;
			return null;
		}
	}

	private PlanWorkspace load(Map<Path, String> texts) throws IOException {
		LOADS.incrementAndGet();
		if (project == null) {
			return PlanLanguage.get(PlanWorkspace.class).load(folder, texts);
		}
		Map<IFile, String> byFile = new HashMap<>();
		texts.forEach((path, text) -> {
			IFile file = fileAt(path);
			if (file != null) {
				byFile.put(file, text);
			}
		});
		return PlanProjectLoader.load(project, byFile);
	}

	/** The text a file has now: its editor's unsaved text, else what is on disk; null when it cannot be read. */
	private String textOf(Path file) {
		IFile workspaceFile = project == null ? null : fileAt(file);
		String unsaved = workspaceFile == null ? null : UnsavedTexts.get(workspaceFile);
		if (unsaved != null) {
			return unsaved;
		}
		try {
			return Utf8.read(file);
		} catch (IOException e) {
			// gone, unreadable or not UTF-8: the file's own check in the loaded model says which
			return null;
		}
	}

	private IFile fileAt(Path path) {
		IFile file = project.getWorkspace().getRoot()
				.getFileForLocation(org.eclipse.core.runtime.IPath.fromOSString(path.toString()));
		return file != null && project.equals(file.getProject()) ? file : null;
	}

	private void changed() {
		version++;
		tell();
	}

	private void tell() {
		for (Consumer<LivePlan> listener : listeners) {
			try {
				listener.accept(this);
			} catch (RuntimeException e) {
				ILog.of(LivePlan.class).error("A reader of the plan of " + name() + " failed to hear of a change", e);
			}
		}
	}

	/** The project's name, or the folder's path. */
	public String name() {
		return project != null ? project.getName() : folder.toString();
	}
}
