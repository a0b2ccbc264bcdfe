package org.throughline.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * An example workspace shipped in this bundle under {@code projects/}: its files, readable in place, and a way
 * to copy them into a folder for a user to edit.
 */
public final class ExampleProject {

	/** Kent County Council's "Bold Steps for Kent" (2011/12 to 2014/15), written from the autumn 2010 papers. */
	public static final ExampleProject BOLD_STEPS_FOR_KENT = new ExampleProject("bold-steps-for-kent");

	/**
	 * A year of quarterly monitoring of a small plan drawn from Bold Steps for Kent, with illustrative figures, as
	 * {@code throughline report} and the site show it.
	 */
	public static final ExampleProject MONITORING_WALKTHROUGH = new ExampleProject("monitoring-walkthrough");

	/**
	 * An illustrative council plan shaped as many other councils write theirs: a vision, priorities with their own
	 * statements, the places they are for, partners that deliver with the council, supporting plans in force, and
	 * officers and portfolio holders but no directorates.
	 */
	public static final ExampleProject RIVERSIDE_COUNCIL_PLAN = new ExampleProject("riverside-council-plan");

	private final String folder;

	private ExampleProject(String folder) {
		this.folder = folder;
	}

	/** The project's folder name, also the name a copy gets. */
	public String name() {
		return folder;
	}

	/**
	 * The project's files (plan files, its README and the source documents in {@code sources/}), as paths relative
	 * to the project with {@code /} between folders, sorted.
	 */
	public List<String> fileNames() {
		Bundle bundle = Objects.requireNonNull(FrameworkUtil.getBundle(ExampleProject.class),
				"the examples bundle is not running in an OSGi framework");
		String prefix = "/projects/" + folder + "/";
		List<String> names = new ArrayList<>();
		Enumeration<URL> entries = bundle.findEntries("projects/" + folder, "*", true);
		if (entries != null) {
			for (URL entry : Collections.list(entries)) {
				String path = entry.getPath();
				int at = path.indexOf(prefix);
				if (!path.endsWith("/") && at >= 0) {
					names.add(path.substring(at + prefix.length()));
				}
			}
		}
		Collections.sort(names);
		return names;
	}

	/** The project's .plan files, sorted by name. */
	public List<String> planFileNames() {
		return fileNames().stream().filter(name -> name.endsWith(".plan") && !name.contains("/")).toList();
	}

	public InputStream open(String fileName) throws IOException {
		InputStream in = ExampleProject.class.getResourceAsStream("/projects/" + folder + "/" + fileName);
		if (in == null) {
			throw new IOException("The example " + folder + " has no file " + fileName);
		}
		return in;
	}

	/**
	 * Copies the project's files into {@code target}, which is created if needed. Existing files are never
	 * overwritten: the copy stops with an exception naming the first file that is already there.
	 */
	public void copyTo(Path target) throws IOException {
		Files.createDirectories(target);
		for (String name : fileNames()) {
			Path file = target.resolve(name);
			if (Files.exists(file)) {
				throw new IOException(file + " already exists; the example was not copied over it");
			}
		}
		for (String name : fileNames()) {
			try (InputStream in = open(name)) {
				Files.createDirectories(target.resolve(name).getParent());
				Files.copy(in, target.resolve(name));
			}
		}
	}
}
