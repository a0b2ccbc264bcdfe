package org.throughline.html.pages;

import java.util.List;

import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Organisation;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.Restructure;
import org.throughline.trace.TraceIndex;

/** The index pages of the site's folders: organisation, indicators, consultations, restructures. */
final class ListPages {

	private ListPages() {
	}

	/** The organisation as a tree, each owner with how many commitments it owns. */
	static String owners(Site site) {
		String path = SitePaths.OWNERS;
		return Layout.page(site, path, "Organisation", html -> {
			boolean any = false;
			for (PlanModule module : site.index().modules()) {
				for (var element : module.getElements()) {
					if (element instanceof Organisation organisation) {
						any = true;
						// an organisation is an owner too, with a page of its own
						html.open("h2");
						Fragments.link(html, site, path, organisation);
						html.close("h2").newline();
						List<Owner> top = organisation.eContents().stream().filter(Owner.class::isInstance)
								.map(Owner.class::cast).toList();
						tree(html, site, path, top);
					}
				}
			}
			if (!any) {
				html.element("p", "No organisation is declared.").newline();
			}
		});
	}

	private static void tree(Html html, Site site, String path, List<Owner> owners) {
		if (owners.isEmpty()) {
			return;
		}
		html.open("ul", "class", "tree").newline();
		for (Owner owner : owners) {
			html.open("li");
			Fragments.link(html, site, path, owner);
			int owned = site.index().commitmentsOwnedBy(owner).size();
			String inForce = Fragments.inForce(owner);
			html.text(" (" + Fragments.ownerKind(owner) + (inForce.isEmpty() ? "" : ", " + inForce)
					+ (owned == 0 ? "" : ", owns " + Fragments.count(owned, "commitment", "commitments")) + ")");
			if (owner instanceof OrganisationUnit unit) {
				html.newline();
				tree(html, site, path, unit.eContents().stream().filter(Owner.class::isInstance).map(Owner.class::cast)
						.toList());
			}
			html.close("li").newline();
		}
		html.close("ul").newline();
	}

	static String indicators(Site site) {
		String path = SitePaths.INDICATORS;
		return Layout.page(site, path, "Indicators", html -> {
			List<Indicator> indicators = site.index().indicators();
			if (indicators.isEmpty()) {
				html.element("p", "No indicator is declared.").newline();
				return;
			}
			Fragments.openTable(html, "Indicators and the commitments they measure", "indicator-list");
			Fragments.headerRow(html, "Indicator", "Baseline", "Targets", "Actuals", "Commitments measured");
			html.open("tbody").newline();
			for (Indicator indicator : indicators) {
				html.open("tr").open("th", "scope", "row");
				Fragments.link(html, site, path, indicator);
				html.close("th").element("td", indicator.getBaseline() == null ? "none" : "yes")
						.element("td", Integer.toString(indicator.getTargets().size()))
						.element("td", Integer.toString(indicator.getActuals().size()))
						.element("td", Integer.toString(site.index().commitmentsMeasuredBy(indicator).size()))
						.close("tr").newline();
			}
			html.close("tbody").newline();
			Fragments.closeTable(html);
		});
	}

	static String consultations(Site site) {
		String path = SitePaths.CONSULTATIONS;
		return Layout.page(site, path, "Consultations", html -> {
			List<Consultation> consultations = site.index().consultations();
			if (consultations.isEmpty()) {
				html.element("p", "No consultation is recorded.").newline();
				return;
			}
			html.open("ul").newline();
			for (Consultation consultation : consultations) {
				html.open("li");
				Fragments.link(html, site, path, consultation);
				long answered = consultation.getResponses().stream().filter(r -> r.getReply() != null).count();
				html.text(": " + Fragments.count(consultation.getResponses().size(), "response", "responses") + ", "
						+ answered + " with a reply");
				if (TraceIndex.resolved(consultation.getSubject())) {
					html.text(", about ");
					Fragments.link(html, site, path, consultation.getSubject());
				}
				html.close("li").newline();
			}
			html.close("ul").newline();
		});
	}

	static String restructures(Site site) {
		String path = SitePaths.RESTRUCTURES;
		return Layout.page(site, path, "Restructures", html -> {
			List<Restructure> restructures = site.index().restructures();
			if (restructures.isEmpty()) {
				html.element("p", "No restructure is recorded.").newline();
				return;
			}
			html.open("ul").newline();
			for (Restructure restructure : restructures) {
				html.open("li");
				Fragments.link(html, site, path, restructure);
				html.text(": " + Fragments.count(restructure.getMoves().size(), "move", "moves")
						+ (restructure.getEffective() == null ? "" : ", effective " + restructure.getEffective()));
				html.close("li").newline();
			}
			html.close("ul").newline();
		});
	}

}
