package org.throughline.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.throughline.model.facts.DeliveryFacts;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Inspection;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanPackage;
import org.throughline.model.plan.Scale;

/**
 * Lets a grade or status name a level of the scale in force where it is written, by its short name: inside
 * {@code indicator ... { unit grade on OfstedGrade ... grade Inadequate }} the level {@code Inadequate} of
 * {@code OfstedGrade} is found without an import; a progress update of a business-plan action names a level of the
 * status scale of the plan it delivers. Qualified names still work everywhere.
 */
public class PlanScopeProvider extends AbstractPlanScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		IScope standard = super.getScope(context, reference);
		if (reference == PlanPackage.Literals.GRADE__LEVEL || reference == PlanPackage.Literals.JUDGEMENT__GRADE
				|| reference == PlanPackage.Literals.COMMITMENT__STATUS
				|| reference == PlanPackage.Literals.PROGRESS_UPDATE__STATUS) {
			Scale scale = scaleInForce(context);
			if (scale != null && !scale.eIsProxy()) {
				return Scopes.scopeFor(scale.getLevels(), standard);
			}
		}
		return standard;
	}

	private static Scale scaleInForce(EObject context) {
		for (EObject container = context; container != null; container = container.eContainer()) {
			if (container instanceof Indicator indicator) {
				return indicator.getScale();
			}
			if (container instanceof Inspection inspection) {
				return inspection.getScale();
			}
			if (container instanceof Plan plan) {
				return plan.getStatusScale();
			}
			if (container instanceof Action action) {
				// an action reports on the status scale of the plan whose commitments it delivers
				return DeliveryFacts.statusScale(action);
			}
		}
		return null;
	}
}
