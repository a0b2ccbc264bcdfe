package org.throughline.cli.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.throughline.dsl.ide.quickfix.fixes.Blocks;
import org.throughline.dsl.linking.NearestName;
import org.throughline.dsl.scoping.PlanIndex;
import org.throughline.dsl.text.StringLiteral;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.ConsultationTheme;
import org.throughline.model.plan.PlanPackage;
import org.throughline.model.plan.ReplyOutcome;
import org.throughline.model.plan.RespondentCategory;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.Stance;
import org.throughline.trace.TraceIndex;

/**
 * Consultation responses and the council's replies, one row each, as a consultation team exports them from its
 * survey or mailbox: each row a response of a consultation, written into that consultation's block. A response
 * already there (by its name) is rewritten as the row says; a new one is added at the end of the consultation, and
 * its respondent with it when the consultation does not have it yet.
 */
public final class ResponsesImport {

	/** The columns, as the header names them, and what each holds. */
	public enum Column implements ColumnHeading {
		CONSULTATION, RESPONSE, RESPONDENT, RESPONDENT_TITLE, CATEGORY, RECEIVED, STANCE, THEMES, CONCERNS,
		SUMMARY, REPLY, REPLY_DATED, REPLY_TEXT, CHANGING;
	}

	private final TraceIndex index;
	private final ElementNames names;
	private final Blocks blocks;

	public ResponsesImport(TraceIndex index, PlanIndex planIndex, Blocks blocks) {
		this.index = index;
		this.names = new ElementNames(index, planIndex);
		this.blocks = blocks;
	}

	/** True when a header row is of responses: a consultation column and a response column. */
	public static boolean recognises(List<String> header) {
		return header.contains(Column.CONSULTATION.header()) && header.contains(Column.RESPONSE.header());
	}

	/** What one good row says, with the elements its names found. */
	private record Wanted(Consultation consultation, String name, Response existing, String respondent,
			NewRespondent newRespondent, String text) {
	}

	private record NewRespondent(String name, String title, RespondentCategory category, int row) {
	}

	/**
	 * Checks every row and, when none has a problem, works out the edits.
	 *
	 * @param texts  the current text of each loaded file, by the file's name relative to the plan folder
	 * @param fileOf the name of the file an element is written in, as {@code texts} keys it
	 */
	public ImportedRows run(Spreadsheet sheet, PlanTextChanges changes, Function<EObject, String> fileOf,
			Map<String, String> texts) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<Column, Integer> columns = RowCells.columns(sheet, Column.class, problems);
		Map<String, Integer> seen = new HashMap<>();
		Map<String, NewRespondent> created = new LinkedHashMap<>();
		List<Wanted> wanted = new ArrayList<>();
		for (Spreadsheet.Row row : sheet.body()) {
			RowCells<Column> cells = new RowCells<>(sheet.name(), row, columns, problems);
			Consultation consultation = cells.element(Column.CONSULTATION, Consultation.class, "consultation", names);
			String name = cells.name(Column.RESPONSE, true);
			if (consultation == null || name == null) {
				continue;
			}
			String key = index.qualifiedName(consultation) + "." + name;
			Integer earlier = seen.putIfAbsent(key, row.number());
			if (earlier != null) {
				cells.problem(Column.RESPONSE, "duplicate row: the response " + key + " is already on row " + earlier);
				continue;
			}
			Response existing = consultation.getResponses().stream().filter(r -> name.equals(r.getName())).findFirst()
					.orElse(null);
			String respondent = cells.name(Column.RESPONDENT, false);
			NewRespondent newRespondent = null;
			if (respondent != null && consultation.getRespondents().stream().noneMatch(r -> respondent.equals(r.getName()))) {
				String title = cells.text(Column.RESPONDENT_TITLE);
				RespondentCategory category = cells.literal(Column.CATEGORY, RespondentCategory::get,
						RespondentCategory.VALUES.stream().map(RespondentCategory::getLiteral).toList());
				if (title.isEmpty() || cells.text(Column.CATEGORY).isEmpty()) {
					cells.problem(Column.RESPONDENT, "the respondent '" + respondent + "' is new to the consultation:"
							+ " give its 'respondent title' and 'category'");
					continue;
				}
				if (category == null) {
					continue; // the category's problem is noted
				}
				newRespondent = new NewRespondent(respondent, title, category, row.number());
				NewRespondent other = created.putIfAbsent(index.qualifiedName(consultation) + "." + respondent, newRespondent);
				if (other != null && (!other.title().equals(title) || other.category() != category)) {
					cells.problem(Column.RESPONDENT, "the respondent '" + respondent + "' is given another title or"
							+ " category on row " + other.row());
					continue;
				}
				if (other != null) {
					newRespondent = null; // added with the row that first named it
				}
			}
			String text = responseText(consultation, name, respondent, cells);
			if (text != null) {
				wanted.add(new Wanted(consultation, name, existing, respondent, newRespondent, text));
			}
		}
		int rows = sheet.body().size();
		if (!problems.isEmpty()) {
			return new ImportedRows(problems, rows, 0);
		}
		int changed = 0;
		for (Wanted want : wanted) {
			String file = fileOf.apply(want.consultation());
			String text = texts.get(file);
			if (want.existing() != null) {
				if (changes.replace(file, text, want.existing(), want.text())) {
					changed++;
				}
				continue;
			}
			StringBuilder added = new StringBuilder();
			if (want.newRespondent() != null) {
				NewRespondent r = want.newRespondent();
				added.append("respondent ").append(r.name()).append(' ').append(StringLiteral.of(r.title())).append(' ')
						.append(r.category().getLiteral()).append('\n');
			}
			added.append(want.text());
			changes.addToBlock(file, text, want.consultation(), added.toString());
			changed++;
		}
		return new ImportedRows(problems, rows, changed);
	}

	/** The response's text as the formatter lays it out; null when a cell of it is bad (a problem is noted). */
	private String responseText(Consultation consultation, String name, String respondent, RowCells<Column> cells) {
		int problemsBefore = cells.problemCount();
		String received = cells.date(Column.RECEIVED);
		Stance stance = cells.literal(Column.STANCE, Stance::get, Stance.VALUES.stream().map(Stance::getLiteral).toList());
		List<String> themes = themes(consultation, cells);
		List<String> concerns = commitments(consultation, PlanPackage.Literals.RESPONSE__CONCERNS, Column.CONCERNS, cells);
		String summary = cells.text(Column.SUMMARY);
		ReplyOutcome outcome = cells.literal(Column.REPLY, ReplyOutcome::get,
				ReplyOutcome.VALUES.stream().map(ReplyOutcome::getLiteral).toList());
		String dated = cells.date(Column.REPLY_DATED);
		String replyText = cells.text(Column.REPLY_TEXT);
		List<String> changing = commitments(consultation, PlanPackage.Literals.REPLY__CHANGED, Column.CHANGING, cells);
		if (outcome == null && (!replyText.isEmpty() || !changing.isEmpty() || !dated.isEmpty())) {
			cells.problem(Column.REPLY, "a reply's text, date or changes are given without its outcome ("
					+ String.join(", ", ReplyOutcome.VALUES.stream().map(ReplyOutcome::getLiteral).toList()) + ")");
		} else if (outcome != null && replyText.isEmpty()) {
			cells.problem(Column.REPLY_TEXT, "the reply '" + outcome.getLiteral() + "' has no text");
		}
		if (cells.problemCount() > problemsBefore) {
			return null;
		}
		StringBuilder text = new StringBuilder("response ").append(name);
		if (respondent != null) {
			text.append(" from ").append(respondent);
		}
		text.append(" {\n");
		if (!received.isEmpty()) {
			text.append("\treceived ").append(received).append('\n');
		}
		if (stance != null) {
			text.append("\tstance ").append(stance.getLiteral()).append('\n');
		}
		if (!themes.isEmpty()) {
			text.append("\tunder ").append(String.join(", ", themes)).append('\n');
		}
		if (!concerns.isEmpty()) {
			text.append("\tconcerns ").append(String.join(", ", concerns)).append('\n');
		}
		if (!summary.isEmpty()) {
			text.append("\tsummary ").append(StringLiteral.of(summary)).append('\n');
		}
		if (outcome != null) {
			text.append("\treply ").append(dated.isEmpty() ? "" : "dated " + dated + " ").append(outcome.getLiteral())
					.append(' ').append(StringLiteral.of(replyText));
			if (!changing.isEmpty()) {
				text.append(" changing ").append(String.join(", ", changing));
			}
			text.append('\n');
		}
		return text.append('}').toString();
	}

	/** The commitments a cell names, each as short as the consultation's file can write it. */
	private List<String> commitments(Consultation consultation, EReference reference, Column column,
			RowCells<Column> cells) {
		List<String> written = new ArrayList<>();
		for (String typed : cells.list(column)) {
			ElementNames.Found<Commitment> found = names.find(typed, Commitment.class, "commitment");
			if (found.element() == null) {
				cells.problem(column, found.problem());
				continue;
			}
			String qualified = index.qualifiedName(found.element());
			written.add(blocks.nameInScope(consultation, reference, qualified).map(Blocks.Named::text).orElse(qualified));
		}
		return written;
	}

	private static List<String> themes(Consultation consultation, RowCells<Column> cells) {
		List<String> written = new ArrayList<>();
		List<String> known = consultation.getThemes().stream().map(ConsultationTheme::getName).toList();
		for (String typed : cells.list(Column.THEMES)) {
			if (known.contains(typed)) {
				written.add(typed);
			} else {
				String nearest = NearestName.among(typed, known);
				cells.problem(Column.THEMES, "the consultation has no theme '" + typed + "'"
						+ (nearest == null ? "" : "; did you mean '" + nearest + "'?"));
			}
		}
		return written;
	}
}
