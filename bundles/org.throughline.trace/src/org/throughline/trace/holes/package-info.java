/**
 * What a commitment lacks: {@link org.throughline.trace.holes.Holes#of} gives its
 * {@link org.throughline.trace.holes.Hole}s, each with a stable code for exports.
 */
package org.throughline.trace.holes;
