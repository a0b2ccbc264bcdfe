package org.throughline.cli.tests.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.throughline.cli.CommandLine;
import org.throughline.dsl.ide.PlanIdeSetup;
import org.throughline.dsl.ide.checking.CheckedFile;
import org.throughline.dsl.ide.contentassist.PlanContentAssist;
import org.throughline.dsl.ide.formatting.PlanTextFormatter;
import org.throughline.dsl.ide.hover.ElementSummaries;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFixes;
import org.throughline.dsl.ide.references.PlanReferences;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Injector;

/**
 * Runs a plan through what a user can do with it: the command line's validate (text and JSON), stats, CSV and XMI
 * export and the site, and the editor's services on one file (findings, outline, colours and folds, completion and
 * hover at random places, formatting, the quick fixes on offer). A run fails, naming what failed, when anything
 * throws, a command ends in an unexpected error or a stack trace, exits with a code other than 0 or 1, or does not
 * write its output.
 */
final class PlanFuzzer {

	private static Injector editor;

	private static synchronized Injector editor() {
		if (editor == null) {
			editor = new PlanIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return editor;
	}

	/** The command line's outputs of a plan folder, each written to {@code work}. */
	enum Output {
		TEXT, JSON, STATS, CSV, XMI, HTML;

		void write(Path folder, Path work) throws IOException {
			Files.createDirectories(work);
			String plans = folder.toString();
			switch (this) {
				case TEXT -> command(List.of("validate", plans), null);
				case JSON -> command(List.of("validate", plans, "--format", "json"), null);
				case STATS -> command(List.of("stats", plans, "--format", "json"), null);
				case CSV -> command(List.of("export", plans, "--format", "csv", "-o", work.resolve("m.csv").toString()),
						work.resolve("m.csv"));
				case XMI -> command(List.of("export", plans, "--format", "xmi", "-o", work.resolve("p.xmi").toString()),
						work.resolve("p.xmi"));
				case HTML -> command(List.of("html", plans, "-o", work.resolve("site").toString()),
						work.resolve("site").resolve("index.html"));
			}
		}
	}

	private static void command(List<String> args, Path output) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new CommandLine().run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String said = err.toString(StandardCharsets.UTF_8);
		if (code > 1 || said.contains("unexpected error") || said.contains("\tat ") || said.contains("Exception")) {
			throw new AssertionError(args.get(0) + " exited " + code + ": " + said);
		}
		if (output != null && !Files.isRegularFile(output)) {
			throw new AssertionError(args.get(0) + " wrote no " + output.getFileName() + ": " + said);
		}
	}

	/**
	 * The editor's services on {@code file} of a loaded workspace after bringing it to {@code text} in place, as the
	 * editor does after a pause in typing; the file is brought back to what it was afterwards.
	 */
	static void editorServices(PlanWorkspace workspace, Path file, String text, Random random) {
		String before = workspace.resource(file).orElseThrow().getParseResult().getRootNode().getText();
		try {
			editorServices(workspace, workspace.update(file, text), text, random);
		} finally {
			workspace.update(file, before);
		}
	}

	/** A workspace loaded as the editor loads one. */
	static PlanWorkspace editorWorkspace(Path folder) throws IOException {
		return editor().getInstance(PlanWorkspace.class).load(folder);
	}

	/** The editor's services on {@code file} of a folder loaded as the editor loads it. */
	static void editorServices(Path folder, Path file, Random random) throws IOException {
		PlanWorkspace workspace = editorWorkspace(folder);
		XtextResource resource = workspace.resource(file).orElse(null);
		if (resource != null) {
			editorServices(workspace, resource, resource.getParseResult().getRootNode().getText(), random);
		}
	}

	private static void editorServices(PlanWorkspace workspace, XtextResource resource, String text, Random random) {
		Injector language = editor();
		CheckedFile checked = CheckedFile.of(workspace, resource, language, CancelIndicator.NullImpl);
		PlanContentAssist completion = language.getInstance(PlanContentAssist.class);
		EObjectAtOffsetHelper elements = language.getInstance(EObjectAtOffsetHelper.class);
		PlanReferences references = PlanReferences.of(workspace.resourceSet());
		for (int i = 0; i < 3; i++) {
			int offset = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
			completion.proposals(resource, text, offset, CancelIndicator.NullImpl);
			EObject element = elements.resolveContainedElementAt(resource, Math.min(offset, Math.max(0, text.length() - 1)));
			if (element != null) {
				ElementSummaries.summarise(element, references);
			}
		}
		language.getInstance(PlanTextFormatter.class).format(resource, List.of());
		PlanQuickFixes fixes = language.getInstance(PlanQuickFixes.class);
		List<Issue> issues = new ArrayList<>(checked.issues());
		// every issue's fixes are computed; a few are applied, as a user picks them
		int applied = 0;
		for (Issue issue : issues) {
			if (!fixes.canFix(issue.getCode())) {
				continue;
			}
			for (PlanFix fix : fixes.fixesFor(issue, resource)) {
				if (applied < 3 && random.nextInt(4) == 0) {
					applied++;
					try {
						fixes.apply(fix, uri -> uri.equals(resource.getURI()) ? text : read(uri.toFileString()));
					} catch (PlanQuickFixes.FixFailedException e) {
						// the fix says why it could not be applied: a message for the user, not a failure
					}
				}
			}
		}
	}

	private static String read(String file) {
		try {
			return Files.readString(Path.of(file));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
