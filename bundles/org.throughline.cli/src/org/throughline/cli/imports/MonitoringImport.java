package org.throughline.cli.imports;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.parser.IParser;
import org.throughline.dsl.ide.quickfix.fixes.Blocks;
import org.throughline.dsl.scoping.PlanIndex;
import org.throughline.dsl.services.PlanGrammarAccess;
import org.throughline.dsl.text.StringLiteral;
import org.throughline.model.monitoring.CommitmentStatus;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Observation;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanPackage;
import org.throughline.model.plan.ProgressUpdate;
import org.throughline.model.plan.Scale;
import org.throughline.model.plan.ScaleLevel;
import org.throughline.model.plan.SourceDocument;
import org.throughline.model.values.ReportingPeriod;
import org.throughline.trace.TraceIndex;

import com.google.inject.Injector;

/**
 * Monitoring returns, one row each: the actuals of indicators for their periods, and the progress updates of
 * commitments. A row for a period the element already has a figure or an update for replaces it; otherwise the line
 * is added to the element's block. Values, periods and citations are checked as the language reads them.
 */
public final class MonitoringImport {

	/** The columns of actuals. */
	public enum Actuals implements ColumnHeading {
		INDICATOR, PERIOD, VALUE, COMMENTARY, SOURCE;
	}

	/** The columns of progress updates. */
	public enum Progress implements ColumnHeading {
		COMMITMENT, PERIOD, ON, STATUS, REPORTED_BY, COMMENTARY, SOURCE;
	}

	private final TraceIndex index;
	private final ElementNames names;
	private final Blocks blocks;
	private final IParser parser;
	private final PlanGrammarAccess grammar;

	public MonitoringImport(Injector language, TraceIndex index, PlanIndex planIndex) {
		this.index = index;
		this.names = new ElementNames(index, planIndex);
		this.blocks = language.getInstance(Blocks.class);
		this.parser = language.getInstance(IParser.class);
		this.grammar = language.getInstance(PlanGrammarAccess.class);
	}

	public static boolean recognisesActuals(List<String> header) {
		return header.contains(Actuals.INDICATOR.header()) && header.contains(Actuals.VALUE.header());
	}

	public static boolean recognisesProgress(List<String> header) {
		return header.contains(Progress.COMMITMENT.header()) && header.contains(Progress.STATUS.header());
	}

	/** A line for an element: where it goes (an element it replaces, or none) and its text. */
	private record Line(EObject owner, EObject replaces, String text) {
	}

	/** What a row of one kind says: the line it makes, and the period it is for. */
	private record Read(Line line, ReportingPeriod period) {
	}

	/** Reads a row of one kind; null when it cannot be imported, its problems noted in its cells. */
	private interface RowReader<C extends Enum<C> & ColumnHeading> {
		Read read(RowCells<C> cells);
	}

	/** Checks every row of actuals and, when none has a problem, works out the edits. */
	public ImportedRows actuals(Spreadsheet sheet, PlanTextChanges changes, Function<EObject, String> fileOf,
			Map<String, String> texts) {
		List<Line> lines = new ArrayList<>();
		List<ImportProblem> problems = rows(sheet, Actuals.class, Actuals.PERIOD, "actual", this::actual, lines);
		return edits(sheet, problems, lines, changes, fileOf, texts);
	}

	/** Checks every row of progress updates and, when none has a problem, works out the edits. */
	public ImportedRows progress(Spreadsheet sheet, PlanTextChanges changes, Function<EObject, String> fileOf,
			Map<String, String> texts) {
		List<Line> lines = new ArrayList<>();
		List<ImportProblem> problems = rows(sheet, Progress.class, Progress.PERIOD, "update", this::update, lines);
		return edits(sheet, problems, lines, changes, fileOf, texts);
	}

	/**
	 * Reads every row of the sheet as {@code reader} reads one, refusing a second row for the same element and period
	 * (a {@code statement}, "actual" or "update", is reported once per period); the lines go to {@code lines}.
	 */
	private <C extends Enum<C> & ColumnHeading> List<ImportProblem> rows(Spreadsheet sheet, Class<C> kind,
			C periodColumn, String statement, RowReader<C> reader, List<Line> lines) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<C, Integer> columns = RowCells.columns(sheet, kind, problems);
		Map<String, Integer> seen = new HashMap<>();
		for (Spreadsheet.Row row : sheet.body()) {
			RowCells<C> cells = new RowCells<>(sheet.name(), row, columns, problems);
			int before = cells.problemCount();
			Read read = reader.read(cells);
			if (read == null || cells.problemCount() > before) {
				continue;
			}
			String element = index.qualifiedName(read.line().owner());
			Integer earlier = seen.putIfAbsent(element + " " + read.period(), row.number());
			if (earlier != null) {
				cells.problem(periodColumn, "duplicate row: the " + statement + " of " + element + " for "
						+ read.period() + " is already on row " + earlier);
				continue;
			}
			lines.add(read.line());
		}
		return problems;
	}

	private Read actual(RowCells<Actuals> cells) {
		Indicator indicator = cells.element(Actuals.INDICATOR, Indicator.class, "indicator", names);
		ReportingPeriod period = period(cells, Actuals.PERIOD);
		String value = cells.text(Actuals.VALUE);
		if (value.isEmpty()) {
			cells.problem(Actuals.VALUE, "the row gives no value");
		} else if (!parses(grammar.getQuantityRule(), value)) {
			cells.problem(Actuals.VALUE, "'" + value + "' is not a value as the plan language writes one: 350,"
					+ " about 7000, 11%, 11.2%, £1.2m, £350,000");
		}
		String citation = citation(cells, Actuals.SOURCE);
		if (indicator == null || period == null) {
			return null;
		}
		String commentary = cells.text(Actuals.COMMENTARY);
		String observation = value + " for " + period
				+ (commentary.isEmpty() ? "" : " commentary " + StringLiteral.of(commentary)) + citation;
		Observation existing = indicator.getActuals().stream()
				.filter(a -> period.equals(a.getPeriod()) && a.getPeriodEnd() == null).findFirst().orElse(null);
		return new Read(existing != null ? new Line(indicator, existing, observation)
				: new Line(indicator, null, "actual " + observation), period);
	}

	private Read update(RowCells<Progress> cells) {
		Commitment commitment = cells.element(Progress.COMMITMENT, Commitment.class, "commitment", names);
		ReportingPeriod period = period(cells, Progress.PERIOD);
		String on = cells.date(Progress.ON);
		ScaleLevel level = commitment == null ? null : level(commitment, cells);
		String reporter = "";
		if (!cells.text(Progress.REPORTED_BY).isEmpty()) {
			Owner owner = cells.element(Progress.REPORTED_BY, Owner.class, "owner", names);
			if (owner != null) {
				String qualified = index.qualifiedName(owner);
				reporter = " by " + blocks.nameInScope(commitment == null ? owner : commitment,
						PlanPackage.Literals.PROGRESS_UPDATE__REPORTED_BY, qualified).map(Blocks.Named::text)
						.orElse(qualified);
			}
		}
		String citation = citation(cells, Progress.SOURCE);
		if (commitment == null || period == null || level == null) {
			return null;
		}
		String commentary = cells.text(Progress.COMMENTARY);
		String update = "update " + period + (on.isEmpty() ? "" : " on " + on) + " status " + level.getName()
				+ reporter + (commentary.isEmpty() ? "" : " " + StringLiteral.of(commentary)) + citation;
		ProgressUpdate existing = commitment.getUpdates().stream().filter(u -> period.equals(u.getPeriod()))
				.findFirst().orElse(null);
		return new Read(new Line(commitment, existing, update), period);
	}

	private ImportedRows edits(Spreadsheet sheet, List<ImportProblem> problems, List<Line> lines,
			PlanTextChanges changes, Function<EObject, String> fileOf, Map<String, String> texts) {
		int rows = sheet.body().size();
		if (!problems.isEmpty()) {
			return new ImportedRows(problems, rows, 0);
		}
		int changed = 0;
		for (Line line : lines) {
			String file = fileOf.apply(line.owner());
			String text = texts.get(file);
			if (line.replaces() != null) {
				if (changes.replace(file, text, line.replaces(), line.text())) {
					changed++;
				}
			} else {
				changes.addToBlock(file, text, line.owner(), line.text());
				changed++;
			}
		}
		return new ImportedRows(problems, rows, changed);
	}

	private boolean parses(ParserRule rule, String text) {
		return !parser.parse(rule, new StringReader(text)).hasSyntaxErrors();
	}

	/** The period of a row, which must lie within the period of a plan. */
	private <C extends Enum<C> & ColumnHeading> ReportingPeriod period(RowCells<C> cells, C column) {
		String text = cells.text(column);
		if (text.isEmpty()) {
			cells.problem(column, "the row gives no period");
			return null;
		}
		ReportingPeriod period;
		try {
			period = ReportingPeriod.valueOf(text);
		} catch (IllegalArgumentException e) {
			cells.problem(column, e.getMessage());
			return null;
		}
		for (Plan plan : index.plans()) {
			if (plan.getPeriodStart() != null && plan.getPeriodEnd() != null
					&& period.financialYear().compareTo(plan.getPeriodStart()) >= 0
					&& period.financialYear().compareTo(plan.getPeriodEnd()) <= 0) {
				return period;
			}
		}
		cells.problem(column, period + " is outside the period of every plan");
		return null;
	}

	/** The citation of a row, " (Returns line 3)", its document checked; empty when the cell is. */
	private <C extends Enum<C> & ColumnHeading> String citation(RowCells<C> cells, C column) {
		String text = cells.text(column);
		if (text.isEmpty()) {
			return "";
		}
		String document = text.split("\\s+", 2)[0];
		ElementNames.Found<SourceDocument> found = names.find(document, SourceDocument.class, "source document");
		if (found.element() == null) {
			cells.problem(column, found.problem());
			return "";
		}
		String cited = " (" + text + ")";
		if (!parses(grammar.getTargetRule(), "1" + cited)) {
			cells.problem(column, "'" + text + "' is not a citation as the plan language writes one: Returns,"
					+ " Returns line 3, Returns lines 3 to 5");
			return "";
		}
		return cited;
	}

	/** The level of the commitment's status scale the row names. */
	private ScaleLevel level(Commitment commitment, RowCells<Progress> cells) {
		String text = cells.text(Progress.STATUS);
		Scale scale = CommitmentStatus.scale(commitment);
		if (scale == null) {
			cells.problem(Progress.STATUS, "the plan of " + index.qualifiedName(commitment) + " has no status scale"
					+ " ('status scale' in the plan) to report progress on");
			return null;
		}
		List<ScaleLevel> levels = CommitmentStatus.levels(scale);
		for (ScaleLevel level : levels) {
			if (level.getName().equals(text) || level.getName().equalsIgnoreCase(text)
					|| (level.getTitle() != null && level.getTitle().equalsIgnoreCase(text))) {
				return level;
			}
		}
		List<String> known = levels.stream().map(ScaleLevel::getName).toList();
		cells.problem(Progress.STATUS, (text.isEmpty() ? "the row gives no status" : "'" + text + "' is not a level of"
				+ " the status scale") + " (" + String.join(", ", known) + ")");
		return null;
	}
}
