/**
 * What a restructure does to ownership: {@link org.throughline.trace.restructure.RestructureImpact#of} lists each
 * move with the commitments it affects, and the owners no longer in force with what they still own.
 */
package org.throughline.trace.restructure;
