package org.throughline.dsl.formatting2;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.throughline.dsl.services.PlanGrammarAccess;
import org.throughline.model.plan.PlanPackage;

import com.google.inject.Inject;

/**
 * Lays out a plan the way it is read: one statement per line, blocks indented by one tab, a blank line between
 * top-level declarations, single spaces elsewhere. A statement is anything that can repeat inside a block, so
 * the rule follows the grammar and needs no list of keywords.
 */
public class PlanFormatter extends AbstractFormatter2 {

	private final Set<EObject> statementStarts = new HashSet<>();

	@Inject
	public PlanFormatter(PlanGrammarAccess grammar) {
		for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
			if (GrammarUtil.isDatatypeRule(rule)) {
				continue;
			}
			for (AbstractElement element : EcoreUtil2.eAllOfType(rule, AbstractElement.class)) {
				if (GrammarUtil.isMultipleCardinality(element)) {
					collectStarts(element);
				}
			}
		}
	}

	private void collectStarts(AbstractElement element) {
		if (element instanceof Alternatives alternatives) {
			alternatives.getElements().forEach(this::collectStarts);
		} else if (element instanceof Group group) {
			collectStarts(group.getElements().get(0));
		} else if (element instanceof UnorderedGroup group) {
			group.getElements().forEach(this::collectStarts);
		} else if (element instanceof RuleCall call && call.getRule() instanceof ParserRule rule && rule.isFragment()) {
			collectStarts(rule.getAlternatives());
		} else if (element instanceof Keyword keyword && isSeparator(keyword.getValue())) {
			// a separator inside a list, such as ", Enterprise", never starts a line
		} else {
			statementStarts.add(element);
			if (element instanceof Assignment assignment) {
				statementStarts.add(assignment.getTerminal());
			}
		}
	}

	private static boolean isSeparator(String keyword) {
		return ",".equals(keyword) || ";".equals(keyword);
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
			// a file ends with exactly one line break
			document.set(getTextRegionAccess().regionForRootEObject().getNextHiddenRegion(), it -> it.newLine());
		} else if (object instanceof EObject element) {
			formatElement(element, document);
		}
	}

	private void formatElement(EObject element, IFormattableDocument document) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
		if (region == null) {
			return;
		}
		Iterable<ISemanticRegion> own = region.getSemanticRegions();
		for (ISemanticRegion token : own) {
			if (token.getPreviousSemanticRegion() == null) {
				// the first word of the file: nothing goes before it
				document.prepend(token, it -> it.noSpace());
				continue;
			}
			spaceAround(token, document);
			if (statementStarts.contains(token.getGrammarElement())) {
				document.prepend(token, it -> it.newLine());
			}
		}
		ISemanticRegion open = textRegionExtensions.regionFor(element).keyword("{");
		ISemanticRegion close = textRegionExtensions.regionFor(element).keyword("}");
		if (open != null && close != null) {
			document.append(open, it -> it.newLine());
			document.interior(open, close, it -> it.indent());
			document.prepend(close, it -> it.newLine());
		}
		for (EObject child : element.eContents()) {
			IEObjectRegion childRegion = getTextRegionAccess().regionForEObject(child);
			if (childRegion == null) {
				continue;
			}
			if (child.eContainingFeature() == PlanPackage.Literals.PLAN_MODULE__ELEMENTS) {
				document.prepend(child, it -> it.setNewLines(2));
			} else if (statementStarts.contains(childRegion.getGrammarElement())) {
				// keep one blank line where the author left one, between blocks
				document.prepend(child, it -> {
					it.setNewLines(1, 1, 2);
					it.highPriority();
				});
			} else {
				document.prepend(child, PlanFormatter::softSpace);
			}
			document.format(child);
		}
	}

	/** One space, unless a rule above asks for a line break or no space. */
	private static void softSpace(IHiddenRegionFormatter it) {
		it.oneSpace();
		it.lowPriority();
	}

	private void spaceAround(ISemanticRegion token, IFormattableDocument document) {
		String text = token.getText();
		switch (text) {
			case ",", ";", ")", ".*" -> {
				document.prepend(token, it -> it.noSpace());
				if (!")".equals(text)) {
					document.append(token, PlanFormatter::softSpace);
				}
			}
			case "(" -> {
				document.prepend(token, PlanFormatter::softSpace);
				document.append(token, it -> it.noSpace());
			}
			default -> document.prepend(token, PlanFormatter::softSpace);
		}
	}
}
