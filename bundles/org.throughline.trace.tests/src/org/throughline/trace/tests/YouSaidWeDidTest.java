package org.throughline.trace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.model.plan.ReplyOutcome;
import org.throughline.model.plan.RespondentCategory;
import org.throughline.trace.consultation.YouSaidWeDid;
import org.throughline.trace.consultation.YouSaidWeDid.CategoryShare;
import org.throughline.trace.consultation.YouSaidWeDid.ThemeGroup;

/** Responses are grouped by theme, with what each reply did, and respondents counted by category. */
class YouSaidWeDidTest extends KentTestBase {

	@Test
	void responsesAreGroupedUnderTheirThemesInTheConsultationsOrder() {
		YouSaidWeDid report = YouSaidWeDid.of(index, index.consultations().get(0));
		List<ThemeGroup> groups = report.groups();
		assertEquals(List.of("How", "Parishes", "Commissioning", "Assessment"),
				groups.stream().map(g -> g.theme().getName()).toList());
		assertEquals(List.of("PoscSocialServices"), groups.get(0).responses().stream().map(r -> r.getName()).toList());
		assertEquals(List.of(), groups.get(1).responses());
		assertEquals(2, report.replies(ReplyOutcome.CHANGED));
		assertEquals(1, report.replies(ReplyOutcome.NOTED));
		assertEquals(0, report.replies(ReplyOutcome.NO_CHANGE));
		assertEquals(0, report.unanswered());
	}

	@Test
	void respondentsAreCountedByCategory() {
		YouSaidWeDid report = YouSaidWeDid.of(index, index.consultations().get(0));
		assertEquals(List.of(new CategoryShare(RespondentCategory.RESIDENT, 1, 25),
				new CategoryShare(RespondentCategory.PUBLIC_AUTHORITY, 1, 25),
				new CategoryShare(RespondentCategory.PARISH, 1, 25),
				new CategoryShare(RespondentCategory.SCRUTINY, 1, 25)), report.respondents());
	}

	@Test
	void unansweredResponsesAreCountedAndUnthemedOnesComeLast() {
		YouSaidWeDid report = YouSaidWeDid.of(index, index.consultations().get(1));
		assertEquals(1, report.unanswered());
		assertEquals(1, report.replies(ReplyOutcome.NOTED));
		assertEquals(1, report.groups().size());
		assertEquals(2, report.groups().get(0).responses().size());
	}

	@Test
	void responsesUnderNoThemeFormTheirOwnGroup() throws Exception {
		java.nio.file.Files.writeString(folder.resolve("extra.plan"), """
				module kent.extra
				consultation Letters "Letters" {
					theme Unused "A theme nobody used"
					respondent StanleyWest "Resident" resident
					response Letter1 from StanleyWest { summary "A letter with no theme." }
				}
				""");
		index = org.throughline.trace.TraceIndex
				.of(org.throughline.trace.tests.fixtures.PlanFixtures.load(folder).modules());
		YouSaidWeDid report = YouSaidWeDid.of(index, index.consultations().get(2));
		assertEquals(2, report.groups().size());
		assertNull(report.groups().get(1).theme());
		assertEquals("Letter1", report.groups().get(1).responses().get(0).getName());
	}
}
