package org.throughline.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.throughline.dsl.ide.PlanIdeSetup;
import org.throughline.dsl.ide.checking.CheckedFile;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Injector;

/**
 * The editor's check of one large plan file, timed in its own JVM once it is warm, as in a workbench that has been
 * open a while (the first {@value #WARM_UP} checks, a few minutes of typing, are not counted): a word is typed into
 * a commitment's statement, and the plan editor's model brings the loaded project up to that text in place and
 * works out what the editor shows (findings, outline, colours, folds), as it does after each pause in typing. Prints
 * the median and the longest of the measured checks as {@code phase:} lines. Usage:
 *
 * <pre>EditorCheck PLAN_FOLDER PLAN_FILE COMMITMENTS</pre>
 */
public final class EditorCheck {

	static final int WARM_UP = 30;
	static final int MEASURED = 20;

	private EditorCheck() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]).toAbsolutePath().normalize();
		Path file = folder.resolve(args[1]);
		int commitments = Integer.parseInt(args[2]);
		Injector language = new PlanIdeSetup().createInjectorAndDoEMFRegistration();
		// the editor loads the project when it opens the file, and keeps it
		PlanWorkspace workspace = language.getInstance(PlanWorkspace.class).load(folder);
		XtextResource resource = workspace.resource(file).orElseThrow();
		CheckedFile.of(workspace, resource, language, CancelIndicator.NullImpl);

		List<Double> millis = new ArrayList<>();
		int findings = 0;
		for (int i = 0; i < WARM_UP + MEASURED; i++) {
			String edited = typed(resource.getParseResult().getRootNode().getText(), "C" + (commitments / 2 + i));
			long start = System.nanoTime();
			workspace.update(file, edited);
			findings = CheckedFile.of(workspace, resource, language, CancelIndicator.NullImpl).issues().size();
			long end = System.nanoTime();
			if (i >= WARM_UP) {
				millis.add((end - start) / 1e6);
			}
		}
		Collections.sort(millis);
		print("editorMedianMs", millis.get(millis.size() / 2));
		print("editorMaxMs", millis.get(millis.size() - 1));
		print("editorFindings", findings);
		print("editorChecks", millis.size());
	}

	/** The text with a word typed into the statement of {@code commitment}. */
	private static String typed(String text, String commitment) {
		int at = text.indexOf("commitment " + commitment + " ");
		int statement = text.indexOf("statement \"We will", at) + "statement \"We will".length();
		if (at < 0 || statement < at) {
			throw new IllegalStateException("no statement for " + commitment);
		}
		return text.substring(0, statement) + " also" + text.substring(statement);
	}

	private static void print(String name, double value) {
		System.out.println(PhaseRun.PREFIX + name + "=" + String.format(Locale.ROOT, "%.3f", value));
	}
}
