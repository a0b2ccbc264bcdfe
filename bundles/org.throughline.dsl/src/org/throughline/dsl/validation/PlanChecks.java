package org.throughline.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.PlanPackage;

import com.google.inject.Inject;

/**
 * What the groups of checks composed into {@link PlanValidator} share. They report with {@code addIssue}, so that the
 * severity of each finding comes from the project's settings, and give quick fixes data as qualified names.
 */
abstract class PlanChecks extends AbstractDeclarativeValidator {

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	@Inject
	private IQualifiedNameConverter nameConverter;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(PlanPackage.eINSTANCE);
	}

	/** Composed into {@link PlanValidator}, which alone is registered for the language. */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	/** The qualified name by which other files refer to {@code element}; {@code null} when it has none. */
	protected String qualifiedName(EObject element) {
		if (element == null || element.eIsProxy()) {
			return null;
		}
		QualifiedName name = qualifiedNames.getFullyQualifiedName(element);
		return name == null ? null : nameConverter.toString(name);
	}

	/** {@code 'name'}, as messages quote an element. */
	protected static String quoted(NamedElement element) {
		return "'" + element.getName() + "'";
	}

	/** {@code 'a', 'b' and 'c'}. */
	protected static String quotedList(List<? extends NamedElement> elements) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < elements.size(); i++) {
			if (i > 0) {
				text.append(i == elements.size() - 1 ? " and " : ", ");
			}
			text.append(quoted(elements.get(i)));
		}
		return text.toString();
	}
}
