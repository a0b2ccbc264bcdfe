package org.throughline.dsl.ide.quickfix.fixes;

import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.sources.SourceText.LineRange;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.plan.PlanPackage;
import org.throughline.model.plan.SourceReference;
import org.throughline.model.plan.Sourced;

/**
 * A quoted text that stands elsewhere in the document it cites: the citation is made to name the lines where it
 * stands ("Agenda lines 1 to 5" becomes "Agenda lines 6 to 8"). A paragraph or page the citation gave is dropped, as
 * it belonged to the old lines.
 */
public class CiteWhereQuoted implements PlanQuickFix {

	@Override
	public String issueCode() {
		return IssueCodes.QUOTE_NOT_AT_SOURCE;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		if (issue.data().length < 3) {
			return List.of();
		}
		int index;
		LineRange lines;
		try {
			index = Integer.parseInt(issue.data()[0]);
			lines = new LineRange(Integer.parseInt(issue.data()[1]), Integer.parseInt(issue.data()[2]));
		} catch (NumberFormatException e) {
			return List.of();
		}
		return issue.element(Sourced.class).filter(element -> index < element.getSources().size()).map(element -> {
			SourceReference citation = element.getSources().get(index);
			List<INode> document = NodeModelUtils.findNodesForFeature(citation,
					PlanPackage.Literals.SOURCE_REFERENCE__DOCUMENT);
			ICompositeNode whole = NodeModelUtils.findActualNodeFor(citation);
			if (document.size() != 1 || whole == null) {
				return List.<PlanFix>of();
			}
			int start = document.get(0).getOffset();
			String replacement = document.get(0).getText().strip() + " " + lines.cited();
			return List.of(PlanFix.in(issue.file(), "Cite " + lines.cited() + ", where the text stands")
					.description(replacement)
					.edit(new TextEdit(start, whole.getEndOffset() - start, replacement))
					.build());
		}).orElse(List.of());
	}
}
