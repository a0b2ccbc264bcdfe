package org.throughline.trace.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.throughline.model.plan.PlanPackage;
import org.throughline.model.plan.Quantity;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.Values;

/**
 * The values of an element's feature written as text that is equal exactly when the values are: a reference as
 * the qualified name of its target, a figure as the papers write it, a text with its words joined by single spaces
 * (so that a text laid out over other lines is equal), and a contained part (an ownership, a target, a citation)
 * as its own features, "word value", separated by commas, with a part inside it in brackets.
 * <p>
 * A feature's values are sorted: the order in which owners or aims are listed says nothing. A reference that did
 * not resolve is left out, as the trace index leaves it out; so is a reference that {@code names} maps to null
 * (the old version's links to elements that the new one removed, which are reported with their removal).
 */
final class ValueText {

	private final TraceIndex index;
	private final Fields fields;
	private final UnaryOperator<String> names;

	/**
	 * @param index the version's index, which names the targets of references
	 * @param names maps each target's qualified name to the name it is compared under (the old version's names to
	 *              the new ones), or to null to leave the link out
	 */
	ValueText(TraceIndex index, Fields fields, UnaryOperator<String> names) {
		this.index = index;
		this.fields = fields;
		this.names = names;
	}

	/** The feature's values on {@code element}, sorted; empty when it is not set. */
	List<String> values(EObject element, EStructuralFeature feature) {
		// An enumeration left at its default is still a value the element has: a reply is "noted" unless it says otherwise.
		boolean defaultLiteral = feature instanceof EAttribute attribute && !attribute.isMany()
				&& attribute.getEAttributeType() instanceof EEnum;
		if (!element.eIsSet(feature) && !defaultLiteral) {
			return List.of();
		}
		List<String> values = new ArrayList<>();
		Object value = element.eGet(feature, true);
		if (feature.isMany()) {
			for (Object item : (List<?>) value) {
				add(values, feature, item);
			}
			Collections.sort(values);
		} else {
			add(values, feature, value);
		}
		return values;
	}

	private void add(List<String> values, EStructuralFeature feature, Object value) {
		String text = text(feature, value);
		if (text != null && !text.isEmpty()) {
			values.add(text);
		}
	}

	private String text(EStructuralFeature feature, Object value) {
		if (value == null) {
			return null;
		}
		if (feature instanceof EAttribute attribute) {
			return attribute(attribute, value);
		}
		EObject target = (EObject) value;
		if (((EReference) feature).isContainment()) {
			return target instanceof Quantity quantity ? Values.quantity(quantity) : part(target);
		}
		if (!TraceIndex.resolved(target)) {
			return null;
		}
		String name = index.qualifiedName(target);
		return name.isEmpty() ? part(target) : names.apply(name);
	}

	private static String attribute(EAttribute attribute, Object value) {
		return switch (value) {
			case String text -> String.join(" ", WordDiff.words(text));
			case BigDecimal number -> number.stripTrailingZeros().toPlainString();
			case Enumerator literal -> literal.getLiteral();
			default -> EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		};
	}

	// A contained part without a name of its own: each of its features that is set, "word value".
	private String part(EObject part) {
		List<String> words = new ArrayList<>();
		for (EStructuralFeature feature : fields.of(part.eClass())) {
			List<String> values = values(part, feature);
			if (values.isEmpty()) {
				continue;
			}
			boolean nested = feature instanceof EReference reference && reference.isContainment()
					&& !PlanPackage.eINSTANCE.getQuantity().isSuperTypeOf(reference.getEReferenceType());
			boolean text = Fields.isText(feature);
			List<String> written = values.stream().map(v -> nested ? "(" + v + ")" : text ? "\"" + v + "\"" : v)
					.toList();
			words.add(Fields.word(feature) + " " + String.join("; ", written));
		}
		return String.join(", ", words);
	}
}
