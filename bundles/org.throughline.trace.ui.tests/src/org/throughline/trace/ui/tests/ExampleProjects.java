package org.throughline.trace.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.function.UnaryOperator;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.throughline.trace.ui.TraceUiPlugin;
import org.throughline.views.model.PlanModel;
import org.throughline.trace.ui.model.PlanModelService;

/**
 * The Bold Steps for Kent example imported into the test workspace as a project, as a user imports it, and
 * helpers to edit its files and wait until the plan models have followed.
 */
public final class ExampleProjects {

	/** The example's folder in org.throughline.examples, and the project it is imported as. */
	public static final String KENT = "bold-steps-for-kent";

	private ExampleProjects() {
	}

	/** Imports the Kent example under the given project name, once, and waits for its plan model. */
	public static PlanModel kent(String projectName) throws Exception {
		models();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				project.create(monitor);
				project.open(monitor);
				copyExample(KENT, project);
			}, null);
		}
		return awaitModel(projectName);
	}

	/**
	 * Imports a folder of the examples bundle ({@code change-to-keep-succeeding/amended-2010-10-15}) as a project,
	 * once, without waiting for anything.
	 */
	public static IProject project(String projectName, String example) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				project.create(monitor);
				project.open(monitor);
				copyExample(example, project);
			}, null);
		}
		return project;
	}

	/**
	 * Imports a folder of the examples bundle as a project, waits for its plan model and puts it in focus, as a user
	 * who imports it and starts work in it; returns the model.
	 */
	public static PlanModel inFocus(String projectName, String example) throws Exception {
		project(projectName, example);
		PlanModel model = awaitModel(projectName);
		models().focus(projectName);
		settle();
		return model;
	}

	/** The Kent example as the project {@value #KENT}. */
	public static PlanModel kent() throws Exception {
		return kent(KENT);
	}

	private static void copyExample(String example, IProject project) throws CoreException {
		Bundle bundle = Platform.getBundle("org.throughline.examples");
		String prefix = "/projects/" + example + "/";
		Enumeration<URL> entries = bundle.findEntries("projects/" + example, "*", true);
		for (URL entry : Collections.list(entries)) {
			String path = entry.getPath();
			if (path.endsWith("/")) {
				continue;
			}
			IFile file = project.getFile(new Path(path.substring(prefix.length())));
			createParents(file.getParent());
			try (InputStream in = entry.openStream()) {
				file.create(in, true, null);
			} catch (IOException e) {
				throw new IllegalStateException("cannot copy " + path, e);
			}
		}
	}

	private static void createParents(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createParents(folder.getParent());
			folder.create(true, true, null);
		}
	}

	/** Rewrites a file of a project, as saving it in an editor does. */
	public static void edit(String project, String file, UnaryOperator<String> change) throws Exception {
		IFile target = ResourcesPlugin.getWorkspace().getRoot().getProject(project).getFile(file);
		String text;
		try (InputStream in = target.getContents()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String changed = change.apply(text);
		if (changed.equals(text)) {
			throw new AssertionError("the edit changes nothing in " + file);
		}
		target.setContents(changed.getBytes(StandardCharsets.UTF_8), IResource.FORCE, null);
	}

	/** Waits until the plan models have settled, lets the views catch up, and returns the project's model. */
	public static PlanModel awaitModel(String project) throws Exception {
		settle();
		return models().model(project).orElseThrow(() -> new AssertionError("no plan model for " + project));
	}

	/** Waits for the background reload and runs what it queued for the display thread. */
	public static void settle() throws InterruptedException {
		Job.getJobManager().join(PlanModelService.FAMILY, null);
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run the views' updates
		}
	}

	public static PlanModelService models() {
		return TraceUiPlugin.planModels();
	}

	/** Deletes a project made by a test. */
	public static void delete(String project) throws Exception {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		root.getProject(project).delete(true, true, null);
		settle();
	}
}
