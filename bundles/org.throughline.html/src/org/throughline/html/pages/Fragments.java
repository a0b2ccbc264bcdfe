package org.throughline.html.pages;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.throughline.html.Finding;
import org.throughline.html.markup.Html;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.Funding;
import org.throughline.model.plan.Organisation;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Person;
import org.throughline.model.plan.Portfolio;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.Post;
import org.throughline.model.plan.SourceReference;
import org.throughline.model.plan.Sourced;
import org.throughline.model.values.CalendarDate;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.Values;
import org.throughline.trace.holes.Hole;

/** Pieces that many pages show the same way: links, citations, holes, findings, lists of facts. */
final class Fragments {

	private Fragments() {
	}

	/** A link to an element's page or anchor, with its label as text; plain text when it is shown nowhere. */
	static void link(Html html, Site site, String from, EObject target) {
		link(html, site, from, target, label(target));
	}

	static void link(Html html, Site site, String from, EObject target, String text) {
		String path = site.paths().target(target);
		if (path == null) {
			html.text(text);
		} else if (path.startsWith(from + "#")) {
			html.element("a", text, "href", path.substring(from.length()));
		} else {
			html.element("a", text, "href", SitePaths.relative(from, path));
		}
	}

	/** How an element is named in a link: its label; a response by who made it. */
	static String label(EObject element) {
		if (element instanceof Response response) {
			return TraceIndex.resolved(response.getRespondent())
					? "Response from " + Labels.label(response.getRespondent())
					: "Response " + response.getName();
		}
		return element instanceof NamedElement named ? Labels.label(named) : "";
	}

	/** Links to several elements, separated by commas; "none" when there are none. */
	static void links(Html html, Site site, String from, List<? extends EObject> targets) {
		if (targets.isEmpty()) {
			html.element("span", "none", "class", "none");
			return;
		}
		for (int i = 0; i < targets.size(); i++) {
			if (i > 0) {
				html.text(", ");
			}
			link(html, site, from, targets.get(i));
		}
	}

	/**
	 * "Agenda line 2618; Appendix1 lines 86 to 90, paragraph 45", each document linked to the sources page and each
	 * line or range to the document's page that shows it, when the site shows the document.
	 */
	static void citations(Html html, Site site, String from, Sourced sourced) {
		List<SourceReference> sources = sourced.getSources();
		for (int i = 0; i < sources.size(); i++) {
			if (i > 0) {
				html.text("; ");
			}
			citation(html, site, from, sources.get(i));
		}
	}

	static void citation(Html html, Site site, String from, SourceReference source) {
		if (TraceIndex.resolved(source.getDocument())) {
			link(html, site, from, source.getDocument(), source.getDocument().getName());
		} else {
			html.text("an unknown document");
		}
		StringBuilder where = new StringBuilder();
		if (source.isSetLine() && source.getLine() > 0) {
			int last = source.isSetLineEnd() ? source.getLineEnd() : source.getLine();
			String lines = source.isSetLineEnd() && source.getLineEnd() > 0
					? "lines " + source.getLine() + " to " + source.getLineEnd()
					: "line " + source.getLine();
			String target = site.documents().link(source.getDocument(), source.getLine(), last);
			html.text(" ");
			if (target != null) {
				html.open("a", "href", SitePaths.relative(from, target), "class", "lines").text(lines).close("a");
			} else {
				html.text(lines);
			}
		}
		if (source.getParagraph() != null) {
			where.append(source.isSetLine() ? ", " : " ").append("paragraph ").append(source.getParagraph());
		}
		if (source.getPage() != null) {
			where.append(source.isSetLine() || source.getParagraph() != null ? ", " : " ").append("page ")
					.append(source.getPage());
		}
		html.text(where.toString());
	}

	/** A paragraph "Source: ..." when the element cites anything. */
	static void sourceParagraph(Html html, Site site, String from, Sourced sourced) {
		if (!sourced.getSources().isEmpty()) {
			html.open("p", "class", "source").text("Source: ");
			citations(html, site, from, sourced);
			html.close("p").newline();
		}
	}

	/** The holes as a list of labelled marks, or a note that nothing is missing. */
	static void holes(Html html, Set<Hole> holes, boolean explain) {
		if (holes.isEmpty()) {
			html.element("p", "\u2713 Nothing missing", "class", "complete").newline();
			return;
		}
		html.open("ul", "class", "holes").newline();
		for (Hole hole : holes) {
			html.open("li", "class", "hole").text("\u2717 " + hole.label());
			if (explain) {
				html.text(": " + hole.description());
			}
			html.close("li").newline();
		}
		html.close("ul").newline();
	}

	/** The holes of a matrix cell: short marks, one per line. */
	static void holeMarks(Html html, Set<Hole> holes) {
		if (holes.isEmpty()) {
			html.element("span", "\u2713 complete", "class", "complete");
			return;
		}
		boolean first = true;
		for (Hole hole : holes) {
			if (!first) {
				html.open("br");
			}
			html.element("span", "\u2717 " + hole.label(), "class", "hole");
			first = false;
		}
	}

	/** A commitment's link followed by the marks of its holes, for lists of commitments. */
	static void commitmentWithHoles(Html html, Site site, String from, Commitment commitment) {
		link(html, site, from, commitment);
		Set<Hole> holes = site.holes(commitment);
		if (!holes.isEmpty()) {
			html.text(" ");
			html.open("span", "class", "marks");
			boolean first = true;
			for (Hole hole : holes) {
				html.text(first ? "" : " ");
				html.element("span", "\u2717 " + hole.label(), "class", "hole");
				first = false;
			}
			html.close("span");
		}
	}

	/** A list of commitments with their holes; a sentence when there are none. */
	static void commitmentList(Html html, Site site, String from, List<Commitment> commitments,
			String whenNone) {
		if (commitments.isEmpty()) {
			html.element("p", whenNone).newline();
			return;
		}
		html.open("ul", "class", "commitments").newline();
		for (Commitment commitment : commitments) {
			html.open("li");
			commitmentWithHoles(html, site, from, commitment);
			html.close("li").newline();
		}
		html.close("ul").newline();
	}

	/** A section that lists the findings about this page's element; nothing when there are none. */
	static void findings(Html html, Site site, EObject pageElement) {
		List<Finding> findings = site.findingsOn(pageElement);
		if (findings.isEmpty()) {
			return;
		}
		html.open("section", "aria-labelledby", "findings").newline();
		html.element("h2", "Validation findings", "id", "findings").newline();
		html.open("ul", "class", "findings").newline();
		for (Finding finding : findings) {
			finding(html, finding);
		}
		html.close("ul").newline().close("section").newline();
	}

	static void finding(Html html, Finding finding) {
		html.open("li", "class", "finding " + finding.severity());
		html.element("strong", finding.severity() + ":");
		html.text(" " + finding.message() + " ");
		html.element("code", finding.location() + (finding.code() == null ? "" : " " + finding.code()));
		html.close("li").newline();
	}

	/** A definition list of facts; each fact is written only when it has content. */
	static final class Facts {
		private final Html html;

		Facts(Html html) {
			this.html = html;
			html.open("dl", "class", "facts").newline();
		}

		Facts text(String term, String value) {
			if (value != null && !value.isBlank()) {
				html.element("dt", term).element("dd", value).newline();
			}
			return this;
		}

		Facts markup(String term, boolean present, Consumer<Html> value) {
			if (present) {
				html.element("dt", term).open("dd");
				value.accept(html);
				html.close("dd").newline();
			}
			return this;
		}

		void end() {
			html.close("dl").newline();
		}
	}

	/** What kind of owner it is: "directorate", "post", "person", "portfolio". */
	static String ownerKind(Owner owner) {
		return switch (owner) {
			case OrganisationUnit unit -> unit.getKind().getLiteral();
			case Post post -> "post";
			case Person person -> "person";
			case Portfolio portfolio -> "portfolio";
			case Organisation organisation -> organisation.isSetKind() ? organisation.getKind().getLiteral()
					: "organisation";
			default -> "owner";
		};
	}

	/** "from 2011-04-04", "until 2011-04-03", "from ... until ...", or empty. */
	static String inForce(Owner owner) {
		return inForce(owner.getValidFrom(), owner.getValidUntil());
	}

	/** "from 2020-04-01", "until 2025-03-31", "from ... until ...", or empty: when an owner or a document is in force. */
	static String inForce(CalendarDate from, CalendarDate until) {
		if (from == null && until == null) {
			return "";
		}
		return (from == null ? "" : "from " + from) + (from != null && until != null ? " " : "")
				+ (until == null ? "" : "until " + until);
	}

	/**
	 * The money behind a priority, commitment or action, each amount as the site writes money: "£37.5m capital
	 * (Capital programme 2022 to 2024); £400,000 grant", or empty.
	 */
	static String funding(List<Funding> fundings) {
		StringBuilder text = new StringBuilder();
		for (Funding funding : fundings) {
			if (!text.isEmpty()) {
				text.append("; ");
			}
			text.append(Values.quantity(funding.getAmount()));
			if (funding.isSetKind()) {
				text.append(' ').append(funding.getKind().getLiteral());
			}
			if (funding.getDescription() != null && !funding.getDescription().isBlank()) {
				text.append(" (").append(funding.getDescription()).append(')');
			}
		}
		return text.toString();
	}

	/** The count and noun: "1 commitment", "3 commitments". */
	static String count(int n, String singular, String plural) {
		return Labels.count(n, singular, plural);
	}

	/** Opens a table inside a scrolling region that keyboard users can reach, with a caption. */
	static void openTable(Html html, String caption, String className) {
		html.open("div", "class", "table-scroll", "role", "region", "aria-label", caption, "tabindex", "0").newline();
		html.open("table", "class", className).newline();
		html.element("caption", caption).newline();
	}

	static void closeTable(Html html) {
		html.close("table").newline().close("div").newline();
	}

	/** A header row of column headings. */
	static void headerRow(Html html, String... headings) {
		html.open("thead").open("tr");
		for (String heading : headings) {
			html.element("th", heading, "scope", "col");
		}
		html.close("tr").close("thead").newline();
	}
}
