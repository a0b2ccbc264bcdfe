package org.throughline.html.pages;

import java.util.List;

import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.Restructure;
import org.throughline.trace.restructure.RestructureImpact;
import org.throughline.trace.restructure.RestructureImpact.EndedOwner;
import org.throughline.trace.restructure.RestructureImpact.MoveImpact;

/**
 * The impact of a restructure: each move from old owner to new with the commitments it affects, and the owners no
 * longer in force afterwards with what they still own, which then needs a new owner.
 */
final class RestructurePage {

	private RestructurePage() {
	}

	static String write(Site site, Restructure restructure, String path) {
		RestructureImpact impact = RestructureImpact.of(site.index(), restructure);
		return Layout.page(site, path, "Restructure impact: " + Labels.label(restructure), html -> {
			Fragments.Facts facts = new Fragments.Facts(html);
			facts.text("Identifier", site.index().qualifiedName(restructure));
			facts.text("Proposed", restructure.getProposed() == null ? null : restructure.getProposed().toString());
			facts.text("Effective", restructure.getEffective() == null ? null : restructure.getEffective().toString());
			facts.text("Moves", Integer.toString(restructure.getMoves().size()));
			facts.text("Commitments affected", Integer.toString(impact.affectedCommitments().size()));
			facts.end();
			Fragments.sourceParagraph(html, site, path, restructure);

			html.element("h2", "Moves").newline();
			if (impact.moves().isEmpty()) {
				html.element("p", "The restructure lists no moves.").newline();
			}
			for (MoveImpact move : impact.moves()) {
				move(html, site, path, move);
			}
			ended(html, site, path, impact);
			Fragments.findings(html, site, restructure);
		});
	}

	private static void move(Html html, Site site, String path, MoveImpact impact) {
		var move = impact.move();
		html.open("section", "class", impact.superseded() ? "move superseded" : "move").newline();
		html.element("h3", MoveText.describe(move), "id", site.paths().id(move)).newline();
		Fragments.Facts facts = new Fragments.Facts(html);
		facts.markup("From", !impact.from().isEmpty(), h -> Fragments.links(h, site, path, impact.from()));
		facts.markup("To", !impact.to().isEmpty(), h -> Fragments.links(h, site, path, impact.to()));
		facts.text("Proposed", move.getProposed() == null ? null : move.getProposed().toString());
		facts.markup("Superseded by", impact.superseded(), h -> Fragments.link(h, site, path, move.getSupersededBy(),
				MoveText.describe(move.getSupersededBy())));
		facts.text("Note", move.getNote());
		facts.end();
		if (impact.superseded()) {
			html.element("p", "\u21B7 Superseded: a later proposal replaced this move, so it changes nothing.",
					"class", "superseded").newline();
		}
		Fragments.sourceParagraph(html, site, path, move);
		List<Ownership> affected = impact.affected();
		if (affected.isEmpty()) {
			html.element("p", "No commitment is owned by what it moves.").newline();
		} else {
			Fragments.openTable(html, impact.superseded() ? "Commitments it would have affected"
					: "Commitments owned by what this move takes away", "affected");
			Fragments.headerRow(html, "Commitment", "Owned by", "Role");
			html.open("tbody").newline();
			for (Ownership ownership : affected) {
				html.open("tr").open("th", "scope", "row");
				Fragments.link(html, site, path, ownership.eContainer());
				html.close("th").open("td");
				Fragments.link(html, site, path, ownership.getOwner());
				html.close("td").element("td", ownership.getRole().getLiteral()).close("tr").newline();
			}
			html.close("tbody").newline();
			Fragments.closeTable(html);
		}
		if (!impact.responses().isEmpty()) {
			html.open("p").text("Consultation responses about it: ");
			Fragments.links(html, site, path, impact.responses());
			html.text(".").close("p").newline();
		}
		html.close("section").newline();
	}

	private static void ended(Html html, Site site, String path, RestructureImpact impact) {
		html.element("h2", "Owners no longer in force").newline();
		List<EndedOwner> ended = impact.endedOwners();
		if (ended.isEmpty()) {
			html.element("p", "No owner ends with this restructure.").newline();
			return;
		}
		html.element("p", "Owners that this restructure merges, renames, splits or abolishes, or whose time in force "
				+ "ends before it takes effect. What they still own needs a new owner.").newline();
		Fragments.openTable(html, "Owners no longer in force and what they still own", "ended");
		Fragments.headerRow(html, "Owner", "In force until", "Ended by", "Succeeded by", "Still owns");
		html.open("tbody").newline();
		for (EndedOwner owner : ended) {
			html.open("tr").open("th", "scope", "row");
			Fragments.link(html, site, path, owner.owner());
			html.close("th").element("td", owner.until() == null ? "not stated" : owner.until().toString()).open("td");
			if (owner.endedBy().isEmpty()) {
				html.text("its end date");
			} else {
				for (int i = 0; i < owner.endedBy().size(); i++) {
					html.text(i == 0 ? "" : ", ");
					Fragments.link(html, site, path, owner.endedBy().get(i), MoveText.describe(owner.endedBy().get(i)));
				}
			}
			html.close("td").open("td");
			Fragments.links(html, site, path, owner.successors());
			html.close("td").open("td");
			if (!owner.stillOwnsSomething()) {
				html.text("nothing");
			} else {
				List<Commitment> commitments = site.index().commitmentsOwnedBy(owner.owner());
				if (!commitments.isEmpty()) {
					html.element("span", "\u2717 needs a new owner: ", "class", "hole");
					Fragments.links(html, site, path, commitments);
				}
				if (!owner.indicators().isEmpty()) {
					html.text(commitments.isEmpty() ? "" : "; ").text("indicators: ");
					Fragments.links(html, site, path, owner.indicators());
				}
			}
			html.close("td").close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}
}
