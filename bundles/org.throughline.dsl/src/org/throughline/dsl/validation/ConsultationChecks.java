package org.throughline.dsl.validation;

import static org.throughline.model.plan.PlanPackage.Literals.NAMED_ELEMENT__NAME;
import static org.throughline.model.plan.PlanPackage.Literals.REPLY__OUTCOME;
import static org.throughline.model.plan.PlanPackage.Literals.RESPONSE__DATE;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.ReplyOutcome;
import org.throughline.model.plan.Response;

/** Every comment on a commitment or a move has the council's reply, and a reply that changed the plan says what. */
class ConsultationChecks extends PlanChecks {

	@Check
	public void responseHasReply(Response response) {
		if (response.getReply() != null || response.getConcerns().isEmpty() && response.getConcernsMoves().isEmpty()) {
			return;
		}
		List<String> subjects = new ArrayList<>();
		if (!response.getConcerns().isEmpty()) {
			subjects.add((response.getConcerns().size() == 1 ? "the commitment " : "the commitments ")
					+ quotedList(resolved(response.getConcerns())));
		}
		if (!response.getConcernsMoves().isEmpty()) {
			subjects.add((response.getConcernsMoves().size() == 1 ? "the move " : "the moves ")
					+ quotedList(resolved(response.getConcernsMoves())));
		}
		addIssue("The response " + quoted(response) + " concerns " + String.join(" and ", subjects)
				+ " but has no reply", response, NAMED_ELEMENT__NAME, IssueCodes.RESPONSE_WITHOUT_REPLY);
	}

	@Check
	public void changedReplyNamesChange(Reply reply) {
		if (reply.getOutcome() != ReplyOutcome.CHANGED || !reply.getChanged().isEmpty()
				|| !reply.getChangedMoves().isEmpty() || !(reply.eContainer() instanceof Response response)) {
			return;
		}
		List<String> concerned = new ArrayList<>();
		resolved(response.getConcerns()).forEach(c -> concerned.add(qualifiedName(c)));
		resolved(response.getConcernsMoves()).forEach(m -> concerned.add(qualifiedName(m)));
		addIssue("The reply to the response " + quoted(response)
				+ " says the plan was changed but names no changed commitment or move", reply, REPLY__OUTCOME,
				IssueCodes.CHANGED_REPLY_NAMES_NOTHING, concerned.toArray(String[]::new));
	}

	@Check
	public void responseReceivedInTime(Response response) {
		if (response.getDate() != null && response.eContainer() instanceof Consultation consultation
				&& consultation.getCloses() != null && response.getDate().isAfter(consultation.getCloses())) {
			addIssue("The response " + quoted(response) + " was received on " + response.getDate()
					+ ", after the consultation " + quoted(consultation) + " closed on " + consultation.getCloses(),
					response, RESPONSE__DATE, IssueCodes.LATE_RESPONSE);
		}
	}

	private static <T extends NamedElement> List<T> resolved(List<T> elements) {
		return elements.stream().filter(e -> !e.eIsProxy()).toList();
	}
}
