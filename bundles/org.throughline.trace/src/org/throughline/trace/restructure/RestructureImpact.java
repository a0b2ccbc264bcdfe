package org.throughline.trace.restructure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.Restructure;
import org.throughline.model.values.CalendarDate;
import org.throughline.trace.TraceIndex;

/**
 * What a restructure does to the plan: for each move, the owners it takes from and gives to, and the
 * commitments owned by the old owners (or by the units and posts inside them) that the move affects; and the
 * owners that are no longer in force once it takes effect, with what they still own.
 * <p>
 * A move superseded by a later one (a draft changed after consultation) is reported, marked as superseded, but
 * does not end any owner.
 */
public final class RestructureImpact {

	/**
	 * One move and what it touches.
	 *
	 * @param move      the move
	 * @param from      the resolved owners it moves from
	 * @param to        the resolved owners it moves to
	 * @param affected  ownerships held by a {@code from} owner or an owner within one, each once, owner by owner
	 * @param responses consultation responses that concern the move
	 * @param replies   replies that changed the move
	 */
	public record MoveImpact(Move move, List<Owner> from, List<Owner> to, List<Ownership> affected,
			List<Response> responses, List<Reply> replies) {

		/** True when a later move replaces this one. */
		public boolean superseded() {
			return TraceIndex.resolved(move.getSupersededBy());
		}

		/** The distinct commitments the move affects, in document order of their ownerships. */
		public List<Commitment> affectedCommitments() {
			List<Commitment> commitments = new ArrayList<>();
			Set<Commitment> seen = Collections.newSetFromMap(new IdentityHashMap<>());
			for (Ownership ownership : affected) {
				Commitment commitment = (Commitment) ownership.eContainer();
				if (seen.add(commitment)) {
					commitments.add(commitment);
				}
			}
			return commitments;
		}
	}

	/**
	 * An owner that is no longer in force after the restructure.
	 *
	 * @param owner      the owner
	 * @param until      its last day in force, if recorded
	 * @param endedBy    the moves of this restructure that end it (merge, rename, split, abolish)
	 * @param successors who takes over: its recorded successors, then the destinations of the moves that end it
	 * @param ownerships the commitments it still owns, with roles
	 * @param indicators the indicators it is still responsible for
	 */
	public record EndedOwner(Owner owner, CalendarDate until, List<Move> endedBy, List<Owner> successors,
			List<Ownership> ownerships, List<Indicator> indicators) {

		/** True when it still owns a commitment or an indicator, which then needs a new owner. */
		public boolean stillOwnsSomething() {
			return !ownerships.isEmpty() || !indicators.isEmpty();
		}
	}

	private final Restructure restructure;
	private final List<MoveImpact> moves;
	private final List<EndedOwner> endedOwners;

	private RestructureImpact(Restructure restructure, List<MoveImpact> moves, List<EndedOwner> endedOwners) {
		this.restructure = restructure;
		this.moves = moves;
		this.endedOwners = endedOwners;
	}

	/**
	 * Works out the impact of one restructure. An owner has ended when a move of this restructure that is not
	 * superseded merges it into another, renames it to another, splits or abolishes it, or when it is in force only
	 * until a day before the restructure's effective date.
	 */
	public static RestructureImpact of(TraceIndex index, Restructure restructure) {
		List<MoveImpact> moves = new ArrayList<>();
		Map<Owner, List<Move>> endingMoves = new IdentityHashMap<>();
		for (Move move : restructure.getMoves()) {
			List<Owner> from = TraceIndex.resolvedOnly(move.getFrom());
			List<Ownership> affected = new ArrayList<>();
			Set<Ownership> seen = Collections.newSetFromMap(new IdentityHashMap<>());
			for (Owner owner : from) {
				addOwnerships(index, owner, affected, seen);
				for (Owner within : index.ownersWithin(owner)) {
					addOwnerships(index, within, affected, seen);
				}
			}
			MoveImpact impact = new MoveImpact(move, from, TraceIndex.resolvedOnly(move.getTo()), List.copyOf(affected),
					index.responsesConcerning(move), index.repliesChanging(move));
			moves.add(impact);
			if (!impact.superseded()) {
				for (Owner owner : from) {
					if (ends(move, owner, impact.to())) {
						endingMoves.computeIfAbsent(owner, k -> new ArrayList<>()).add(move);
					}
				}
			}
		}
		CalendarDate effective = restructure.getEffective();
		List<EndedOwner> ended = new ArrayList<>();
		for (Owner owner : index.owners()) {
			List<Move> endedBy = endingMoves.getOrDefault(owner, List.of());
			CalendarDate until = owner.getValidUntil();
			boolean expired = effective != null && until != null && until.isBefore(effective);
			if (endedBy.isEmpty() && !expired) {
				continue;
			}
			List<Owner> successors = new ArrayList<>(TraceIndex.resolvedOnly(owner.getSuccessors()));
			for (Move move : endedBy) {
				for (Owner to : TraceIndex.resolvedOnly(move.getTo())) {
					if (!successors.contains(to)) {
						successors.add(to);
					}
				}
			}
			ended.add(new EndedOwner(owner, until, List.copyOf(endedBy), List.copyOf(successors),
					index.ownershipsOf(owner), index.indicatorsOwnedBy(owner)));
		}
		return new RestructureImpact(restructure, List.copyOf(moves), List.copyOf(ended));
	}

	private static void addOwnerships(TraceIndex index, Owner owner, List<Ownership> affected, Set<Ownership> seen) {
		for (Ownership ownership : index.ownershipsOf(owner)) {
			if (seen.add(ownership)) {
				affected.add(ownership);
			}
		}
	}

	// A merge into one of the merged owners leaves that one in force; a rename that names no new owner keeps
	// the same owner under a name still to be decided.
	private static boolean ends(Move move, Owner owner, List<Owner> to) {
		if (to.contains(owner)) {
			return false;
		}
		return switch (move.getKind()) {
			case MERGE, SPLIT, ABOLISH -> true;
			case RENAME -> !to.isEmpty();
			case MOVE, CREATE, DOWNGRADE -> false;
		};
	}

	public Restructure restructure() {
		return restructure;
	}

	/** Every move, in the order the restructure lists them. */
	public List<MoveImpact> moves() {
		return moves;
	}

	/** Owners no longer in force after the restructure, in document order. */
	public List<EndedOwner> endedOwners() {
		return endedOwners;
	}

	/** The distinct commitments that moves still in force affect. */
	public List<Commitment> affectedCommitments() {
		List<Commitment> all = new ArrayList<>();
		Set<Commitment> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (MoveImpact move : moves) {
			if (!move.superseded()) {
				for (Commitment commitment : move.affectedCommitments()) {
					if (seen.add(commitment)) {
						all.add(commitment);
					}
				}
			}
		}
		return all;
	}
}
