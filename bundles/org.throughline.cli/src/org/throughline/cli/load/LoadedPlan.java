package org.throughline.cli.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.throughline.cli.CommandFailure;
import org.throughline.dsl.versions.GitRevision;
import org.throughline.dsl.versions.UnreadableVersion;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanDiagnostic.Severity;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.values.CalendarDate;
import org.throughline.trace.TraceIndex;

import com.google.inject.Injector;

/**
 * A plan folder as every command sees it: loaded and linked once, validated once, indexed once.
 */
public final class LoadedPlan {

	private final Path folder;
	private final PlanWorkspace workspace;
	private final List<PlanDiagnostic> diagnostics;
	private final TraceIndex index;
	private final Map<Path, XtextResource> resources = new HashMap<>();
	private final Map<XtextResource, int[]> lineStarts = new HashMap<>();

	private LoadedPlan(Path folder, PlanWorkspace workspace, List<PlanDiagnostic> diagnostics, TraceIndex index) {
		this.folder = folder;
		this.workspace = workspace;
		this.diagnostics = List.copyOf(diagnostics);
		this.index = index;
		for (Resource resource : workspace.resourceSet().getResources()) {
			if (resource instanceof XtextResource xtext && resource.getURI().isFile()) {
				resources.put(Path.of(resource.getURI().toFileString()), xtext);
			}
		}
	}

	/**
	 * A plan folder whose findings and index were computed by the caller, who wants to time each step on its own
	 * (the benchmark does); {@link #load} computes them itself.
	 */
	public static LoadedPlan of(Path folder, PlanWorkspace workspace, List<PlanDiagnostic> diagnostics,
			TraceIndex index) {
		return new LoadedPlan(folder, workspace, diagnostics, index);
	}

	/**
	 * The plan of {@code folder}, loaded by the caller into {@code workspace} (the workbench loads a project's saved
	 * files through its own injector), with the findings and index that {@link #load} gives it.
	 */
	public static LoadedPlan of(Injector injector, Path folder, PlanWorkspace workspace) {
		TraceIndex index = TraceIndex.of(workspace.modules());
		List<PlanDiagnostic> diagnostics = new ArrayList<>(workspace.diagnostics());
		diagnostics.addAll(ConsultedVersion.findings(injector, folder, workspace, index));
		Collections.sort(diagnostics);
		return new LoadedPlan(folder, workspace, diagnostics, index);
	}

	/**
	 * Loads every .plan file below {@code folder}. When a plan names the version it was consulted on, its replies
	 * are checked against what changed since then.
	 *
	 * @throws CommandFailure when the folder does not exist or cannot be listed
	 */
	public static LoadedPlan load(Injector injector, Path folder) throws CommandFailure {
		return load(injector, folder, null);
	}

	/**
	 * Loads every .plan file below {@code folder} as {@link #load(Injector, Path)} does, with {@code asAt} (when not
	 * null) as the as-at date of every plan in it.
	 */
	public static LoadedPlan load(Injector injector, Path folder, CalendarDate asAt) throws CommandFailure {
		try {
			return of(injector, folder, injector.getInstance(PlanWorkspace.class).overrideAsAt(asAt).load(folder));
		} catch (IOException e) {
			throw new CommandFailure(e.getMessage() == null ? folder + " cannot be read" : e.getMessage(), e);
		}
	}

	/**
	 * Loads the .plan files of {@code folder} as the git revision {@code revision} holds them.
	 *
	 * @throws CommandFailure when the folder is not in a git repository, or the revision or a file cannot be read
	 */
	public static LoadedPlan loadRevision(Injector injector, Path folder, String revision) throws CommandFailure {
		Map<Path, String> texts;
		try {
			texts = GitRevision.planTexts(folder, revision);
		} catch (UnreadableVersion e) {
			throw new CommandFailure(e.getMessage(), e);
		}
		PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class).loadVersion(folder, texts);
		return new LoadedPlan(folder, workspace, workspace.diagnostics(), TraceIndex.of(workspace.modules()));
	}

	/** The folder as the user gave it; diagnostics are written relative to it. */
	public Path folder() {
		return folder;
	}

	public PlanWorkspace workspace() {
		return workspace;
	}

	public TraceIndex index() {
		return index;
	}

	/** Every finding, sorted by file, line and column. */
	public List<PlanDiagnostic> diagnostics() {
		return diagnostics;
	}

	/** How many .plan files were found, readable or not. */
	public int fileCount() {
		return workspace.modules().size() + unreadable().size();
	}

	public long count(Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}

	public boolean hasErrors() {
		return count(Severity.ERROR) > 0;
	}

	/** The files that could not be read at all (not UTF-8, or unreadable), one finding each. */
	public List<PlanDiagnostic> unreadable() {
		return diagnostics.stream().filter(d -> PlanWorkspace.NOT_UTF8.equals(d.code())
				|| PlanWorkspace.UNREADABLE.equals(d.code())).toList();
	}

	/** {@code file:line:column: severity code: message}, with the file relative to the plan folder. */
	public String format(PlanDiagnostic diagnostic) {
		return diagnostic.format(workspace.root());
	}

	/** The file of a finding, relative to the plan folder, with forward slashes. */
	public String relativeFile(PlanDiagnostic diagnostic) {
		return workspace.root().relativize(diagnostic.file()).toString().replace('\\', '/');
	}

	/**
	 * The model element a finding is about: the innermost element whose text holds the finding's line and
	 * column. Null for findings about a whole file or text that did not parse into an element.
	 */
	public EObject subject(PlanDiagnostic diagnostic) {
		XtextResource resource = resources.get(diagnostic.file());
		if (resource == null || diagnostic.line() <= 0 || resource.getParseResult() == null) {
			return null;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		int[] starts = lineStarts.computeIfAbsent(resource, r -> lineStarts(root.getText()));
		if (diagnostic.line() > starts.length) {
			return null;
		}
		int offset = starts[diagnostic.line() - 1] + Math.max(diagnostic.column(), 1) - 1;
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, Math.min(offset, Math.max(root.getTotalEndOffset() - 1, 0)));
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	private static int[] lineStarts(String text) {
		int lines = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		int[] starts = new int[lines];
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts[line++] = i + 1;
			}
		}
		return starts;
	}
}
