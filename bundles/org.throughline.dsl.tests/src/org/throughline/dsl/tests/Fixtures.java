package org.throughline.dsl.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.examples.ExampleProject;

import com.google.inject.Injector;

/** Test files: folders under resources/ of this bundle and the shipped examples, copied where a test wants them. */
public final class Fixtures {

	private Fixtures() {
	}

	/**
	 * Copies the files of resources/{@code folder} of this bundle (plan files and settings files, with their
	 * subfolders) into {@code target} and returns {@code target}.
	 */
	public static Path copy(String folder, Path target) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
		Enumeration<URL> entries = bundle.findEntries("resources/" + folder, "*", true);
		for (URL entry : Collections.list(entries)) {
			if (entry.getPath().endsWith("/")) {
				continue;
			}
			String relative = entry.getPath().substring(("/resources/" + folder + "/").length());
			Path file = target.resolve(relative);
			Files.createDirectories(file.getParent());
			try (InputStream in = entry.openStream()) {
				Files.copy(in, file);
			}
		}
		return target;
	}

	/** Copies the Bold Steps for Kent example into {@code target} and returns {@code target}. */
	public static Path boldSteps(Path target) throws IOException {
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(target);
		return target;
	}

	public static PlanWorkspace load(Injector injector, Path folder) throws IOException {
		return injector.getInstance(PlanWorkspace.class).load(folder);
	}
}
