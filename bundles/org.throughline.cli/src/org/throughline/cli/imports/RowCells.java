package org.throughline.cli.imports;

import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.throughline.dsl.linking.NearestName;
import org.throughline.model.values.CalendarDate;

/**
 * The cells of one row of a spreadsheet of a kind whose columns are the constants of {@code C}, read by column,
 * each problem noted with its row and column as the spreadsheet program numbers them.
 */
final class RowCells<C extends Enum<C> & ColumnHeading> {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final String file;
	private final Spreadsheet.Row row;
	private final Map<C, Integer> columns;
	private final List<ImportProblem> problems;

	RowCells(String file, Spreadsheet.Row row, Map<C, Integer> columns, List<ImportProblem> problems) {
		this.file = file;
		this.row = row;
		this.columns = columns;
		this.problems = problems;
	}

	/** The header's columns, by position; unknown and repeated headings are problems. */
	static <C extends Enum<C> & ColumnHeading> Map<C, Integer> columns(Spreadsheet sheet, Class<C> kind,
			List<ImportProblem> problems) {
		Map<String, C> byHeader = new LinkedHashMap<>();
		for (C column : kind.getEnumConstants()) {
			byHeader.put(column.header(), column);
		}
		Map<C, Integer> columns = new EnumMap<>(kind);
		List<String> header = sheet.header();
		for (int i = 0; i < header.size(); i++) {
			String heading = header.get(i).strip().toLowerCase(Locale.ROOT);
			if (heading.isEmpty()) {
				continue;
			}
			C column = byHeader.get(heading);
			if (column == null) {
				String nearest = NearestName.among(heading, byHeader.keySet());
				problems.add(new ImportProblem(sheet.name(), 1, i + 1, "unknown column '" + header.get(i) + "'"
						+ (nearest == null ? "" : "; did you mean '" + nearest + "'?")));
			} else if (columns.putIfAbsent(column, i) != null) {
				problems.add(new ImportProblem(sheet.name(), 1, i + 1, "the column '" + heading + "' is given twice"));
			}
		}
		return columns;
	}

	int problemCount() {
		return problems.size();
	}

	int row() {
		return row.number();
	}

	String text(C column) {
		Integer at = columns.get(column);
		return at == null ? "" : MatrixImport.unneutralised(row.cell(at)).strip();
	}

	/** The names of a cell, separated by "; ". */
	List<String> list(C column) {
		String text = text(column);
		return text.isEmpty() ? List.of()
				: Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	void problem(C column, String message) {
		Integer at = columns.get(column);
		problems.add(new ImportProblem(file, row.number(), at == null ? 1 : at + 1, message));
	}

	/** A name for a new element; null, with a problem, when it cannot be one (or is missing and required). */
	String name(C column, boolean required) {
		String text = text(column);
		if (text.isEmpty()) {
			if (required) {
				problem(column, "the row names no " + column.header());
			}
			return null;
		}
		if (!NAME.matcher(text).matches()) {
			problem(column, "'" + text + "' cannot be a name in the plan language: letters, digits and _ only,"
					+ " not starting with a digit");
			return null;
		}
		return text;
	}

	/** The element a required cell names; null, with a problem and the nearest name, when it names none. */
	<T extends EObject> T element(C column, Class<T> type, String kind, ElementNames names) {
		String text = text(column);
		if (text.isEmpty()) {
			problem(column, "the row names no " + kind);
			return null;
		}
		ElementNames.Found<T> found = names.find(text, type, kind);
		if (found.element() == null) {
			problem(column, found.problem());
		}
		return found.element();
	}

	/** One of a list of words (a stance, an outcome); null when empty, or, with a problem, when not one of them. */
	<E> E literal(C column, Function<String, E> parse, List<String> literals) {
		String text = text(column).toLowerCase(Locale.ROOT);
		if (text.isEmpty()) {
			return null;
		}
		E value = parse.apply(text);
		if (value == null) {
			String nearest = NearestName.among(text, literals);
			problem(column, "'" + text(column) + "' is not a " + column.header() + " (" + String.join(", ", literals)
					+ ")" + (nearest == null ? "" : "; did you mean '" + nearest + "'?"));
		}
		return value;
	}

	/** A date written as the language writes one; empty when the cell is, with a problem when malformed. */
	String date(C column) {
		String text = text(column);
		if (!text.isEmpty()) {
			try {
				CalendarDate.valueOf(text);
			} catch (DateTimeParseException | IllegalArgumentException e) {
				problem(column, "'" + text + "' is not a date written as 2010-11-12");
			}
		}
		return text;
	}
}
