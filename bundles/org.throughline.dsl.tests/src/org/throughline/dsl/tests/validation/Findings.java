package org.throughline.dsl.tests.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Injector;

/**
 * The findings for a folder of plan files, each written as one line that holds all a test asserts:
 * {@code file:line:column+length severity code: message [issue data]}, sorted by file and offset.
 */
final class Findings {

	private Findings() {
	}

	/** Writes {@code text} to {@code folder/name} and returns the folder. */
	static Path write(Path folder, String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return folder;
	}

	/** The findings with {@code code} for the plan files in {@code folder}. */
	static List<String> of(Injector injector, Path folder, String code) throws IOException {
		PlanWorkspace workspace = Fixtures.load(injector, folder);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		record Located(String file, Issue issue) {
		}
		List<Located> found = new ArrayList<>();
		for (Resource resource : List.copyOf(workspace.resourceSet().getResources())) {
			String file = folder.relativize(Path.of(resource.getURI().toFileString())).toString();
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				if (code.equals(issue.getCode())) {
					found.add(new Located(file, issue));
				}
			}
		}
		found.sort(Comparator.comparing(Located::file).thenComparingInt(l -> l.issue().getOffset())
				.thenComparing(l -> l.issue().getMessage()));
		return found.stream().map(l -> format(l.file(), l.issue())).toList();
	}

	static String format(String file, Issue issue) {
		String data = issue.getData() == null || issue.getData().length == 0 ? "" : " " + List.of(issue.getData());
		return file + ":" + issue.getLineNumber() + ":" + issue.getColumn() + "+" + issue.getLength() + " "
				+ issue.getSeverity().name().toLowerCase() + " " + issue.getCode() + ": " + issue.getMessage() + data;
	}
}
