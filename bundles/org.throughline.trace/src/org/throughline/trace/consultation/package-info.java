/**
 * "You said, we did": {@link org.throughline.trace.consultation.YouSaidWeDid#of} groups a consultation's
 * responses by theme with the reply's outcome and what it changed, and counts respondents by category.
 */
package org.throughline.trace.consultation;
