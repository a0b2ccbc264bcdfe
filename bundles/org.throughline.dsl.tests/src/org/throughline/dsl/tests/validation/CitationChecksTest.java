package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Every citation is held against its document: the file is found in the plan folder's {@code sources/}, the lines
 * cited are in it, and the texts the plan quotes stand at the lines cited, compared as a reader would compare them.
 * The document is eleven lines of the Bold Steps agenda pack (Agenda lines 2588 to 2595, 292 and 26), with the line
 * break inside S2's promise, typographic quotes and {@code **} emphasis as the pack has them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class CitationChecksTest {

	static final String AGENDA = """
			Bold Steps for Employment and Skills

			Growing the Kent economy will be critical to the creation of new jobs for Kent residents and we recognise that Kent business needs a skilled and motivated workforce to prosper.

			- We will continue to support the growth of apprenticeships, in particular promoting the benefits of apprenticeships to small and medium sized businesses in Kent.
			- KCC will employ, through our Kent Success Apprenticeship scheme, at least

			another 350 apprentices over the next four years.

			(1) Regarding Item C2, Core Monitoring, paragraph 6 it was clarified that it should read \u2018feed-in\u2019 tariff instead of \u2018feeding\u2019 \u2013 as minuted.
			Ask for: **Peter Sass**
			""";

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@BeforeEach
	void documents() throws Exception {
		Findings.write(folder, "sources/agenda.txt", AGENDA);
	}

	private List<String> findings(String code, String plan) throws Exception {
		Findings.write(folder, "plan.plan", plan);
		return Findings.of(injector, folder, code);
	}

	private static String plan(String commitments) {
		return """
				module test
				document Agenda "Agenda" { file "agenda.txt" }
				plan P "Plan" {
				%s}
				""".formatted(commitments);
	}

	private static String commitment(String statement, String source) {
		return "commitment S2 \"Apprentices\" {\n\tstatement \"" + statement + "\"\n" + source + "}\n";
	}

	@Test
	void aDocumentWhoseFileIsNotFoundIsReportedAtItsFile() throws Exception {
		Findings.write(folder, "papers/letter.txt", "A letter\n");
		assertEquals(List.of(
				"plan.plan:3:35+13 warning source-file-missing: The file \"missing.txt\" of the document 'Missing' is not"
						+ " found; put it in the folder 'sources' beside the plan files, or give its path from the plan folder"),
				findings(IssueCodes.SOURCE_FILE_MISSING, """
						module test
						document Agenda "Agenda" { file "agenda.txt" }
						document Missing "Missing" { file "missing.txt" }
						document Letter "A letter given by its path from the plan folder" { file "papers/letter.txt" }
						document Undated "A document with no file"
						"""));
	}

	@Test
	void aDocumentThatIsNotUtf8IsReported() throws Exception {
		Files.write(folder.resolve("sources/latin.txt"), new byte[] { 'c', 'a', 'f', (byte) 0xe9, '\n' });
		assertEquals(List.of("plan.plan:2:31+11 warning source-file-missing: The file \"latin.txt\" of the document"
				+ " 'Latin' is not UTF-8 text"), findings(IssueCodes.SOURCE_FILE_MISSING, """
						module test
						document Latin "Latin" { file "latin.txt" }
						"""));
	}

	@Test
	void aCitationBeyondTheEndOrEndingBeforeItStartsIsReported() throws Exception {
		assertEquals(List.of(
				"plan.plan:5:21+2 error citation-out-of-range: The document 'Agenda' has 11 lines; line 12 is beyond its end",
				"plan.plan:6:28+2 error citation-out-of-range: The document 'Agenda' has 11 lines; line 40 is beyond its end",
				"plan.plan:7:27+1 error citation-out-of-range: The citation of lines 8 to 6 ends before it starts"),
				findings(IssueCodes.CITATION_OUT_OF_RANGE, plan("""
						commitment A "A" {
							source Agenda line 12
							source Agenda lines 10 to 40
							source Agenda lines 8 to 6
							source Agenda lines 1 to 11
							source Agenda line 11
						}
						""")));
	}

	@Test
	void aStatementWithAnEllipsisAcrossALineBreakStandsAtItsLines() throws Exception {
		assertEquals(List.of(), findings(IssueCodes.QUOTE_NOT_AT_SOURCE, plan(commitment(
				"KCC will employ ... at least another 350 apprentices over the next four years.",
				"\tsource Agenda lines 6 to 8\n"))));
	}

	@Test
	void typographicQuotesAndDashesAndEmphasisAreNotDifferences() throws Exception {
		assertEquals(List.of(), findings(IssueCodes.QUOTE_NOT_AT_SOURCE, plan("""
				commitment Minute "Minute" {
					statement "it should read 'feed-in' tariff instead of 'feeding' - as minuted"
					source Agenda line 10
				}
				commitment Contact "Contact" {
					statement "Ask for: Peter Sass"
					source Agenda line 11
				}
				""")));
	}

	@Test
	void aStatementWithAWordChangedIsReportedAtTheStatement() throws Exception {
		assertEquals(List.of("plan.plan:5:12+80 warning quote-not-at-source: The statement of the commitment 'S2' is not"
				+ " what Agenda says at lines 6 to 8, nor anywhere else in the documents it cites; quote the document's words"),
				findings(IssueCodes.QUOTE_NOT_AT_SOURCE, plan(commitment(
						"KCC will employ ... at least another 400 apprentices over the next four years.",
						"\tsource Agenda lines 6 to 8\n"))));
	}

	@Test
	void aStatementCitingTheWrongLinesNamesTheLinesWhereItStands() throws Exception {
		assertEquals(List.of("plan.plan:5:12+80 warning quote-not-at-source: The statement of the commitment 'S2' is not"
				+ " at Agenda lines 1 to 5; it stands at Agenda lines 6 to 8 [0, 6, 8]"),
				findings(IssueCodes.QUOTE_NOT_AT_SOURCE, plan(commitment(
						"KCC will employ ... at least another 350 apprentices over the next four years.",
						"\tsource Agenda lines 1 to 5\n"))));
	}

	@Test
	void aStatementStandingAtOneOfItsCitationsIsNotReported() throws Exception {
		assertEquals(List.of(), findings(IssueCodes.QUOTE_NOT_AT_SOURCE, plan(commitment(
				"We will continue to support the growth of apprenticeships",
				"\tsource Agenda line 1\n\tsource Agenda line 5\n"))));
	}

	@Test
	void anAppearanceWordingAndAProgressNoteAreHeldToTheirCitations() throws Exception {
		assertEquals(List.of(
				"plan.plan:8:20+40 warning quote-not-at-source: The wording of this appearance is not at Agenda line 3;"
						+ " it stands at Agenda line 5 [0, 5, 5]",
				"plan.plan:15:23+31 warning quote-not-at-source: The progress note is not what Agenda says at line 3,"
						+ " nor anywhere else in the documents it cites; quote the document's words"),
				findings(IssueCodes.QUOTE_NOT_AT_SOURCE, plan("""
						section Skills "Skills"
						commitment S1 "S1" {
							statement "Growing the Kent economy will be critical"
							source Agenda line 3
							appears in Skills "We will continue to support the growth" (Agenda line 3)
							appears in Skills "support the growth of apprenticeships" (Agenda line 5)
						}
						}
						inspection I "I" {
							action A "Improve" immediately {
								progress 2010-11-29 "Growing the Kent economy" (Agenda line 3)
								progress 2010-11-29 "Caseloads have been reviewed." (Agenda line 3)
							}
						""").replace("section Skills", "theme Skills")));
	}

	@Test
	void aStatementThatCitesNothingIsReported() throws Exception {
		assertEquals(List.of("plan.plan:5:12+9 warning statement-without-source: The statement of the commitment 'U'"
				+ " cites nothing: say where it is written, as 'source DOCUMENT lines FIRST to LAST'"),
				findings(IssueCodes.STATEMENT_WITHOUT_SOURCE, plan("""
						commitment U "Unsourced" {
							statement "We will"
						}
						commitment S "Sourced" {
							statement "We will"
							source Agenda line 5
						}
						commitment N "No statement" { kind deliver }
						""")));
	}

	@Test
	void theSettingsFileChangesTheSeverity() throws Exception {
		Findings.write(folder, "throughline.settings", "quote-not-at-source = error\n");
		assertEquals(List.of("plan.plan:5:12+80 error quote-not-at-source: The statement of the commitment 'S2' is not"
				+ " what Agenda says at lines 6 to 8, nor anywhere else in the documents it cites; quote the document's words"),
				findings(IssueCodes.QUOTE_NOT_AT_SOURCE, plan(commitment(
						"KCC will employ ... at least another 400 apprentices over the next four years.",
						"\tsource Agenda lines 6 to 8\n"))));
	}
}
