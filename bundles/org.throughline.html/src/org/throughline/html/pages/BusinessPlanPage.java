package org.throughline.html.pages;

import java.util.List;

import org.throughline.html.markup.Html;
import org.throughline.model.facts.DeliveryFacts;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.ProgressUpdate;
import org.throughline.trace.TraceIndex;

/**
 * A directorate's or team's business plan, the golden thread read upwards: each action with the commitments it
 * delivers, the aims they serve, who owns it, when it is due and the progress reported on it. A commitment's page
 * reads the same thread downwards ({@link #deliveredBy}).
 */
final class BusinessPlanPage {

	private BusinessPlanPage() {
	}

	static String write(Site site, BusinessPlan plan, String path) {
		return Layout.page(site, path, Labels.label(plan), html -> {
			Fragments.Facts facts = new Fragments.Facts(html);
			facts.text("Identifier", site.index().qualifiedName(plan));
			facts.markup("Owner", TraceIndex.resolved(plan.getOwner()),
					h -> Fragments.link(h, site, path, plan.getOwner()));
			List<Ownership> leads = plan.getOwnerships().stream().filter(o -> TraceIndex.resolved(o.getOwner()))
					.toList();
			facts.markup("Leads of its actions", !leads.isEmpty(), h -> {
				for (int i = 0; i < leads.size(); i++) {
					h.text((i == 0 ? "" : "; ") + leads.get(i).getRole().getLiteral() + ": ");
					Fragments.link(h, site, path, leads.get(i).getOwner());
				}
			});
			facts.text("Period", DeliveryFacts.periodKnown(plan) ? DeliveryFacts.describe(plan) : null);
			facts.end();
			Fragments.sourceParagraph(html, site, path, plan);
			html.element("h2", "Actions").newline();
			if (plan.getActions().isEmpty()) {
				html.element("p", "It names no action.").newline();
			} else {
				actionTable(html, site, path, "Actions of this business plan", plan.getActions(), false);
				for (Action action : plan.getActions()) {
					progress(html, site, path, action);
				}
			}
			Fragments.findings(html, site, plan);
		});
	}

	/** The actions that deliver a commitment, on its page; a sentence when none does. */
	static void deliveredBy(Html html, Site site, String path, Commitment commitment) {
		html.element("h2", "Delivery").newline();
		List<Action> actions = site.index().actionsDelivering(commitment);
		if (actions.isEmpty()) {
			html.element("p", site.index().businessPlans().isEmpty()
					? "No business plan is written yet."
					: "No business-plan action delivers it.").newline();
			return;
		}
		actionTable(html, site, path, "Business-plan actions that deliver this commitment", actions, true);
	}

	private static void actionTable(Html html, Site site, String path, String caption, List<Action> actions,
			boolean withBusinessPlan) {
		Fragments.openTable(html, caption, "actions");
		// columns for the measures and the money of the actions, where the plan gives any
		boolean funded = actions.stream().anyMatch(action -> !action.getFundings().isEmpty());
		boolean measured = actions.stream().anyMatch(action -> !action.getIndicators().isEmpty());
		List<String> headers = new java.util.ArrayList<>(withBusinessPlan
				? List.of("Action", "Business plan", "Owned by", "Due")
				: List.of("Action", "Delivers", "Serves aims", "Owned by", "Due"));
		if (measured) {
			headers.add("Measured by");
		}
		if (funded) {
			headers.add("Funding");
		}
		headers.add("Latest progress");
		Fragments.headerRow(html, headers.toArray(String[]::new));
		html.open("tbody").newline();
		for (Action action : actions) {
			html.open("tr").open("th", "scope", "row");
			if (withBusinessPlan) {
				Fragments.link(html, site, path, action);
			} else {
				html.open("span", "id", site.paths().id(action)).text(Labels.label(action)).close("span");
			}
			html.close("th");
			if (withBusinessPlan) {
				html.open("td");
				Fragments.link(html, site, path, DeliveryFacts.businessPlanOf(action));
				html.close("td");
			} else {
				html.open("td");
				Fragments.links(html, site, path, DeliveryFacts.commitments(action));
				html.close("td").open("td");
				Fragments.links(html, site, path, DeliveryFacts.aims(action));
				html.close("td");
			}
			html.open("td");
			Fragments.links(html, site, path, DeliveryFacts.owners(action));
			html.close("td");
			html.element("td", action.getDue() == null ? "not stated" : action.getDue().toString());
			if (measured) {
				html.open("td");
				Fragments.links(html, site, path, TraceIndex.resolvedOnly(action.getIndicators()));
				html.close("td");
			}
			if (funded) {
				String funding = Fragments.funding(action.getFundings());
				html.element("td", funding.isEmpty() ? "not stated" : funding);
			}
			html.element("td", latest(action));
			html.close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	/** "2011/12 Q4: On track", or "none reported". */
	private static String latest(Action action) {
		ProgressUpdate update = DeliveryFacts.latestUpdate(action);
		return update == null || !TraceIndex.resolved(update.getStatus()) ? "none reported"
				: update.getPeriod() + ": " + Labels.label(update.getStatus());
	}

	private static void progress(Html html, Site site, String path, Action action) {
		if (action.getUpdates().isEmpty()) {
			return;
		}
		html.element("h3", "Progress on " + Labels.label(action)).newline();
		html.open("ul", "class", "updates").newline();
		for (ProgressUpdate update : action.getUpdates()) {
			html.open("li");
			html.text(update.getPeriod() + (update.getDate() == null ? "" : " (reported " + update.getDate() + ")")
					+ ": " + (TraceIndex.resolved(update.getStatus()) ? Labels.label(update.getStatus()) : "no status"));
			if (TraceIndex.resolved(update.getReportedBy())) {
				html.text(", by ");
				Fragments.link(html, site, path, update.getReportedBy());
			}
			html.text(".");
			if (update.getCommentary() != null && !update.getCommentary().isBlank()) {
				html.text(" " + update.getCommentary());
			}
			if (!update.getSources().isEmpty()) {
				html.text(" Source: ");
				Fragments.citations(html, site, path, update);
				html.text(".");
			}
			html.close("li").newline();
		}
		html.close("ul").newline();
	}
}
