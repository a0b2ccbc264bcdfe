package org.throughline.trace.coverage;

import java.util.List;
import java.util.function.BiFunction;

import org.throughline.model.facts.CommitmentFacts;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.OwnershipRole;
import org.throughline.trace.TraceIndex;

/**
 * The ways a plan's commitments are grouped for coverage besides by directorate, for the plans that have other
 * structures or no directorates: by the aim (priority) they serve, the area they are for, the owner who leads them
 * and the owner accountable for them (a portfolio holder, say).
 */
public enum Grouping {

	AIM("aim", "By aim", "Aim", (index, commitment) -> List.copyOf(index.aimsOf(commitment))),
	AREA("area", "By area", "Area",
			(index, commitment) -> distinct(TraceIndex.resolvedOnly(commitment.getAreas()))),
	LEAD("lead", "By lead owner", "Lead",
			(index, commitment) -> distinct(CommitmentFacts.owners(commitment, OwnershipRole.LEAD))),
	ACCOUNTABLE("accountable", "By accountable owner", "Accountable",
			(index, commitment) -> distinct(CommitmentFacts.owners(commitment, OwnershipRole.ACCOUNTABLE)));

	private final String key;
	private final String title;
	private final String heading;
	private final BiFunction<TraceIndex, Commitment, List<NamedElement>> groups;

	Grouping(String key, String title, String heading, BiFunction<TraceIndex, Commitment, List<NamedElement>> groups) {
		this.key = key;
		this.title = title;
		this.heading = heading;
		this.groups = groups;
	}

	/** The grouping's name in JSON: "aim", "area", "lead", "accountable". */
	public String key() {
		return key;
	}

	/** The title of its table: "By area". */
	public String title() {
		return title;
	}

	/** The heading of its first column: "Area". */
	public String heading() {
		return heading;
	}

	/** The groups a commitment counts for, each once; none when it has none of this kind. */
	public List<NamedElement> groupsOf(TraceIndex index, Commitment commitment) {
		return groups.apply(index, commitment);
	}

	// a commitment counts once for each group, however often it names it
	private static List<NamedElement> distinct(List<? extends NamedElement> groups) {
		return groups.stream().distinct().map(NamedElement.class::cast).toList();
	}
}
