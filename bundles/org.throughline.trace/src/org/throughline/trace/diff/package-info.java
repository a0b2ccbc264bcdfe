/**
 * What changed between two versions of a plan: {@link org.throughline.trace.diff.PlanDiff#between} matches the
 * elements of two indexes by qualified name, recognises renamed ones by their statement and title, and lists each
 * element added, removed, renamed, or changed with the features that differ; texts are compared word by word
 * ({@link org.throughline.trace.diff.WordDiff}).
 */
package org.throughline.trace.diff;
