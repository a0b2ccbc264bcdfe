package org.throughline.html.pages;

import java.util.List;

import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.facts.DeliveryFacts;
import org.throughline.model.plan.Action;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.Person;
import org.throughline.model.plan.Portfolio;
import org.throughline.model.plan.Post;
import org.throughline.model.plan.StatutoryRole;
import org.throughline.trace.TraceIndex;

/**
 * An organisation unit, post, person or portfolio: what it is, what it owns now, and what the restructures move
 * to it and away from it, with the commitments each move affects.
 */
final class OwnerPage {

	private OwnerPage() {
	}

	static String write(Site site, Owner owner, String path) {
		TraceIndex index = site.index();
		return Layout.page(site, path, Labels.label(owner), html -> {
			Fragments.Facts facts = new Fragments.Facts(html);
			facts.text("Identifier", index.qualifiedName(owner));
			facts.text("Kind", Fragments.ownerKind(owner));
			if (owner instanceof OrganisationUnit unit) {
				facts.text("Abbreviation", unit.getAbbreviation());
			}
			facts.text("Also called", String.join("; ", owner.getAliases()));
			facts.text("In force", Fragments.inForce(owner));
			facts.markup("Part of", owner.eContainer() instanceof Owner,
					h -> Fragments.link(h, site, path, owner.eContainer()));
			index.directorateOf(owner).filter(d -> d != owner)
					.ifPresent(d -> facts.markup("Directorate", true, h -> Fragments.link(h, site, path, d)));
			List<Owner> successors = TraceIndex.resolvedOnly(owner.getSuccessors());
			facts.markup("Succeeded by", !successors.isEmpty(), h -> Fragments.links(h, site, path, successors));
			facts.markup("Succeeds", !index.predecessors(owner).isEmpty(),
					h -> Fragments.links(h, site, path, index.predecessors(owner)));
			switch (owner) {
				case Post post -> {
					facts.text("Statutory roles", String.join("; ",
							post.getStatutoryRoles().stream().map(OwnerPage::statutoryRole).toList()));
					facts.markup("Held by", TraceIndex.resolved(post.getHolder()),
							h -> Fragments.link(h, site, path, post.getHolder()));
					facts.markup("Reports to", TraceIndex.resolved(post.getReportsTo()),
							h -> Fragments.link(h, site, path, post.getReportsTo()));
				}
				case Person person -> {
					facts.markup("Holds", !index.postsHeldBy(person).isEmpty(),
							h -> Fragments.links(h, site, path, index.postsHeldBy(person)));
					facts.markup("Portfolios", !index.portfoliosOf(person).isEmpty(),
							h -> Fragments.links(h, site, path, index.portfoliosOf(person)));
				}
				case Portfolio portfolio -> facts.markup("Member", TraceIndex.resolved(portfolio.getMember()),
						h -> Fragments.link(h, site, path, portfolio.getMember()));
				default -> {
					// units have no facts beyond the common ones
				}
			}
			facts.markup("Delivers the aims", !index.aimsDeliveredBy(owner).isEmpty(),
					h -> Fragments.links(h, site, path, index.aimsDeliveredBy(owner)));
			facts.end();
			Fragments.sourceParagraph(html, site, path, owner);

			owns(html, site, path, owner);
			actions(html, site, path, owner);
			within(html, site, path, owner);
			indicators(html, site, path, owner);
			moves(html, site, path, owner);
			Fragments.findings(html, site, owner);
		});
	}

	private static void owns(Html html, Site site, String path, Owner owner) {
		html.element("h2", "What it owns").newline();
		List<Ownership> ownerships = site.index().ownershipsOf(owner);
		if (ownerships.isEmpty()) {
			html.element("p", "It owns no commitment.").newline();
			return;
		}
		Fragments.openTable(html, "Commitments it owns", "owned");
		Fragments.headerRow(html, "Commitment", "Role", "Holes");
		html.open("tbody").newline();
		for (Ownership ownership : ownerships) {
			Commitment commitment = (Commitment) ownership.eContainer();
			html.open("tr").open("th", "scope", "row");
			Fragments.link(html, site, path, commitment);
			html.close("th").element("td", ownership.getRole().getLiteral()).open("td");
			Fragments.holeMarks(html, site.holes(commitment));
			html.close("td").close("tr").newline();
		}
		html.close("tbody").newline();
		Fragments.closeTable(html);
	}

	private static void actions(Html html, Site site, String path, Owner owner) {
		List<Action> actions = site.index().actionsOwnedBy(owner);
		if (actions.isEmpty()) {
			return;
		}
		html.element("h2", "Business-plan actions it owns").newline();
		html.open("ul").newline();
		for (Action action : actions) {
			html.open("li");
			Fragments.link(html, site, path, action);
			html.text(", delivering ");
			Fragments.links(html, site, path, DeliveryFacts.commitments(action));
			html.close("li").newline();
		}
		html.close("ul").newline();
	}

	private static void within(Html html, Site site, String path, Owner owner) {
		List<Owner> within = owner.eContents().stream().filter(Owner.class::isInstance).map(Owner.class::cast).toList();
		if (within.isEmpty()) {
			return;
		}
		html.element("h2", "Units and posts within it").newline();
		html.open("ul").newline();
		for (Owner inner : within) {
			html.open("li");
			Fragments.link(html, site, path, inner);
			int owned = site.index().commitmentsOwnedBy(inner).size();
			html.text(" (" + Fragments.ownerKind(inner) + (owned == 0 ? "" : ", owns "
					+ Fragments.count(owned, "commitment", "commitments")) + ")");
			html.close("li").newline();
		}
		html.close("ul").newline();
	}

	private static void indicators(Html html, Site site, String path, Owner owner) {
		var indicators = site.index().indicatorsOwnedBy(owner);
		if (!indicators.isEmpty()) {
			html.element("h2", "Indicators it is responsible for").newline();
			html.open("ul").newline();
			for (var indicator : indicators) {
				html.open("li");
				Fragments.link(html, site, path, indicator);
				html.close("li").newline();
			}
			html.close("ul").newline();
		}
	}

	private static void moves(Html html, Site site, String path, Owner owner) {
		List<Move> from = site.index().movesFrom(owner);
		List<Move> to = site.index().movesTo(owner);
		html.element("h2", "Restructure").newline();
		if (from.isEmpty() && to.isEmpty()) {
			html.element("p", "No restructure moves anything to or from it.").newline();
			return;
		}
		moveList(html, site, path, owner, "Moving away from it", from, true);
		moveList(html, site, path, owner, "Moving to it", to, false);
	}

	private static void moveList(Html html, Site site, String path, Owner owner, String heading, List<Move> moves,
			boolean away) {
		if (moves.isEmpty()) {
			return;
		}
		html.element("h3", heading).newline().open("ul", "class", "moves").newline();
		for (Move move : moves) {
			html.open("li");
			Fragments.link(html, site, path, move, MoveText.describe(move));
			List<Owner> other = TraceIndex.resolvedOnly(away ? move.getTo() : move.getFrom());
			if (!other.isEmpty()) {
				html.text(away ? ", to " : ", from ");
				Fragments.links(html, site, path, other);
			}
			if (TraceIndex.resolved(move.getSupersededBy())) {
				html.text(" ").element("span", "(superseded)", "class", "superseded");
			}
			if (away) {
				List<Commitment> affected = ownedWithin(site, owner);
				if (!affected.isEmpty()) {
					html.text(". Commitments it affects: ");
					Fragments.links(html, site, path, affected);
				}
			}
			html.close("li").newline();
		}
		html.close("ul").newline();
	}

	// What the owner and the units and posts inside it own, each commitment once.
	private static List<Commitment> ownedWithin(Site site, Owner owner) {
		List<Commitment> owned = new java.util.ArrayList<>(site.index().commitmentsOwnedBy(owner));
		for (Owner inner : site.index().ownersWithin(owner)) {
			for (Commitment commitment : site.index().commitmentsOwnedBy(inner)) {
				if (!owned.contains(commitment)) {
					owned.add(commitment);
				}
			}
		}
		return owned;
	}

	private static String statutoryRole(StatutoryRole role) {
		return switch (role) {
			case DCS -> "Director of Children's Services";
			case DASS -> "Director of Adult Social Services";
			case S151 -> "Chief finance officer (section 151)";
			case MONITORING -> "Monitoring Officer";
			case HEAD_OF_PAID_SERVICE -> "Head of Paid Service";
			case DPH -> "Director of Public Health";
			case LEAD_MEMBER -> "Lead Member for children's services";
		};
	}
}
