package org.throughline.html.pages;

import java.util.List;

import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.PlanPackage;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.Respondent;
import org.throughline.model.plan.Response;
import org.throughline.trace.TraceIndex;

/** A consultation response shown as "you said, we did": who, what they said, and what the council did. */
final class ResponseFragments {

	private ResponseFragments() {
	}

	/**
	 * One response: a heading naming the respondent, the summary, what it concerns, and the reply.
	 *
	 * @param heading the heading element to use ("h3", "h4"), so that it fits the page's outline
	 * @param id      the anchor id to give it, or null when the page already has one for it
	 */
	static void response(Html html, Site site, String path, Response response, String heading, String id) {
		html.open("article", "class", "response", "id", id).newline();
		html.open(heading);
		Respondent respondent = response.getRespondent();
		if (TraceIndex.resolved(respondent)) {
			html.text("From ");
			Fragments.link(html, site, path, respondent);
			if (respondent.getContact() != null && !respondent.getContact().isBlank()) {
				html.text(" (" + respondent.getContact() + ")");
			}
		} else {
			html.text("Response " + response.getName());
		}
		html.close(heading).newline();
		Fragments.Facts facts = new Fragments.Facts(html);
		facts.text("Category", TraceIndex.resolved(respondent) ? RespondentText.category(respondent.getCategory()) : null);
		facts.text("Received", response.getDate() == null ? null : response.getDate().toString());
		facts.text("Stance", response.eIsSet(PlanPackage.Literals.RESPONSE__STANCE)
				? response.getStance().getLiteral() : null);
		facts.markup("Consultation", !path.equals(site.paths().pageOf(response.eContainer())),
				h -> Fragments.link(h, site, path, response.eContainer()));
		List<Commitment> concerns = TraceIndex.resolvedOnly(response.getConcerns());
		facts.markup("About", !concerns.isEmpty(), h -> Fragments.links(h, site, path, concerns));
		List<Move> moves = TraceIndex.resolvedOnly(response.getConcernsMoves());
		facts.markup("About the move", !moves.isEmpty(), h -> Fragments.links(h, site, path, moves));
		facts.end();
		html.open("p", "class", "said").element("strong", "You said: ")
				.text(response.getSummary() == null ? "(no summary recorded)" : response.getSummary()).close("p")
				.newline();
		Reply reply = response.getReply();
		if (reply == null) {
			html.open("p", "class", "did unanswered").element("strong", "We did: ")
					.element("span", "\u2717 No reply yet", "class", "hole").close("p").newline();
		} else {
			html.open("p", "class", "did").element("strong", "We did: ")
					.element("span", outcomeMark(reply) + " " + Labels.outcome(reply.getOutcome()), "class",
							"outcome " + reply.getOutcome().getLiteral())
					.text(reply.getDate() == null ? "" : " (" + reply.getDate() + ")").text(". " + reply.getText())
					.close("p").newline();
			List<Commitment> changed = TraceIndex.resolvedOnly(reply.getChanged());
			List<Move> changedMoves = TraceIndex.resolvedOnly(reply.getChangedMoves());
			if (!changed.isEmpty() || !changedMoves.isEmpty()) {
				html.open("p", "class", "changed").text("What changed: ");
				Fragments.links(html, site, path, changed);
				if (!changedMoves.isEmpty()) {
					html.text(changed.isEmpty() ? "" : "; ").text("the move ");
					Fragments.links(html, site, path, changedMoves);
				}
				html.close("p").newline();
			}
			Fragments.sourceParagraph(html, site, path, reply);
		}
		html.close("article").newline();
	}

	/** Same, with the response's own anchor. */
	static void response(Html html, Site site, String path, Response response, String heading) {
		response(html, site, path, response, heading, null);
	}

	private static String outcomeMark(Reply reply) {
		return switch (reply.getOutcome()) {
			case CHANGED -> "\u270E";
			case NOTED -> "\u2139";
			case NO_CHANGE -> "\u2014";
		};
	}
}
