package org.throughline.trace.matrix;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.throughline.model.labels.Labels;
import org.throughline.model.monitoring.CommitmentStatus;
import org.throughline.model.plan.Milestone;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.model.plan.Response;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.holes.Hole;
import org.throughline.trace.matrix.TraceMatrix.Row;
import org.throughline.trace.monitoring.MonitoringReport;

/**
 * The columns of the traceability matrix, in order, as every export writes them (the CSV of the command line and
 * of the workbench) and as an import reads them back. Elements are written by qualified name, the identifier that
 * survives edits; several values in one cell are separated by {@value #SEPARATOR}.
 */
public enum MatrixColumn {

	COMMITMENT("commitment", (row, index) -> index.qualifiedName(row.commitment())),
	TITLE("title", (row, index) -> Labels.label(row.commitment())),
	PLAN("plan", (row, index) -> TraceIndex.planOf(row.commitment()).map(index::qualifiedName).orElse("")),
	AIM("aim", (row, index) -> join(index.aimsOf(row.commitment()), index::qualifiedName)),
	THEME("theme", (row, index) -> join(TraceIndex.themesOf(row.commitment()), index::qualifiedName)),
	KIND("kind", (row, index) -> row.commitment().getKind().getLiteral()),
	LEAD("lead", (row, index) -> owners(row, index, OwnershipRole.LEAD)),
	SUPPORTING("supporting", (row, index) -> owners(row, index, OwnershipRole.SUPPORTING)),
	ACCOUNTABLE("accountable", (row, index) -> owners(row, index, OwnershipRole.ACCOUNTABLE)),
	PARTNERS("partners", (row, index) -> owners(row, index, OwnershipRole.PARTNER)),
	INDICATORS("indicators", (row, index) -> join(row.indicators(), index::qualifiedName)),
	MILESTONES("milestones", (row, index) -> join(row.commitment().getMilestones(), MatrixColumn::milestone)),
	NOT_MEASURABLE_BECAUSE("not measurable because",
			(row, index) -> nullToEmpty(row.commitment().getNotMeasurableReason())),
	RESPONSES("responses", (row, index) -> join(row.responses(), index::qualifiedName)),
	REPLIES("replies", (row, index) -> join(row.responses(), MatrixColumn::outcome)),
	INSPECTION_ACTIONS("inspection actions", (row, index) -> join(row.actions(), index::qualifiedName)),
	ACTIONS("actions", (row, index) -> join(index.actionsDelivering(row.commitment()), index::qualifiedName)),
	REPORTED_FOR("reported for", (row, index) -> current(row).map(s -> s.period().toString()).orElse("")),
	STATUS("status", (row, index) -> current(row).filter(s -> s.status() != null)
			.map(s -> Labels.label(s.status())).orElse("")),
	RATING("rating", (row, index) -> current(row).map(s -> s.figures().word()).orElse("")),
	HOLES("holes", (row, index) -> join(List.copyOf(row.holes()), Hole::code));

	/** Between several values in one cell. */
	public static final String SEPARATOR = "; ";

	private interface Cell {
		String value(Row row, TraceIndex index);
	}

	private final String header;
	private final Cell cell;

	MatrixColumn(String header, Cell cell) {
		this.header = header;
		this.cell = cell;
	}

	/** The column's heading in the first CSV row. */
	public String header() {
		return header;
	}

	/** The text of this column for a row; never null. */
	public String value(Row row, TraceIndex index) {
		return cell.value(row, index);
	}

	/** The commitment's status and its indicators' worst rating for the period its plan reports on now. */
	private static Optional<CommitmentStatus> current(Row row) {
		return TraceIndex.planOf(row.commitment()).flatMap(MonitoringReport::currentPeriod)
				.map(period -> MonitoringReport.statusFor(row.commitment(), period));
	}

	private static String owners(Row row, TraceIndex index, OwnershipRole role) {
		return join(row.ownerships().stream().filter(o -> o.getRole() == role).toList(),
				(Ownership o) -> index.qualifiedName(o.getOwner()));
	}

	/** "All services online (by 2014-03-31, done 2014-02-01)". */
	private static String milestone(Milestone milestone) {
		StringBuilder text = new StringBuilder(nullToEmpty(milestone.getTitle()));
		if (milestone.getDue() != null) {
			text.append(" (by ").append(milestone.getDue());
			if (milestone.getDone() != null) {
				text.append(", done ").append(milestone.getDone());
			}
			text.append(')');
		}
		return text.toString();
	}

	/** The reply's outcome for each response, "unanswered" when it has none. */
	private static String outcome(Response response) {
		return response.getReply() == null ? "unanswered" : Labels.outcome(response.getReply().getOutcome());
	}

	private static <T> String join(List<T> items, Function<T, String> text) {
		return items.stream().map(text).collect(Collectors.joining(SEPARATOR));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
