package org.throughline.trace.consultation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.ConsultationTheme;
import org.throughline.model.plan.Respondent;
import org.throughline.model.plan.RespondentCategory;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.ReplyOutcome;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.coverage.Coverage;

/**
 * "You said, we did" for one consultation: its responses grouped by consultation theme, each with the reply's
 * outcome and what it changed; how many replies changed something, were noted, were declined or are still to
 * come; and who responded, by category.
 */
public final class YouSaidWeDid {

	/**
	 * The responses filed under one theme.
	 *
	 * @param theme     the theme; null for the responses filed under none of the consultation's themes
	 * @param responses the responses, in document order
	 */
	public record ThemeGroup(ConsultationTheme theme, List<Response> responses) {
	}

	/**
	 * How many of the consultation's respondents fall in one category.
	 *
	 * @param category the category
	 * @param count    respondents in it
	 * @param percent  whole percentage of all respondents, rounded half up
	 */
	public record CategoryShare(RespondentCategory category, int count, int percent) {
	}

	private final Consultation consultation;
	private final List<ThemeGroup> groups;
	private final Map<ReplyOutcome, Integer> outcomes;
	private final int unanswered;
	private final List<CategoryShare> respondents;

	private YouSaidWeDid(Consultation consultation, List<ThemeGroup> groups, Map<ReplyOutcome, Integer> outcomes,
			int unanswered, List<CategoryShare> respondents) {
		this.consultation = consultation;
		this.groups = groups;
		this.outcomes = outcomes;
		this.unanswered = unanswered;
		this.respondents = respondents;
	}

	/**
	 * Groups a consultation's responses by theme. A response filed under several themes appears under each; the
	 * themes come in the order the consultation declares them, and the group of responses under none comes last
	 * (left out when empty).
	 */
	public static YouSaidWeDid of(TraceIndex index, Consultation consultation) {
		List<ThemeGroup> groups = new ArrayList<>();
		for (ConsultationTheme theme : consultation.getThemes()) {
			groups.add(new ThemeGroup(theme, index.responsesUnder(theme)));
		}
		List<Response> unthemed = new ArrayList<>();
		Map<ReplyOutcome, Integer> outcomes = new EnumMap<>(ReplyOutcome.class);
		for (ReplyOutcome outcome : ReplyOutcome.values()) {
			outcomes.put(outcome, 0);
		}
		int unanswered = 0;
		for (Response response : consultation.getResponses()) {
			if (TraceIndex.resolvedOnly(response.getThemes()).isEmpty()) {
				unthemed.add(response);
			}
			if (response.getReply() == null) {
				unanswered++;
			} else {
				outcomes.merge(response.getReply().getOutcome(), 1, Integer::sum);
			}
		}
		if (!unthemed.isEmpty()) {
			groups.add(new ThemeGroup(null, List.copyOf(unthemed)));
		}
		Map<RespondentCategory, Integer> categories = new EnumMap<>(RespondentCategory.class);
		for (Respondent respondent : consultation.getRespondents()) {
			categories.merge(respondent.getCategory(), 1, Integer::sum);
		}
		int all = consultation.getRespondents().size();
		List<CategoryShare> shares = new ArrayList<>();
		categories.forEach((category, count) -> shares.add(new CategoryShare(category, count,
				Coverage.percent(count, all))));
		return new YouSaidWeDid(consultation, List.copyOf(groups), outcomes, unanswered, List.copyOf(shares));
	}

	public Consultation consultation() {
		return consultation;
	}

	/** The theme groups, in the consultation's order, the group without a theme last. */
	public List<ThemeGroup> groups() {
		return groups;
	}

	/** How many replies had each outcome. */
	public int replies(ReplyOutcome outcome) {
		return outcomes.get(outcome);
	}

	/** How many responses have no reply yet. */
	public int unanswered() {
		return unanswered;
	}

	/** Respondents by category, in the order of {@link RespondentCategory}; categories with none left out. */
	public List<CategoryShare> respondents() {
		return respondents;
	}
}
