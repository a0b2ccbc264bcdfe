package org.throughline.dsl.ide.outline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.throughline.dsl.ide.outline.OutlineNode.Gap;
import org.throughline.model.facts.CommitmentFacts;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.Chapter;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.Inspection;
import org.throughline.model.plan.Organisation;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.PlanPackage;
import org.throughline.model.plan.Restructure;
import org.throughline.model.plan.Scale;

/**
 * The outline of one plan file: its plans with their aims, themes, chapters and commitments; its organisations as
 * a tree of units and posts; its indicators, restructures, inspections and consultations.
 */
public final class PlanOutline {

	private PlanOutline() {
	}

	/** The file's top-level elements, or an empty list when it has none that parsed. */
	public static List<OutlineNode> of(Resource resource, CancelIndicator cancel) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlanModule module)) {
			return List.of();
		}
		return nodes("", module.getElements(), cancel);
	}

	private static List<OutlineNode> nodes(String parentKey, Collection<? extends EObject> elements, CancelIndicator cancel) {
		List<OutlineNode> nodes = new ArrayList<>(elements.size());
		Map<String, Integer> seen = new HashMap<>();
		for (EObject element : elements) {
			if (cancel.isCanceled()) {
				break;
			}
			ICompositeNode node = NodeModelUtils.getNode(element);
			if (node == null) {
				continue;
			}
			String kind = Labels.kind(element);
			String name = Labels.name(element);
			String key = parentKey + "/" + kind + ":" + name;
			int repeat = seen.merge(key, 1, Integer::sum);
			if (repeat > 1) {
				key += "#" + repeat;
			}
			INode nameNode = nameNode(element);
			int nameOffset = nameNode == null ? node.getOffset() : nameNode.getOffset();
			int nameLength = nameNode == null ? 0 : nameNode.getLength();
			nodes.add(new OutlineNode(key, kind, name, Labels.title(element), node.getOffset(), node.getLength(),
					nameOffset, nameLength, gaps(element), nodes(key, children(element), cancel)));
		}
		return List.copyOf(nodes);
	}

	private static INode nameNode(EObject element) {
		if (!PlanPackage.Literals.NAMED_ELEMENT.isInstance(element)) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, PlanPackage.Literals.NAMED_ELEMENT__NAME);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	private static List<? extends EObject> children(EObject element) {
		List<EObject> children = new ArrayList<>();
		if (element instanceof Plan plan) {
			children.addAll(plan.getAims());
			children.addAll(plan.getAreas());
			children.addAll(plan.getThemes());
			children.addAll(plan.getChapters());
			children.addAll(plan.getCommitments());
		} else if (element instanceof Chapter chapter) {
			children.addAll(chapter.getSections());
		} else if (element instanceof Organisation organisation) {
			children.addAll(organisation.getUnits());
			children.addAll(organisation.getPosts());
			children.addAll(organisation.getPeople());
			children.addAll(organisation.getPortfolios());
		} else if (element instanceof OrganisationUnit unit) {
			children.addAll(unit.getUnits());
			children.addAll(unit.getPosts());
		} else if (element instanceof Restructure restructure) {
			children.addAll(restructure.getMoves());
		} else if (element instanceof BusinessPlan businessPlan) {
			children.addAll(businessPlan.getActions());
		} else if (element instanceof Scale scale) {
			children.addAll(scale.getLevels());
		} else if (element instanceof Inspection inspection) {
			children.addAll(inspection.getJudgements());
			children.addAll(inspection.getActions());
		} else if (element instanceof Consultation consultation) {
			children.addAll(consultation.getThemes());
			children.addAll(consultation.getRespondents());
			children.addAll(consultation.getResponses());
		}
		return children;
	}

	/**
	 * A commitment's gaps: no owner, or neither a measure nor a reason why it cannot be measured, as
	 * {@link CommitmentFacts} decides them for the checks and the holes (a milestone measures; an undeclared owner
	 * or indicator does not).
	 */
	public static Set<Gap> gaps(EObject element) {
		if (!(element instanceof Commitment commitment)) {
			return Set.of();
		}
		Set<Gap> gaps = EnumSet.noneOf(Gap.class);
		if (!CommitmentFacts.owned(commitment)) {
			gaps.add(Gap.NO_OWNER);
		}
		if (!CommitmentFacts.measured(commitment) && !CommitmentFacts.statedNotMeasurable(commitment)) {
			gaps.add(Gap.NO_MEASURE);
		}
		return Set.copyOf(gaps);
	}
}
