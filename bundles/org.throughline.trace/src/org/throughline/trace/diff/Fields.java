package org.throughline.trace.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.throughline.model.plan.PlanPackage;

/**
 * Which features of an element a comparison reads, and what people call them.
 * <p>
 * The features are taken from the metamodel, so that a feature added to the model is compared without a change
 * here: every feature of the element's class except its name (by which elements are matched), derived features,
 * and the elements it contains that have names of their own (a plan's commitments, a restructure's moves), which
 * are compared as elements in their own right. The words are the feature's name split at its capitals, or the
 * plan language's words where the name says something else ({@code ownerships} are "owners").
 */
final class Fields {

	private static final PlanPackage PLAN = PlanPackage.eINSTANCE;

	private static final Map<EStructuralFeature, String> WORDS = Map.ofEntries(
			Map.entry(PLAN.getCommitment_Ownerships(), "owners"),
			Map.entry(PLAN.getCommitment_NotMeasurableReason(), "not measurable because"),
			Map.entry(PLAN.getCommitment_Indicators(), "measured by"),
			Map.entry(PLAN.getOwner_ValidFrom(), "in force from"),
			Map.entry(PLAN.getOwner_ValidUntil(), "in force until"),
			Map.entry(PLAN.getOwner_Successors(), "succeeded by"),
			Map.entry(PLAN.getOwner_Aliases(), "also called"),
			Map.entry(PLAN.getAim_Aliases(), "also called"),
			Map.entry(PLAN.getPost_Holder(), "held by"),
			Map.entry(PLAN.getIndicator_DataSource(), "data from"),
			Map.entry(PLAN.getIndicator_Polarity(), "better when"),
			Map.entry(PLAN.getResponse_ConcernsMoves(), "concerns moves"),
			Map.entry(PLAN.getResponse_Themes(), "under"),
			Map.entry(PLAN.getReply_Changed(), "changing"),
			Map.entry(PLAN.getReply_ChangedMoves(), "changing moves"),
			Map.entry(PLAN.getSourceReference_LineEnd(), "to line"),
			Map.entry(PLAN.getAppearance_Part(), "in"));

	// Computed once per class: a comparison asks for every element.
	private final Map<EClass, List<EStructuralFeature>> compared = new HashMap<>();

	/** The features compared for elements of this class, citations last. */
	List<EStructuralFeature> of(EClass eClass) {
		return compared.computeIfAbsent(eClass, Fields::select);
	}

	private static List<EStructuralFeature> select(EClass eClass) {
		List<EStructuralFeature> features = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || feature == PLAN.getNamedElement_Name()) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()
					&& PLAN.getNamedElement().isSuperTypeOf(reference.getEReferenceType())) {
				continue;
			}
			features.add(feature);
		}
		features.sort(Comparator.comparing(f -> f == PLAN.getSourced_Sources()));
		return List.copyOf(features);
	}

	/** What people call a feature: "statement", "owners", "superseded by". */
	static String word(EStructuralFeature feature) {
		String word = WORDS.get(feature);
		return word != null ? word : words(feature.getName());
	}

	/** A name written in camel case as lower-case words: "supersededBy" is "superseded by". */
	static String words(String camelCase) {
		StringBuilder words = new StringBuilder(camelCase.length() + 4);
		for (int i = 0; i < camelCase.length(); i++) {
			char c = camelCase.charAt(i);
			if (Character.isUpperCase(c)) {
				if (i > 0) {
					words.append(' ');
				}
				words.append(Character.toLowerCase(c));
			} else {
				words.append(c);
			}
		}
		return words.toString();
	}

	static boolean isText(EStructuralFeature feature) {
		return feature instanceof EAttribute attribute && !attribute.isMany()
				&& attribute.getEAttributeType().getInstanceClass() == String.class;
	}
}
