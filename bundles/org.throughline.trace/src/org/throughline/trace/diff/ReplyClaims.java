package org.throughline.trace.diff;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.Reply;
import org.throughline.model.plan.ReplyOutcome;
import org.throughline.model.plan.Response;
import org.throughline.trace.TraceIndex;

/**
 * The council's replies held against what really changed since the version of the plan that was consulted on: a
 * reply that says it changed a commitment or move that is the same as then, and a commitment or move that was
 * added, renamed or changed with nothing in the consultation to explain it (no reply says it changed it, and no
 * response about it has a reply that says the plan changed).
 * <p>
 * Every question is a lookup in the comparison and the trace index; nothing is compared twice.
 */
public final class ReplyClaims {

	/** What is wrong. */
	public enum Kind {
		/** A reply says it changed an element that did not change. */
		CHANGED_BUT_UNCHANGED,
		/** An element changed and nothing in the consultation explains it. */
		CHANGE_WITHOUT_REPLY
	}

	/**
	 * One finding.
	 *
	 * @param kind    what is wrong
	 * @param subject the reply, or the changed element, in the new version
	 * @param message what is wrong, naming the elements and the version
	 */
	public record Finding(Kind kind, EObject subject, String message) {
	}

	private ReplyClaims() {
	}

	/**
	 * Checks the new version of {@code diff} against its old one, the version consulted on.
	 *
	 * @param version how the consulted version is named in the messages
	 */
	public static List<Finding> check(PlanDiff diff, String version) {
		TraceIndex index = diff.newer();
		List<Finding> findings = new ArrayList<>();
		for (Consultation consultation : index.consultations()) {
			for (Response response : consultation.getResponses()) {
				Reply reply = response.getReply();
				if (reply == null) {
					continue;
				}
				List<NamedElement> claimed = new ArrayList<>(TraceIndex.resolvedOnly(reply.getChanged()));
				claimed.addAll(TraceIndex.resolvedOnly(reply.getChangedMoves()));
				for (NamedElement element : claimed) {
					if (!changed(diff, element)) {
						findings.add(new Finding(Kind.CHANGED_BUT_UNCHANGED, reply,
								"The reply to " + response.getName() + " says it changed " + describe(index, element)
										+ ", which is the same as in " + version + ", the version consulted on"));
					}
				}
			}
		}
		for (NamedElement element : changedElements(diff)) {
			if (!explained(index, element)) {
				findings.add(new Finding(Kind.CHANGE_WITHOUT_REPLY, element,
						capitalised(describe(index, element)) + " " + what(diff, element) + " since " + version
								+ ", the version consulted on, and no reply says it changed it"));
			}
		}
		return findings;
	}

	private static boolean changed(PlanDiff diff, NamedElement element) {
		String name = diff.newName(element);
		return diff.isAdded(element) || diff.change(name).isPresent() || diff.rename(name).isPresent();
	}

	// The commitments and moves added, renamed or changed, each once, in the order the comparison lists them.
	private static List<NamedElement> changedElements(PlanDiff diff) {
		List<NamedElement> elements = new ArrayList<>();
		for (NamedElement element : diff.added()) {
			if (answerable(element)) {
				elements.add(element);
			}
		}
		for (Rename rename : diff.renamed()) {
			if (answerable(rename.after()) && diff.change(rename.newName()).isEmpty()) {
				elements.add(rename.after());
			}
		}
		for (ElementChange change : diff.changed()) {
			if (answerable(change.after())) {
				elements.add(change.after());
			}
		}
		return elements;
	}

	// Replies name commitments and moves; other elements change without being answered for.
	private static boolean answerable(NamedElement element) {
		return element instanceof Commitment || element instanceof Move;
	}

	private static boolean explained(TraceIndex index, NamedElement element) {
		List<Reply> changing = element instanceof Commitment commitment ? index.repliesChanging(commitment)
				: index.repliesChanging((Move) element);
		if (!changing.isEmpty()) {
			return true;
		}
		List<Response> responses = element instanceof Commitment commitment ? index.responsesConcerning(commitment)
				: index.responsesConcerning((Move) element);
		return responses.stream().anyMatch(r -> r.getReply() != null && r.getReply().getOutcome() == ReplyOutcome.CHANGED);
	}

	private static String what(PlanDiff diff, NamedElement element) {
		String name = diff.newName(element);
		if (diff.isAdded(element)) {
			return "was added";
		}
		StringBuilder what = new StringBuilder();
		diff.rename(name).ifPresent(r -> what.append("was ").append(r.isMove() ? "moved" : "renamed").append(" from ")
				.append(r.oldName()));
		diff.change(name).ifPresent(c -> what.append(what.isEmpty() ? "" : " and ").append("changed (")
				.append(String.join(", ", c.fieldNames())).append(')'));
		return what.toString();
	}

	private static String describe(TraceIndex index, NamedElement element) {
		return Labels.kind(element) + " " + index.qualifiedName(element) + " (\u201c" + Labels.label(element) + "\u201d)";
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
