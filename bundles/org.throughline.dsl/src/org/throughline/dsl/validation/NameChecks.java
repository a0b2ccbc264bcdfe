package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__NAME;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.PlanModule;

import com.google.inject.Inject;

/**
 * Every qualified name is declared once in the whole plan folder, so that a reference to it is never ambiguous. Each
 * name a file exports is looked up in the index of all files, rather than compared with every other name.
 * Module names are not checked: a namespace may be spread over several files.
 */
class NameChecks extends PlanChecks {

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	@Inject
	private IQualifiedNameConverter nameConverter;

	@Check
	public void namesAreUnique(PlanModule module) {
		Resource resource = module.eResource();
		if (resource == null) {
			return;
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(resource);
		IResourceDescription own = index.getResourceDescription(resource.getURI());
		if (own == null) {
			own = descriptionManager.getResourceDescription(resource);
		}
		for (IEObjectDescription declared : own.getExportedObjects()) {
			if (!isChecked(declared)) {
				continue;
			}
			List<IEObjectDescription> same = new ArrayList<>();
			for (IEObjectDescription other : index.getExportedObjects(EcorePackage.Literals.EOBJECT, declared.getName(),
					false)) {
				if (isChecked(other)) {
					same.add(other);
				}
			}
			if (same.size() < 2) {
				continue;
			}
			EObject element = resource.getEObject(declared.getEObjectURI().fragment());
			if (element instanceof NamedElement named) {
				String name = nameConverter.toString(declared.getName());
				addIssue("The name '" + name + "' is declared " + same.size() + " times: also " + elsewhere(same, declared),
						named, NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME, name);
			}
		}
	}

	private static boolean isChecked(IEObjectDescription description) {
		return description.getEClass() != null
				&& !PlanModule.class.isAssignableFrom(description.getEClass().getInstanceClass());
	}

	/** Where the other declarations are: {@code in other.plan line 4}, {@code on line 9}, in file and line order. */
	private static String elsewhere(List<IEObjectDescription> same, IEObjectDescription declared) {
		URI here = declared.getEObjectURI().trimFragment();
		List<IEObjectDescription> others = new ArrayList<>(same);
		others.removeIf(other -> other.getEObjectURI().equals(declared.getEObjectURI()));
		others.sort(Comparator.comparing((IEObjectDescription d) -> d.getEObjectURI().trimFragment().toString())
				.thenComparingInt(NameChecks::lineOf));
		List<String> places = new ArrayList<>();
		for (IEObjectDescription other : others) {
			URI there = other.getEObjectURI().trimFragment();
			int line = lineOf(other);
			String file = there.equals(here) ? "" : "in " + there.lastSegment();
			places.add(line == 0 ? file : file + (file.isEmpty() ? "on line " : " line ") + line);
		}
		return String.join(", ", places);
	}

	/** The line the declaration starts on; 0 when the index holds only a proxy for it. */
	private static int lineOf(IEObjectDescription description) {
		EObject element = description.getEObjectOrProxy();
		ICompositeNode node = element == null || element.eIsProxy() ? null : NodeModelUtils.getNode(element);
		return node == null ? 0 : node.getStartLine();
	}
}
