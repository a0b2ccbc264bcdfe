package org.throughline.html.pages;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.throughline.html.charts.BarChart;
import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Channel;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.ConsultationTheme;
import org.throughline.model.plan.ReplyOutcome;
import org.throughline.model.plan.Respondent;
import org.throughline.model.plan.Response;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.consultation.YouSaidWeDid;
import org.throughline.trace.consultation.YouSaidWeDid.CategoryShare;
import org.throughline.trace.consultation.YouSaidWeDid.ThemeGroup;

/**
 * "You said, we did" for one consultation: who responded, and under each theme what they said, what the council
 * replied and what it changed. Responses still waiting for a reply are marked as such.
 */
final class ConsultationPage {

	private ConsultationPage() {
	}

	static String write(Site site, Consultation consultation, String path) {
		YouSaidWeDid report = YouSaidWeDid.of(site.index(), consultation);
		return Layout.page(site, path, "You said, we did: " + Labels.label(consultation), html -> {
			Fragments.Facts facts = new Fragments.Facts(html);
			facts.text("Identifier", site.index().qualifiedName(consultation));
			facts.markup("About", TraceIndex.resolved(consultation.getSubject()),
					h -> Fragments.link(h, site, path, consultation.getSubject()));
			facts.text("Opens", consultation.getOpens() == null ? null : consultation.getOpens().toString());
			facts.text("Closes", consultation.getCloses() == null ? null : consultation.getCloses().toString());
			facts.text("Channels", String.join("; ", consultation.getChannels().stream().map(ConsultationPage::channel)
					.toList()));
			facts.text("Responses", Integer.toString(consultation.getResponses().size()));
			facts.end();
			Fragments.sourceParagraph(html, site, path, consultation);

			replies(html, report);
			respondents(html, site, path, consultation, report);

			Set<String> ids = new HashSet<>();
			html.element("h2", "What people said and what was done").newline();
			if (report.groups().isEmpty()) {
				html.element("p", "No response is recorded.").newline();
			}
			for (ThemeGroup group : report.groups()) {
				ConsultationTheme theme = group.theme();
				html.open("section", "class", "theme").newline();
				if (theme == null) {
					html.element("h3", "Responses under no theme").newline();
				} else {
					html.element("h3", Labels.label(theme), "id", site.paths().id(theme)).newline();
					Fragments.sourceParagraph(html, site, path, theme);
				}
				if (group.responses().isEmpty()) {
					html.element("p", "No response is filed under this theme.").newline();
				}
				for (Response response : group.responses()) {
					String id = site.paths().id(response);
					ResponseFragments.response(html, site, path, response, "h4", ids.add(id) ? id : null);
				}
				html.close("section").newline();
			}
			Fragments.findings(html, site, consultation);
		});
	}

	private static void replies(Html html, YouSaidWeDid report) {
		html.element("h2", "Replies").newline();
		int total = report.consultation().getResponses().size();
		html.open("ul", "class", "outcomes").newline();
		for (ReplyOutcome outcome : ReplyOutcome.values()) {
			html.element("li", Labels.outcome(outcome) + ": " + report.replies(outcome) + " of " + total).newline();
		}
		html.open("li").text("no reply yet: " + report.unanswered() + " of " + total);
		if (report.unanswered() > 0) {
			html.text(" ").element("span", "\u2717 awaiting a reply", "class", "hole");
		}
		html.close("li").newline().close("ul").newline();
	}

	private static void respondents(Html html, Site site, String path, Consultation consultation, YouSaidWeDid report) {
		List<Respondent> respondents = consultation.getRespondents();
		html.element("h2", "Who responded").newline();
		if (respondents.isEmpty()) {
			html.element("p", "No respondent is recorded.").newline();
			return;
		}
		BarChart chart = new BarChart("respondents", "Respondents by category", 100);
		for (CategoryShare share : report.respondents()) {
			chart.bar(RespondentText.category(share.category()), share.percent(),
					share.percent() + "% (" + share.count() + " of " + respondents.size() + ")");
		}
		html.markup(chart.toHtml("Respondents by category, as a share of all " + respondents.size()));
		Fragments.openTable(html, "Respondents", "respondents");
		Fragments.headerRow(html, "Respondent", "Category", "Contact", "Responses");
		html.open("tbody").newline();
		for (Respondent respondent : respondents) {
			html.open("tr").element("th", Labels.label(respondent), "scope", "row", "id", site.paths().id(respondent))
					.element("td", RespondentText.category(respondent.getCategory()))
					.element("td", respondent.getContact() == null ? "" : respondent.getContact())
					.element("td", Integer.toString(site.index().responsesFrom(respondent).size())).close("tr")
					.newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
		html.element("p", "Shares are of all " + respondents.size() + " respondents, rounded to whole per cent, so "
				+ "they need not add up to 100%.").newline();
	}

	private static String channel(Channel channel) {
		return channel.getKind().getLiteral() + (channel.getDetail() == null ? "" : " (" + channel.getDetail() + ")");
	}
}
