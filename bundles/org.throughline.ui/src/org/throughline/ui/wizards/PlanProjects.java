package org.throughline.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;
import org.throughline.examples.ExampleProject;
import org.throughline.projects.nature.PlanNature;
import org.throughline.ui.editor.PlanEditor;

/**
 * Creates plan projects (an empty one with a first plan file, or a copy of the Bold Steps for Kent example) and plan
 * files in them.
 */
public final class PlanProjects {

	private PlanProjects() {
	}

	/**
	 * Creates and opens a plan project.
	 *
	 * @param location where its files go, or null for the workspace's folder
	 */
	public static IProject create(String name, URI location, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + name, 3);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			throw new CoreException(Status.error("A project called " + name + " already exists"));
		}
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		// added to the open project, so that the nature is configured and puts its builder in the build spec
		PlanNature.addTo(project, progress.split(1));
		return project;
	}

	/**
	 * Creates an empty plan project with one plan file, {@code plan.plan}, holding a plan on the default four-level
	 * outcome-status scale, and returns that file.
	 */
	public static IFile createEmpty(String name, URI location, IProgressMonitor monitor) throws CoreException {
		IProject project = create(name, location, monitor);
		IFile plan = project.getFile("plan.plan");
		String text = """
				module %s

				// The plan's outcome-status scale, on which progress is reported: four levels, rank 1 the best.
				// The names are the council's to set.
				scale OutcomeStatus "Outcome status" {
					level OnTrack 1 "On track"
					level SomeRisk 2 "Some risk to delivery"
					level AtRisk 3 "At risk"
					level OffTrack 4 "Off track"
				}

				plan %s "%s" {
					status scale OutcomeStatus
				}
				""".formatted(moduleName(name), "Plan", name.replace("\"", "'"));
		writeNew(plan, text, monitor);
		return plan;
	}

	/**
	 * Writes a new plan file as UTF-8, making the folders missing on the way; an existing file is never replaced.
	 *
	 * @throws CoreException when the file exists, its project is closed, or it cannot be written
	 */
	public static void writeNew(IFile plan, String text, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		if (plan.exists()) {
			throw new CoreException(Status.error(plan.getFullPath() + " already exists"));
		}
		createFolders(plan.getParent(), progress.split(1));
		plan.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.NONE, progress.split(1));
		plan.setCharset(StandardCharsets.UTF_8.name(), null);
	}

	/** Makes {@code container} and the folders above it that are missing; a closed project is refused. */
	static void createFolders(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent(), monitor);
			folder.create(IResource.NONE, true, monitor);
		} else if (container instanceof IProject project && !project.isOpen()) {
			throw new CoreException(Status.error("The project " + project.getName() + " is closed"));
		}
	}

	/**
	 * Creates a plan file holding only its module line, the module named after the project and the file (a file
	 * {@code actions.plan} in project "Kent Plan" is module {@code kentplan.actions}); folders missing on the way
	 * are made, and the project becomes a plan project if it was not one.
	 *
	 * @param folder   the workspace path of the folder, its project first
	 * @param fileName the file's name; ".plan" is added when it has no extension
	 * @throws CoreException when the file exists or cannot be made
	 */
	public static IFile createPlanFile(IPath folder, String fileName, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + fileName, 2);
		String name = fileName.contains(".") ? fileName : fileName + ".plan";
		IFile plan = ResourcesPlugin.getWorkspace().getRoot().getFile(folder.append(name));
		IProject project = plan.getProject();
		if (!project.exists()) {
			throw new CoreException(Status.error("There is no project " + project.getName() + "; create it first"));
		}
		String base = name.substring(0, name.lastIndexOf('.'));
		writeNew(plan, "module " + moduleName(project.getName()) + "." + moduleName(base) + "\n", progress.split(1));
		PlanNature.addTo(project, progress.split(1));
		return plan;
	}

	/**
	 * Creates a project with the Bold Steps for Kent example in it and returns its main plan file.
	 *
	 * @throws CoreException when the project exists or the example cannot be copied
	 */
	public static IFile createBoldStepsExample(String name, IProgressMonitor monitor) throws CoreException {
		ExampleProject example = ExampleProject.BOLD_STEPS_FOR_KENT;
		if (example.planFileNames().isEmpty()) {
			throw new CoreException(Status.error("This installation has no Bold Steps for Kent example files"));
		}
		IProject project = create(name, null, monitor);
		try {
			example.copyTo(Path.of(project.getLocation().toOSString()));
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, "org.throughline.ui", "The example could not be copied", e));
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		return project.getFile(mainPlanFile(example.planFileNames()));
	}

	/** The file to open first: the plan itself, else the first plan file. */
	static String mainPlanFile(List<String> planFiles) {
		return planFiles.stream().filter(f -> f.contains("bold")).findFirst().orElse(planFiles.get(0));
	}

	/** A module name from a project name: "Kent Plan 2025" becomes "kentplan2025". */
	public static String moduleName(String projectName) {
		String plain = projectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
		if (plain.isEmpty() || !Character.isLetter(plain.charAt(0))) {
			plain = "plan" + plain;
		}
		return plain;
	}

	/** Opens a plan file in the plan editor in the active window. */
	public static void open(IFile file) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(page, file, PlanEditor.ID, true);
		} catch (PartInitException e) {
			// the project is there; the person can open the file from the Project Explorer
		}
	}

	/** Makes a plan file in the workspace, as one step of a wizard. */
	@FunctionalInterface
	public interface Creation {
		IFile create(IProgressMonitor monitor) throws CoreException;
	}

	/**
	 * Runs {@code creation} in the wizard's dialog as one workspace operation and opens the file it made; when it
	 * fails, says why in a message that starts with {@code failure}.
	 *
	 * @return the file made, or null when it failed or was interrupted
	 */
	public static IFile createAndOpen(Wizard wizard, String failure, Creation creation) {
		IFile[] created = new IFile[1];
		try {
			wizard.getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					created[0] = creation.create(monitor);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(wizard.getShell(), wizard.getWindowTitle(),
					failure + ": " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		open(created[0]);
		return created[0];
	}
}
