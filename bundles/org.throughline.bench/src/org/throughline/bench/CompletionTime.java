package org.throughline.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.throughline.dsl.ide.PlanIdeSetup;
import org.throughline.dsl.ide.contentassist.PlanContentAssist;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Injector;

/**
 * Completion of an owner in the shipped example, as the plan editor asks for it: "owner lead " typed into the
 * unowned commitment R2, then the proposals at the caret, timed once warm ({@value #WARM_UP} requests not counted).
 * Prints the first request's time (a JVM that has not completed before), the median and the longest, how many
 * proposals there are and which comes first (the owner its aim names should). Usage:
 *
 * <pre>CompletionTime EXAMPLE_FOLDER</pre>
 */
public final class CompletionTime {

	static final int WARM_UP = 30;
	static final int MEASURED = 20;
	private static final String AFTER = "\t\tsource Agenda line 2535\n";

	private CompletionTime() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]).toAbsolutePath().normalize();
		Path file = folder.resolve("bold-steps.plan");
		Injector language = new PlanIdeSetup().createInjectorAndDoEMFRegistration();
		PlanWorkspace workspace = language.getInstance(PlanWorkspace.class).load(folder);
		XtextResource resource = workspace.resource(file).orElseThrow();
		String text = resource.getParseResult().getRootNode().getText();
		int r2 = text.indexOf("commitment R2 ");
		int at = text.indexOf(AFTER, r2) + AFTER.length();
		if (r2 < 0 || at < AFTER.length()) {
			throw new IllegalStateException("the example has no commitment R2 to complete an owner in");
		}
		String typed = "\t\towner lead ";
		String edited = text.substring(0, at) + typed + "\n" + text.substring(at);
		workspace.update(file, edited);
		int caret = at + typed.length();
		PlanContentAssist assist = language.getInstance(PlanContentAssist.class);

		List<Double> millis = new ArrayList<>();
		List<ContentAssistEntry> entries = List.of();
		double first = 0;
		for (int i = 0; i < WARM_UP + MEASURED; i++) {
			long start = System.nanoTime();
			entries = assist.proposals(resource, edited, caret, CancelIndicator.NullImpl);
			long end = System.nanoTime();
			if (i == 0) {
				first = (end - start) / 1e6;
			}
			if (i >= WARM_UP) {
				millis.add((end - start) / 1e6);
			}
		}
		Collections.sort(millis);
		print("completionFirstMs", first);
		print("completionMedianMs", millis.get(millis.size() / 2));
		print("completionMaxMs", millis.get(millis.size() - 1));
		print("completionProposals", entries.size());
		System.out.println("first: " + (entries.isEmpty() ? "none" : entries.get(0).getProposal()));
	}

	private static void print(String name, double value) {
		System.out.println(PhaseRun.PREFIX + name + "=" + String.format(Locale.ROOT, "%.3f", value));
	}
}
