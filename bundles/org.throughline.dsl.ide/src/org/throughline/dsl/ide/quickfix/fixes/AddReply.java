package org.throughline.dsl.ide.quickfix.fixes;

import java.util.List;

import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.model.plan.Response;

/**
 * A consultation response with no reply: adds one, "noted", with the caret where the council's answer goes.
 */
public class AddReply implements PlanQuickFix {

	@Override
	public String issueCode() {
		return IssueCodes.RESPONSE_WITHOUT_REPLY;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		Response response = issue.element(Response.class).orElse(null);
		if (response == null || response.getReply() != null) {
			return List.of();
		}
		return Blocks.closingBrace(response).map(brace -> List.of(PlanFix.in(issue.file(), "Add a reply")
				.description("Adds \u2018reply noted\u2019; write the council's answer between the quotes")
				.edit(TextEdit.insert(brace, "reply noted \"\"\n"))
				.format(Blocks.region(response))
				.caretAfter("reply noted \"")
				.build())).orElse(List.of());
	}
}
