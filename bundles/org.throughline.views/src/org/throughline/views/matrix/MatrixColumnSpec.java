package org.throughline.views.matrix;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.throughline.trace.matrix.TraceMatrix.Row;

/**
 * A column of the matrix as shown.
 *
 * @param header  the column heading
 * @param tooltip what the heading stands for, in full
 * @param target  the unit, indicator or response the column is about; null for the trace columns
 * @param cell    the text of the column's cell in a row; never null
 */
public record MatrixColumnSpec(String header, String tooltip, EObject target, Function<Row, String> cell) {
}
