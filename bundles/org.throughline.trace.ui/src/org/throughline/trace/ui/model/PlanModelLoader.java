package org.throughline.trace.ui.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.throughline.dsl.scoping.PlanIndex;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.plan.PlanModule;
import org.throughline.projects.PlanLanguage;
import org.throughline.trace.TraceIndex;

import com.google.inject.Injector;

/**
 * Loads the .plan files of one project the way {@link PlanWorkspace} loads a folder for the command line: every
 * file parsed first, one index of exported names installed, everything linked, and the trace index built once.
 * Files are taken in the order of their paths, as the command line takes them, so that every list and export
 * reads the same in the workbench as on the command line.
 * <p>
 * Files that are not UTF-8 are left out; the plan editor and the builder report them.
 */
final class PlanModelLoader {

	// the workbench's one injector of the plan language, which the builder and the editors use too
	private final Injector injector = PlanLanguage.injector();

	/** The project's .plan files, derived and hidden resources left out, sorted by their path in the project. */
	static List<IFile> planFiles(IProject project) throws CoreException {
		List<IFile> files = new ArrayList<>();
		project.accept(resource -> {
			if (resource.isDerived() || resource.isHidden()) {
				return false;
			}
			if (resource.getType() == IResource.FILE && PlanWorkspace.FILE_EXTENSION.equals(resource.getFileExtension())) {
				files.add((IFile) resource);
			}
			return true;
		});
		files.sort(Comparator.comparing(f -> f.getProjectRelativePath().toString()));
		return files;
	}

	/** Loads the given files of a project into one model. */
	PlanModel load(IProject project, List<IFile> files, long generation, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Loading the plan of " + project.getName(), files.size() + 2);
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		List<XtextResource> resources = new ArrayList<>();
		List<IFile> loaded = new ArrayList<>();
		for (IFile file : files) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			String text = read(file);
			progress.worked(1);
			if (text == null) {
				continue;
			}
			XtextResource resource = (XtextResource) resourceSet.createResource(PlanModel.uriOf(file));
			try {
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			} catch (IOException e) {
				resourceSet.getResources().remove(resource);
				continue;
			}
			resources.add(resource);
			loaded.add(file);
		}
		// the same index as the command line's, so that imports link the same way and as fast
		PlanIndex.install(resourceSet, resources, injector.getInstance(IResourceDescription.Manager.class));
		EcoreUtil.resolveAll(resourceSet);
		progress.worked(1);
		List<PlanModule> modules = new ArrayList<>();
		for (XtextResource resource : resources) {
			EObject content = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			if (content instanceof PlanModule module) {
				modules.add(module);
			}
		}
		TraceIndex index = TraceIndex.of(modules);
		progress.worked(1);
		return new PlanModel(project.getName(), generation, resourceSet, loaded, index);
	}

	/** The file's text; null when it cannot be read or is not UTF-8. */
	private static String read(IFile file) {
		try (InputStream in = file.getContents(true)) {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes()))
					.toString();
		} catch (CharacterCodingException e) {
			return null;
		} catch (IOException | CoreException e) {
			return null;
		}
	}
}
