package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Comments on commitments and moves have replies; a reply that changed the plan says what; late responses are
 * noted.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class ConsultationChecksTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@BeforeEach
	void writeConsultation() throws Exception {
		Findings.write(folder, "consultation.plan", """
				module test.consultation

				plan P "Plan" {
					period 2011/12 to 2014/15
					commitment FreeSchools "Free Schools" { not measurable because "x" }
					commitment Apprentices "Apprentices" { not measurable because "x" }
				}

				restructure R "Change to keep succeeding" {
					merge P9 "Recombine children's and adult social care"
				}

				consultation C "Bold Steps consultation" {
					about P
					opens 2010-10-18
					closes 2010-11-12
					respondent TMBC "Tonbridge and Malling Borough Council" public-authority
					response Unanswered from TMBC {
						received 2010-11-12
						concerns P.FreeSchools, P.Apprentices
						concerns move R.P9
					}
					response Answered from TMBC {
						received 2010-11-15
						concerns P.FreeSchools
						reply noted "Considered with the other responses."
					}
					response General {
						summary "How will 'how' be delivered?"
					}
					response ChangedNothing {
						concerns P.FreeSchools
						concerns move R.P9
						reply changed "The wording was changed."
					}
					response ChangedSomething {
						concerns P.FreeSchools
						reply changed "Supported where the Secretary of State approves." changing P.FreeSchools
					}
				}
				""");
	}

	@Test
	void aResponseAboutCommitmentsOrMovesWithoutReplyIsReported() throws Exception {
		assertEquals(List.of(
				"consultation.plan:18:11+10 warning response-without-reply: The response 'Unanswered' concerns the"
						+ " commitments 'FreeSchools' and 'Apprentices' and the move 'P9' but has no reply"),
				Findings.of(injector, folder, IssueCodes.RESPONSE_WITHOUT_REPLY));
	}

	@Test
	void aChangedReplyThatNamesNoChangeIsGivenWhatTheResponseConcerns() throws Exception {
		assertEquals(List.of(
				"consultation.plan:34:9+7 warning changed-reply-names-nothing: The reply to the response 'ChangedNothing'"
						+ " says the plan was changed but names no changed commitment or move"
						+ " [test.consultation.P.FreeSchools, test.consultation.R.P9]"),
				Findings.of(injector, folder, IssueCodes.CHANGED_REPLY_NAMES_NOTHING));
	}

	@Test
	void aResponseReceivedAfterTheConsultationClosedIsNoted() throws Exception {
		assertEquals(List.of(
				"consultation.plan:24:12+10 info late-response: The response 'Answered' was received on 2010-11-15, after"
						+ " the consultation 'C' closed on 2010-11-12"),
				Findings.of(injector, folder, IssueCodes.LATE_RESPONSE));
	}
}
