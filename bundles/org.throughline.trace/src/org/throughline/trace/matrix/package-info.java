/**
 * The traceability matrix, a row per commitment ({@link org.throughline.trace.matrix.TraceMatrix}), its columns
 * as every export writes them ({@link org.throughline.trace.matrix.MatrixColumn}) and its CSV form with
 * formula-injection guarding ({@link org.throughline.trace.matrix.MatrixCsv}).
 */
package org.throughline.trace.matrix;
