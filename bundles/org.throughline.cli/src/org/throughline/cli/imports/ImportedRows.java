package org.throughline.cli.imports;

import java.util.List;

/**
 * What the rows of a spreadsheet came to, whatever their kind: every bad row's problem, or, when there is none, how
 * many rows there were and how many change the plan (the edits themselves are in the import's
 * {@link PlanTextChanges}).
 */
public record ImportedRows(List<ImportProblem> problems, int rows, int rowsChanged) {
}
