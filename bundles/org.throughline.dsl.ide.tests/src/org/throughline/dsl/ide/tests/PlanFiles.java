package org.throughline.dsl.ide.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Injector;

/**
 * A small workspace of plan files written by a test, loaded the way an editor loads it. A '|' in a text marks the
 * caret and is not written to the file.
 */
public final class PlanFiles {

	public static final char CARET = '|';

	private final Injector injector;
	private final Path folder;
	private final Map<String, String> texts = new LinkedHashMap<>();
	private final Map<String, Integer> carets = new LinkedHashMap<>();
	private PlanWorkspace workspace;

	public PlanFiles(Injector injector, Path folder) {
		this.injector = injector;
		this.folder = folder;
	}

	/** Adds a file; a '|' in the text is taken out and remembered as the caret. */
	public PlanFiles with(String name, String text) throws IOException {
		int caret = text.indexOf(CARET);
		String plain = caret < 0 ? text : text.substring(0, caret) + text.substring(caret + 1);
		texts.put(name, plain);
		if (caret >= 0) {
			carets.put(name, caret);
		}
		Files.writeString(folder.resolve(name), plain);
		workspace = null;
		return this;
	}

	public PlanWorkspace workspace() throws IOException {
		if (workspace == null) {
			workspace = injector.getInstance(PlanWorkspace.class).load(folder);
		}
		return workspace;
	}

	public XtextResource resource(String name) throws IOException {
		return workspace().resource(folder.resolve(name)).orElseThrow();
	}

	public String text(String name) {
		return texts.get(name);
	}

	public int caret(String name) {
		return carets.get(name);
	}

	public Path path(String name) {
		return folder.resolve(name);
	}

	/** The offset of the first occurrence of {@code snippet} in a file. */
	public int offsetOf(String name, String snippet) {
		int at = texts.get(name).indexOf(snippet);
		if (at < 0) {
			throw new IllegalArgumentException(snippet + " is not in " + name);
		}
		return at;
	}

	/** The errors of a workspace (syntax, broken links), without the warnings about gaps in the trace. */
	public static List<PlanDiagnostic> errors(PlanWorkspace workspace) {
		return workspace.diagnostics().stream().filter(d -> d.severity() == PlanDiagnostic.Severity.ERROR).toList();
	}

	/** A small part of Kent County Council, after the 2010 restructure, as the tests' organisation. */
	public static final String ORGANISATION = """
			module kent.organisation

			organisation KCC "Kent County Council" {
				kind council
				unit Communities "Communities Directorate" {
					kind directorate
					in force until 2011-04-03
					succeeded by CustomerAndCommunities
				}
				unit CustomerAndCommunities "Customer and Communities" {
					kind directorate
					abbreviation "C&C"
					in force from 2011-04-04
				}
				unit Enterprise "Enterprise and Environment" {
					kind directorate
					unit Highways "Kent Highway Services" { kind division }
				}
				unit ELS "Education, Learning and Skills" { kind directorate }
				post Gmd "Group Managing Director" {
					statutory role head-of-paid-service
				}
				portfolio Leader "Leader of the Council"
			}
			""";

	public static final String INDICATORS = """
			module kent.indicators

			import kent.organisation.KCC.*

			indicator Apprentices "KCC apprentices" {
				unit count
				better when higher
				target at-least 350 by 2015-03-31
				owner Gmd
			}
			""";
}
