package org.throughline.html;

import org.eclipse.emf.ecore.EObject;

/**
 * A validation finding as the site shows it: on the problems page, and on the page of the element it concerns.
 *
 * @param location where, as {@code file:line:column}
 * @param severity "error", "warning" or "info"
 * @param code     the finding's code, or null
 * @param message  what is wrong
 * @param subject  the model element it concerns, or null for a finding about a whole file
 */
public record Finding(String location, String severity, String code, String message, EObject subject) {
}
