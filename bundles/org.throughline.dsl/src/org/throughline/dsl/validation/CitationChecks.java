package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.APPEARANCE__WORDING;
import static org.throughline.model.plan.PlanPackage.Literals.COMMITMENT__STATEMENT;
import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__TITLE;
import static org.throughline.model.plan.PlanPackage.Literals.PROGRESS_NOTE__TEXT;
import static org.throughline.model.plan.PlanPackage.Literals.REPLY__TEXT;
import static org.throughline.model.plan.PlanPackage.Literals.RESPONSE__SUMMARY;
import static org.throughline.model.plan.PlanPackage.Literals.SOURCE_DOCUMENT__FILE;
import static org.throughline.model.plan.PlanPackage.Literals.SOURCE_REFERENCE__LINE;
import static org.throughline.model.plan.PlanPackage.Literals.SOURCE_REFERENCE__LINE_END;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.validation.Check;
import org.throughline.dsl.sources.SourceText;
import org.throughline.dsl.sources.SourceText.LineRange;
import org.throughline.dsl.sources.SourceTexts;
import org.throughline.model.plan.Appearance;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.InspectionAction;
import org.throughline.model.plan.ProgressNote;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.SourceDocument;
import org.throughline.model.plan.SourceReference;
import org.throughline.model.plan.Sourced;

/**
 * Every citation is held against its document: the document's file is there, the lines cited are in it, and a text
 * the plan quotes stands at the lines it cites, read as a reader would read it ({@link SourceText#find}).
 */
class CitationChecks extends PlanChecks {

	@Check
	public void documentFileIsFound(SourceDocument document) {
		SourceTexts.Loaded loaded = SourceTexts.load(document);
		if (loaded != null && !loaded.found()) {
			addIssue("The file \"" + document.getFile() + "\" of the document " + quoted(document) + " " + loaded.problem()
					+ (loaded.problem().startsWith("is not found") ? "; put it in the folder '" + SourceTexts.FOLDER
							+ "' beside the plan files, or give its path from the plan folder" : ""),
					document, SOURCE_DOCUMENT__FILE, IssueCodes.SOURCE_FILE_MISSING);
		}
	}

	@Check
	public void citedLinesAreInTheDocument(SourceReference citation) {
		if (!citation.isSetLine()) {
			return;
		}
		int first = citation.getLine();
		if (citation.isSetLineEnd() && citation.getLineEnd() < first) {
			addIssue("The citation of lines " + first + " to " + citation.getLineEnd() + " ends before it starts",
					citation, SOURCE_REFERENCE__LINE_END, IssueCodes.CITATION_OUT_OF_RANGE);
			return;
		}
		if (first < 1) {
			addIssue("Line " + first + " does not exist: lines are counted from 1", citation, SOURCE_REFERENCE__LINE,
					IssueCodes.CITATION_OUT_OF_RANGE);
			return;
		}
		Optional<SourceText> text = text(citation);
		if (text.isEmpty()) {
			return;
		}
		int lines = text.get().lineCount();
		String document = citation.getDocument().getName();
		if (first > lines) {
			addIssue("The document '" + document + "' has " + lines + " lines; line " + first + " is beyond its end",
					citation, SOURCE_REFERENCE__LINE, IssueCodes.CITATION_OUT_OF_RANGE);
		} else if (citation.isSetLineEnd() && citation.getLineEnd() > lines) {
			addIssue("The document '" + document + "' has " + lines + " lines; line " + citation.getLineEnd()
					+ " is beyond its end", citation, SOURCE_REFERENCE__LINE_END, IssueCodes.CITATION_OUT_OF_RANGE);
		}
	}

	@Check
	public void statementCitesItsSource(Commitment commitment) {
		if (commitment.getStatement() != null && commitment.getSources().isEmpty()) {
			addIssue("The statement of the commitment " + quoted(commitment) + " cites nothing: say where it is"
					+ " written, as 'source DOCUMENT lines FIRST to LAST'", commitment, COMMITMENT__STATEMENT,
					IssueCodes.STATEMENT_WITHOUT_SOURCE);
		}
	}

	@Check
	public void statementStandsAtItsSource(Commitment commitment) {
		checkQuoted(commitment, commitment.getStatement(), COMMITMENT__STATEMENT,
				"statement of the commitment " + quoted(commitment));
	}

	@Check
	public void wordingStandsAtItsSource(Appearance appearance) {
		checkQuoted(appearance, appearance.getWording(), APPEARANCE__WORDING, "wording of this appearance");
	}

	@Check
	public void replyStandsAtItsSource(Reply reply) {
		checkQuoted(reply, reply.getText(), REPLY__TEXT, "reply");
	}

	@Check
	public void summaryStandsAtItsSource(Response response) {
		checkQuoted(response, response.getSummary(), RESPONSE__SUMMARY, "summary of the response " + quoted(response));
	}

	@Check
	public void inspectionTextStandsAtItsSource(InspectionAction action) {
		checkQuoted(action, action.getTitle(), NAMED_ELEMENT__TITLE, "text of the area for improvement " + quoted(action));
	}

	@Check
	public void progressNoteStandsAtItsSource(ProgressNote note) {
		checkQuoted(note, note.getText(), PROGRESS_NOTE__TEXT, "progress note");
	}

	/**
	 * Reports {@code quotation} when it stands at none of the places {@code element} cites. Citations of a document
	 * that cannot be read, or of lines that are not in it, are left to the other checks. Data: the index of the
	 * citation to correct and the first and last line where the text stands in that citation's document, when it
	 * stands anywhere in it.
	 */
	private void checkQuoted(Sourced element, String quotation, EAttribute feature, String what) {
		if (quotation == null || quotation.isBlank()) {
			return;
		}
		List<SourceReference> citations = element.getSources();
		boolean checked = false;
		for (SourceReference citation : citations) {
			Optional<SourceText> text = text(citation);
			Optional<LineRange> range = text.flatMap(t -> cited(citation, t));
			if (range.isEmpty()) {
				continue;
			}
			if (text.get().find(quotation, range.get().first(), range.get().last()).isPresent()) {
				return;
			}
			checked = true;
		}
		if (!checked) {
			return;
		}
		for (int i = 0; i < citations.size(); i++) {
			SourceReference citation = citations.get(i);
			Optional<LineRange> elsewhere = text(citation).flatMap(t -> t.find(quotation));
			if (elsewhere.isPresent()) {
				String document = citation.getDocument().getName();
				addIssue("The " + what + " is not at " + document + " " + cited(citation) + "; it stands at " + document
						+ " " + elsewhere.get().cited(), element, feature, INSIGNIFICANT_INDEX,
						IssueCodes.QUOTE_NOT_AT_SOURCE, Integer.toString(i), Integer.toString(elsewhere.get().first()),
						Integer.toString(elsewhere.get().last()));
				return;
			}
		}
		SourceReference first = citations.get(0);
		addIssue("The " + what + " is not what " + first.getDocument().getName() + " says at " + cited(first)
				+ ", nor anywhere else in the documents it cites; quote the document's words", element, feature,
				IssueCodes.QUOTE_NOT_AT_SOURCE);
	}

	/** The text of the document a citation names, when it names one whose file can be read. */
	private static Optional<SourceText> text(SourceReference citation) {
		SourceDocument document = citation.getDocument();
		return document == null || document.eIsProxy() ? Optional.empty() : SourceTexts.text(document);
	}

	/** The lines a citation names, when they are all in the document; the whole document when it names none. */
	private static Optional<LineRange> cited(SourceReference citation, SourceText text) {
		if (!citation.isSetLine()) {
			return text.lineCount() == 0 ? Optional.empty() : Optional.of(new LineRange(1, text.lineCount()));
		}
		int last = citation.isSetLineEnd() ? citation.getLineEnd() : citation.getLine();
		return citation.getLine() < 1 || last < citation.getLine() || last > text.lineCount() ? Optional.empty()
				: Optional.of(new LineRange(citation.getLine(), last));
	}

	private static String cited(SourceReference citation) {
		if (!citation.isSetLine()) {
			return "any line";
		}
		return citation.isSetLineEnd() ? "lines " + citation.getLine() + " to " + citation.getLineEnd()
				: "line " + citation.getLine();
	}
}
