/**
 * Bringing spreadsheet rows into the plan's text: reading a CSV or .xlsx file into rows
 * ({@link org.throughline.cli.imports.SpreadsheetReader}), telling the kind of rows from the header, checking every
 * row before anything is changed ({@link org.throughline.cli.imports.ImportProblem}), and editing the .plan files
 * as text, laid out by the language's formatter ({@link org.throughline.cli.imports.PlanTextChanges}).
 */
package org.throughline.cli.imports;
