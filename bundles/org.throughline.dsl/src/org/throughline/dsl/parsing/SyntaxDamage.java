package org.throughline.dsl.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.plan.NamedElement;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * What syntax errors cost the rest of a file's findings. When the parser skipped more than the mistake, the element
 * it was in lost what the skipped text said (an owner, an aim): findings about that element may be false ("has no
 * owner"), and so may findings elsewhere that count what links to an element ("no commitment serves the aim"). Those
 * findings are held back until the text parses; every other finding stays.
 */
@Singleton
public class SyntaxDamage {

	/** Findings that count what links to an element, which a lost link elsewhere may make false. */
	private static final Set<String> COUNT_INCOMING = Set.of(IssueCodes.AIM_WITHOUT_COMMITMENT);

	@Inject
	private BlockGrammar grammar;

	/** {@code issues} of {@code resource} without the findings its own and its resource set's syntax errors may make false. */
	public List<Issue> holdBack(XtextResource resource, List<Issue> issues) {
		Lost here = lost(resource);
		Lost anywhere = new Lost();
		if (resource.getResourceSet() != null) {
			for (Resource other : new ArrayList<>(resource.getResourceSet().getResources())) {
				if (other instanceof XtextResource xtext) {
					anywhere.add(other == resource ? here : lost(xtext));
				}
			}
		} else {
			anywhere.add(here);
		}
		if (here.damaged.isEmpty() && anywhere.names.isEmpty() && !anywhere.unknown) {
			return issues;
		}
		List<Issue> kept = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			if (!heldBack(resource, issue, here, anywhere)) {
				kept.add(issue);
			}
		}
		return kept;
	}

	private static boolean heldBack(XtextResource resource, Issue issue, Lost here, Lost anywhere) {
		String code = issue.getCode();
		if (code == null || code.equals(IssueCodes.SYNTAX) || code.equals(Diagnostic.LINKING_DIAGNOSTIC)
				|| issue.getUriToProblem() == null) {
			return false;
		}
		EObject element = resource.getEObject(issue.getUriToProblem().fragment());
		for (EObject at = element; at != null; at = at.eContainer()) {
			if (here.damaged.contains(at)) {
				return true;
			}
		}
		return COUNT_INCOMING.contains(code) && (anywhere.unknown
				|| element instanceof NamedElement named && anywhere.names.contains(named.getName()));
	}

	/** The elements that lost text, the names in the text lost, and whether some was lost to an unknown extent. */
	private static final class Lost {
		final Set<EObject> damaged = Collections.newSetFromMap(new IdentityHashMap<>());
		final Set<String> names = new HashSet<>();
		boolean unknown;

		void add(Lost other) {
			names.addAll(other.names);
			unknown |= other.unknown;
		}
	}

	private Lost lost(XtextResource resource) {
		Lost lost = new Lost();
		IParseResult parse = resource.getParseResult();
		if (parse == null || !parse.hasSyntaxErrors()) {
			return lost;
		}
		for (INode error : parse.getSyntaxErrors()) {
			String[] data = error.getSyntaxErrorMessage().getIssueData();
			if (data == null || data.length == 0
					|| !data[0].equals(RecoveringPlanParser.DROPPED) && !data[0].equals(RecoveringPlanParser.LOST)) {
				continue;
			}
			EObject element = grammar.enclosing(error).element();
			if (element != null) {
				lost.damaged.add(element);
			}
			if (data[0].equals(RecoveringPlanParser.LOST)) {
				lost.unknown = true;
			} else {
				lost.names.addAll(Arrays.asList(data).subList(1, data.length));
			}
		}
		return lost;
	}
}
