package org.throughline.cli.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.throughline.cli.imports.Statements.Statement;
import org.throughline.dsl.ide.quickfix.fixes.Blocks;
import org.throughline.dsl.text.StringLiteral;
import org.throughline.dsl.text.TextEdit;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Milestone;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.model.plan.PlanPackage;
import org.throughline.model.values.CalendarDate;
import org.throughline.model.values.Deadline;
import org.throughline.model.values.PortableText;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.matrix.MatrixColumn;

/**
 * Rows of the traceability matrix, as {@code export} writes them and a scrutiny officer edits them, brought back
 * into the plan: a changed cell of owners ({@code lead}, {@code supporting}, {@code accountable}) or measures
 * ({@code indicators}, {@code milestones}, {@code not measurable because}) sets them on that row's commitment, an
 * emptied cell removes them, and a cell that says what the plan says changes nothing. The other columns are there
 * to be read (they are worked out from the plan) and are not imported.
 */
public final class MatrixImport {

	/** The columns an import sets; the others are read-only. */
	public static final Set<MatrixColumn> IMPORTED = EnumSet.of(MatrixColumn.LEAD, MatrixColumn.SUPPORTING,
			MatrixColumn.ACCOUNTABLE, MatrixColumn.PARTNERS, MatrixColumn.INDICATORS, MatrixColumn.MILESTONES,
			MatrixColumn.NOT_MEASURABLE_BECAUSE);

	/** The words that start a statement in a commitment's block, besides the elements written in it. */
	private static final Set<String> COMMITMENT_STATEMENTS = Set.of("kind", "statement", "aim", "theme", "condition",
			"depends", "measured", "not", "status", "source");

	// "Title (by 2014-03-31)" or "Title (by 2014-03-31, done 2014-02-01)", as the export writes a milestone
	private static final Pattern MILESTONE = Pattern
			.compile("\\s*(.*?)\\s*\\(by\\s+([^,()]+?)(?:,\\s*done\\s+([^,()]+?))?\\)\\s*(?:;|$)");

	/** A milestone as a cell writes it. */
	record MilestoneText(String title, Deadline due, CalendarDate done) {
	}

	/** What one row asks for: the new values of the columns whose cells differ from the plan. */
	private record Wanted(Commitment commitment, Map<MatrixColumn, Object> values) {
	}

	private final TraceIndex index;
	private final ElementNames names;
	private final Blocks blocks;

	public MatrixImport(TraceIndex index, org.throughline.dsl.scoping.PlanIndex planIndex, Blocks blocks) {
		this.index = index;
		this.names = new ElementNames(index, planIndex);
		this.blocks = blocks;
	}

	/** True when a header row is the matrix export's: a commitment column and at least one column it imports. */
	public static boolean recognises(List<String> header) {
		return header.contains(MatrixColumn.COMMITMENT.header())
				&& IMPORTED.stream().anyMatch(c -> header.contains(c.header()));
	}

	/**
	 * Checks every row and, when none has a problem, works out the edits.
	 *
	 * @param texts the current text of each loaded file, by the file's name relative to the plan folder
	 * @param fileOf the name of the file an element is written in, as {@code texts} keys it
	 */
	public ImportedRows run(Spreadsheet sheet, PlanTextChanges changes, java.util.function.Function<EObject, String> fileOf,
			Map<String, String> texts) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<Integer, MatrixColumn> columns = columns(sheet, problems);
		int commitmentColumn = columns.entrySet().stream().filter(e -> e.getValue() == MatrixColumn.COMMITMENT)
				.map(Map.Entry::getKey).findFirst().orElse(-1);
		if (commitmentColumn < 0) {
			problems.add(new ImportProblem(sheet.name(), 1, 1, "the header has no 'commitment' column"));
			return new ImportedRows(problems, 0, 0);
		}
		Map<Commitment, Integer> seen = new HashMap<>();
		List<Wanted> wanted = new ArrayList<>();
		List<Spreadsheet.Row> body = sheet.body();
		for (Spreadsheet.Row row : body) {
			String typed = row.cell(commitmentColumn).strip();
			if (typed.isEmpty()) {
				problems.add(new ImportProblem(sheet.name(), row.number(), commitmentColumn + 1,
						"the row names no commitment"));
				continue;
			}
			ElementNames.Found<Commitment> found = names.find(typed, Commitment.class, "commitment");
			if (found.element() == null) {
				problems.add(new ImportProblem(sheet.name(), row.number(), commitmentColumn + 1, found.problem()));
				continue;
			}
			Commitment commitment = found.element();
			Integer earlier = seen.putIfAbsent(commitment, row.number());
			if (earlier != null) {
				problems.add(new ImportProblem(sheet.name(), row.number(), commitmentColumn + 1,
						"duplicate row: " + index.qualifiedName(commitment) + " is already on row " + earlier));
				continue;
			}
			Map<MatrixColumn, Object> values = new EnumMap<>(MatrixColumn.class);
			for (Map.Entry<Integer, MatrixColumn> column : columns.entrySet()) {
				if (!IMPORTED.contains(column.getValue())) {
					continue;
				}
				String cell = row.cell(column.getKey());
				String unchanged = column.getValue().value(matrixRow(commitment), index);
				if (PortableText.portable(cell).equals(unchanged) || unneutralised(cell).equals(unneutralised(unchanged))) {
					continue;
				}
				Object value = parse(column.getValue(), unneutralised(cell), sheet.name(), row.number(),
						column.getKey() + 1, problems);
				if (value != null && !sameAsPlan(commitment, column.getValue(), value)) {
					values.put(column.getValue(), value);
				}
			}
			if (!values.isEmpty()) {
				wanted.add(new Wanted(commitment, values));
			}
		}
		if (!problems.isEmpty()) {
			return new ImportedRows(problems, body.size(), 0);
		}
		for (Wanted want : wanted) {
			edit(want, changes, fileOf.apply(want.commitment()), texts);
		}
		return new ImportedRows(problems, body.size(), wanted.size());
	}

	private org.throughline.trace.matrix.TraceMatrix.Row matrixRow(Commitment commitment) {
		return org.throughline.trace.matrix.TraceMatrix.of(index, List.of(commitment)).rows().get(0);
	}

	/** The columns of the header, by position; unknown and repeated headings are problems. */
	private static Map<Integer, MatrixColumn> columns(Spreadsheet sheet, List<ImportProblem> problems) {
		Map<String, MatrixColumn> byHeader = new LinkedHashMap<>();
		for (MatrixColumn column : MatrixColumn.values()) {
			byHeader.put(column.header(), column);
		}
		Map<Integer, MatrixColumn> columns = new LinkedHashMap<>();
		List<String> header = sheet.header();
		for (int i = 0; i < header.size(); i++) {
			String heading = header.get(i);
			if (heading.isEmpty()) {
				continue;
			}
			MatrixColumn column = byHeader.get(heading);
			if (column == null) {
				String near = org.throughline.dsl.linking.NearestName.among(heading, byHeader.keySet());
				problems.add(new ImportProblem(sheet.name(), 1, i + 1, "unknown column '" + heading + "'"
						+ (near == null ? "" : "; did you mean '" + near + "'?")));
			} else if (columns.containsValue(column)) {
				problems.add(new ImportProblem(sheet.name(), 1, i + 1, "the column '" + heading + "' is there twice"));
			} else {
				columns.put(i, column);
			}
		}
		return columns;
	}

	/** A cell as the user meant it: without the apostrophe the export puts before text a spreadsheet would run. */
	static String unneutralised(String cell) {
		if (cell == null) {
			return "";
		}
		if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}

	private Object parse(MatrixColumn column, String cell, String file, int row, int col, List<ImportProblem> problems) {
		String text = cell.strip();
		switch (column) {
			case LEAD, SUPPORTING, ACCOUNTABLE, PARTNERS:
				return elements(text, Owner.class, "owner", file, row, col, problems);
			case INDICATORS:
				return elements(text, Indicator.class, "indicator", file, row, col, problems);
			case MILESTONES:
				return milestones(text, file, row, col, problems);
			case NOT_MEASURABLE_BECAUSE:
				return text;
			default:
				throw new IllegalArgumentException("not an imported column: " + column);
		}
	}

	private <T extends EObject> List<T> elements(String text, Class<T> type, String kind, String file, int row, int col,
			List<ImportProblem> problems) {
		Set<T> found = new LinkedHashSet<>();
		boolean bad = false;
		for (String part : text.split(";")) {
			String name = part.strip();
			if (name.isEmpty()) {
				continue;
			}
			ElementNames.Found<T> element = names.find(name, type, kind);
			if (element.element() == null) {
				problems.add(new ImportProblem(file, row, col, element.problem()));
				bad = true;
			} else {
				found.add(element.element());
			}
		}
		return bad ? null : List.copyOf(found);
	}

	private static List<MilestoneText> milestones(String text, String file, int row, int col, List<ImportProblem> problems) {
		List<MilestoneText> milestones = new ArrayList<>();
		Matcher matcher = MILESTONE.matcher(text);
		int at = 0;
		while (at < text.length()) {
			matcher.region(at, text.length());
			if (!matcher.lookingAt() || matcher.group(1).isEmpty()) {
				int end = text.indexOf(';', at);
				String one = text.substring(at, end < 0 ? text.length() : end).strip();
				problems.add(new ImportProblem(file, row, col, "'" + one
						+ "' is not a milestone: write 'Title (by 2014-03-31)' or 'Title (by 2014-03-31, done 2014-02-01)'"));
				return null;
			}
			try {
				milestones.add(new MilestoneText(matcher.group(1), Deadline.valueOf(matcher.group(2)),
						matcher.group(3) == null ? null : CalendarDate.valueOf(matcher.group(3))));
			} catch (IllegalArgumentException e) {
				problems.add(new ImportProblem(file, row, col, "milestone '" + matcher.group(1) + "': " + e.getMessage()));
				return null;
			}
			at = matcher.end();
		}
		return milestones;
	}

	private static List<Owner> owners(Commitment commitment, OwnershipRole role) {
		return commitment.getOwnerships().stream().filter(o -> o.getRole() == role && TraceIndex.resolved(o.getOwner()))
				.map(Ownership::getOwner).toList();
	}

	private static OwnershipRole role(MatrixColumn column) {
		return switch (column) {
			case LEAD -> OwnershipRole.LEAD;
			case SUPPORTING -> OwnershipRole.SUPPORTING;
			case ACCOUNTABLE -> OwnershipRole.ACCOUNTABLE;
			case PARTNERS -> OwnershipRole.PARTNER;
			default -> throw new IllegalArgumentException(column.toString());
		};
	}

	private static List<MilestoneText> milestonesOf(Commitment commitment) {
		return commitment.getMilestones().stream()
				.map(m -> new MilestoneText(m.getTitle() == null ? "" : m.getTitle(), m.getDue(), m.getDone())).toList();
	}

	/** True when a parsed cell says what the plan says, in another order or spelling of the names. */
	private static boolean sameAsPlan(Commitment commitment, MatrixColumn column, Object value) {
		return switch (column) {
			case LEAD, SUPPORTING, ACCOUNTABLE, PARTNERS -> Set.copyOf(owners(commitment, role(column))).equals(Set.copyOf((List<?>) value));
			case INDICATORS -> Set.copyOf(TraceIndex.resolvedOnly(commitment.getIndicators())).equals(Set.copyOf((List<?>) value));
			case MILESTONES -> milestonesOf(commitment).equals(value);
			case NOT_MEASURABLE_BECAUSE -> Objects.equals(
					commitment.getNotMeasurableReason() == null ? "" : commitment.getNotMeasurableReason(), value);
			default -> true;
		};
	}

	// ------------------------------------------------------------------ the edits

	private void edit(Wanted want, PlanTextChanges changes, String file, Map<String, String> texts) {
		Commitment commitment = want.commitment();
		String text = texts.get(file);
		Statements statements = Statements.of(commitment, COMMITMENT_STATEMENTS).orElseThrow();
		String indent = indentation(text, commitment, statements);
		String newline = text.contains("\r\n") ? "\r\n" : "\n";
		Writer writer = new Writer(changes, file, text, statements, indent, newline);
		for (MatrixColumn role : List.of(MatrixColumn.LEAD, MatrixColumn.SUPPORTING, MatrixColumn.ACCOUNTABLE,
				MatrixColumn.PARTNERS)) {
			if (want.values().containsKey(role)) {
				editOwners(commitment, role(role), castList(want.values().get(role), Owner.class), writer);
			}
		}
		if (want.values().containsKey(MatrixColumn.INDICATORS)) {
			editIndicators(commitment, castList(want.values().get(MatrixColumn.INDICATORS), Indicator.class), writer);
		}
		if (want.values().containsKey(MatrixColumn.MILESTONES)) {
			editMilestones(commitment, castList(want.values().get(MatrixColumn.MILESTONES), MilestoneText.class), writer);
		}
		if (want.values().containsKey(MatrixColumn.NOT_MEASURABLE_BECAUSE)) {
			editReason(commitment, (String) want.values().get(MatrixColumn.NOT_MEASURABLE_BECAUSE), writer);
		}
	}

	private static <T> List<T> castList(Object value, Class<T> type) {
		return ((List<?>) value).stream().map(type::cast).toList();
	}

	private void editOwners(Commitment commitment, OwnershipRole role, List<Owner> wanted, Writer writer) {
		List<Owner> current = owners(commitment, role);
		for (Ownership ownership : commitment.getOwnerships()) {
			if (ownership.getRole() == role && TraceIndex.resolved(ownership.getOwner())
					&& !wanted.contains(ownership.getOwner())) {
				writer.statements.written(ownership).ifPresent(writer::remove);
			}
		}
		for (Owner owner : wanted) {
			if (!current.contains(owner)) {
				String name = nameFrom(commitment, PlanPackage.Literals.OWNERSHIP__OWNER, owner);
				writer.insert(after(writer.statements, "owner", Set.of("measured", "milestone", "not", "status", "update",
						"source")), "owner " + role.getLiteral() + " " + name);
			}
		}
	}

	private void editIndicators(Commitment commitment, List<Indicator> wanted, Writer writer) {
		List<Statement> measured = writer.statements.starting("measured");
		List<INode> references = NodeModelUtils.findNodesForFeature(commitment, PlanPackage.Literals.COMMITMENT__INDICATORS);
		List<Indicator> written = commitment.getIndicators();
		Set<Indicator> kept = new LinkedHashSet<>();
		Statement last = null;
		List<String> lastNames = null;
		for (Statement statement : measured) {
			List<String> keptNames = new ArrayList<>();
			boolean dropped = false;
			for (int i = 0; i < references.size() && i < written.size(); i++) {
				INode reference = references.get(i);
				if (reference.getOffset() < statement.offset() || reference.getOffset() >= statement.end()) {
					continue;
				}
				Indicator indicator = written.get(i);
				if (wanted.contains(indicator) && kept.add(indicator)) {
					keptNames.add(NodeModelUtils.getTokenText(reference));
				} else {
					dropped = true;
				}
			}
			if (keptNames.isEmpty()) {
				writer.remove(statement);
			} else {
				if (dropped) {
					writer.replace(statement, "measured by " + String.join(", ", keptNames));
				}
				last = statement;
				lastNames = keptNames;
			}
		}
		List<String> added = wanted.stream().filter(i -> !kept.contains(i))
				.map(i -> nameFrom(commitment, PlanPackage.Literals.COMMITMENT__INDICATORS, i)).toList();
		if (added.isEmpty()) {
			return;
		}
		if (last != null) {
			List<String> all = new ArrayList<>(lastNames);
			all.addAll(added);
			writer.replace(last, "measured by " + String.join(", ", all));
		} else {
			writer.insert(after(writer.statements, "owner", Set.of("milestone", "not", "status", "update", "source")),
					"measured by " + String.join(", ", added));
		}
	}

	private void editMilestones(Commitment commitment, List<MilestoneText> wanted, Writer writer) {
		List<MilestoneText> current = milestonesOf(commitment);
		for (Milestone milestone : commitment.getMilestones()) {
			MilestoneText text = new MilestoneText(milestone.getTitle() == null ? "" : milestone.getTitle(),
					milestone.getDue(), milestone.getDone());
			if (!wanted.contains(text)) {
				writer.statements.written(milestone).ifPresent(writer::remove);
			}
		}
		Anchor anchor = after(writer.statements, "milestone", Set.of("not", "status", "update", "source"));
		if (anchor.after() == null && writer.statements.lastOf("milestone").isEmpty()) {
			anchor = after(writer.statements, "measured", Set.of("not", "status", "update", "source"));
		}
		for (MilestoneText milestone : wanted) {
			if (!current.contains(milestone)) {
				writer.insert(anchor, "milestone " + quoted(milestone.title()) + " by " + milestone.due()
						+ (milestone.done() == null ? "" : " done " + milestone.done()));
			}
		}
	}

	private void editReason(Commitment commitment, String reason, Writer writer) {
		Optional<Statement> written = writer.statements.lastOf("not");
		if (written.isPresent()) {
			if (reason.isEmpty()) {
				writer.remove(written.get());
			} else {
				for (INode node : NodeModelUtils.findNodesForFeature(commitment,
						PlanPackage.Literals.COMMITMENT__NOT_MEASURABLE_REASON)) {
					writer.replace(node.getOffset(), node.getOffset() + node.getLength(), quoted(reason));
				}
			}
		} else if (!reason.isEmpty()) {
			Anchor anchor = after(writer.statements, "milestone", Set.of("status", "update", "source"));
			if (anchor.after() == null && writer.statements.lastOf("milestone").isEmpty()) {
				anchor = after(writer.statements, "measured", Set.of("status", "update", "source"));
			}
			writer.insert(anchor, "not measurable because " + quoted(reason));
		}
	}

	private static String quoted(String text) {
		return StringLiteral.of(text);
	}

	/** The shortest name that reaches {@code target} from the commitment, as a quick fix writes it. */
	private String nameFrom(Commitment commitment, EReference reference, EObject target) {
		String qualified = index.qualifiedName(target);
		return blocks.nameInScope(commitment, reference, qualified).map(Blocks.Named::text).orElse(qualified);
	}

	/** Where a new statement goes: after the last statement of its own kind, else before the first that follows it. */
	private record Anchor(Statement after, Statement before) {
	}

	private static Anchor after(Statements statements, String word, Set<String> followers) {
		Optional<Statement> last = statements.lastOf(word);
		if (last.isPresent()) {
			return new Anchor(last.get(), null);
		}
		return new Anchor(null, statements.firstOf(followers).orElse(null));
	}

	/** The indentation of the block's statements, or one tab more than the element's line when it has none. */
	private static String indentation(String text, Commitment commitment, Statements statements) {
		if (!statements.all().isEmpty()) {
			int offset = statements.all().get(0).offset();
			int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
			String before = text.substring(lineStart, offset);
			if (before.isBlank()) {
				return before;
			}
		}
		INode node = NodeModelUtils.getNode(commitment);
		int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		String before = text.substring(lineStart, node.getOffset());
		return (before.isBlank() ? before : "") + "\t";
	}

	/** Writes edits of one commitment's statements, a whole line at a time where the statement has its own line. */
	private static final class Writer {
		private final PlanTextChanges changes;
		private final String file;
		private final String text;
		private final Statements statements;
		private final String indent;
		private final String newline;

		Writer(PlanTextChanges changes, String file, String text, Statements statements, String indent, String newline) {
			this.changes = changes;
			this.file = file;
			this.text = text;
			this.statements = statements;
			this.indent = indent;
			this.newline = newline;
		}

		/** Removes a statement, with its line when nothing else is written on it. */
		void remove(Statement statement) {
			int lineStart = text.lastIndexOf('\n', statement.offset() - 1) + 1;
			int lineEnd = text.indexOf('\n', statement.end());
			lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
			if (text.substring(lineStart, statement.offset()).isBlank()
					&& text.substring(statement.end(), lineEnd).isBlank()) {
				changes.edit(file, text, new TextEdit(lineStart, lineEnd - lineStart, ""));
			} else {
				changes.edit(file, text, new TextEdit(statement.offset(), statement.end() - statement.offset(), ""));
			}
		}

		void replace(Statement statement, String replacement) {
			replace(statement.offset(), statement.end(), replacement);
		}

		void replace(int from, int to, String replacement) {
			changes.edit(file, text, new TextEdit(from, to - from, replacement));
		}

		/** Adds a statement on a line of its own, after or before the anchor's statement, else before the brace. */
		void insert(Anchor anchor, String statement) {
			if (anchor.after() != null) {
				int lineEnd = text.indexOf('\n', anchor.after().end());
				if (lineEnd >= 0 && text.substring(anchor.after().end(), lineEnd).isBlank()) {
					changes.edit(file, text, TextEdit.insert(lineEnd + 1, indent + statement + newline));
					return;
				}
				changes.edit(file, text, TextEdit.insert(anchor.after().end(), newline + indent + statement));
				return;
			}
			int before = anchor.before() != null ? anchor.before().offset() : statements.closingBrace();
			int lineStart = text.lastIndexOf('\n', before - 1) + 1;
			if (text.substring(lineStart, before).isBlank()) {
				changes.edit(file, text, TextEdit.insert(lineStart, indent + statement + newline));
			} else {
				changes.edit(file, text, TextEdit.insert(before, statement + newline + indent));
			}
		}
	}
}
