package org.throughline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.throughline.dsl.PlanStandaloneSetup;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Injector;

/**
 * The editor's check of one large plan file, timed in its own JVM once it is warm, as in a workbench that has been
 * open a while: a word is typed into a commitment's statement, and the project is parsed, linked and checked with
 * that unsaved text, as the plan editor does after each pause in typing. Prints the median and the longest of the
 * measured checks as {@code phase:} lines. Usage:
 *
 * <pre>EditorCheck PLAN_FOLDER PLAN_FILE COMMITMENTS</pre>
 */
public final class EditorCheck {

	static final int WARM_UP = 5;
	static final int MEASURED = 10;

	private EditorCheck() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]).toAbsolutePath().normalize();
		Path file = folder.resolve(args[1]);
		int commitments = Integer.parseInt(args[2]);
		String text = Files.readString(file);
		Injector injector = new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();

		List<Double> millis = new ArrayList<>();
		int findings = 0;
		for (int i = 0; i < WARM_UP + MEASURED; i++) {
			String edited = typed(text, "C" + (commitments / 2 + i));
			long start = System.nanoTime();
			PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class).load(folder, Map.of(file, edited));
			XtextResource resource = workspace.resource(file).orElseThrow();
			findings = workspace.issues(resource, CancelIndicator.NullImpl).size();
			long end = System.nanoTime();
			if (i >= WARM_UP) {
				millis.add((end - start) / 1e6);
			}
		}
		Collections.sort(millis);
		print("editorMedianMs", millis.get(millis.size() / 2));
		print("editorMaxMs", millis.get(millis.size() - 1));
		print("editorFindings", findings);
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
