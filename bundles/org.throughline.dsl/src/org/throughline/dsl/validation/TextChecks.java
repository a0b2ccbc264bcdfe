package org.throughline.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.values.PortableText;

/**
 * Every text of a plan can be published and exported: a character that no output can carry (a control character such
 * as U+0000, a noncharacter) is reported where it is written, and every output writes U+FFFD in its place.
 */
class TextChecks extends PlanChecks {

	@Check
	public void textsHoldOnlyCharactersEveryOutputCarries(EObject element) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType().getInstanceClass() != String.class || !element.eIsSet(attribute)) {
				continue;
			}
			if (attribute.isMany()) {
				@SuppressWarnings("unchecked")
				List<String> values = (List<String>) element.eGet(attribute);
				for (int i = 0; i < values.size(); i++) {
					check(element, attribute, i, values.get(i));
				}
			} else {
				check(element, attribute, INSIGNIFICANT_INDEX, (String) element.eGet(attribute));
			}
		}
	}

	private void check(EObject element, EAttribute attribute, int index, String text) {
		int at = PortableText.firstForbidden(text);
		if (at < 0) {
			return;
		}
		String kind = element.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
		String owner = element instanceof NamedElement named && named.getName() != null
				? " of the " + kind + " " + quoted(named)
				: " of " + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
		addIssue("The " + attribute.getName() + owner + " holds " + PortableText.codePoint(text.charAt(at))
				+ " at character " + (at + 1) + ", which no page or export can carry; it is written as "
				+ PortableText.REPLACEMENT + " there. Delete it, or write what it stands for", element, attribute,
				index, IssueCodes.CONTROL_CHARACTER);
	}
}
