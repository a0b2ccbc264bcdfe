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
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Every commitment has a lead owner, and its owners are in force while the plan runs
 * (resources/validation/ownership).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class OwnershipChecksTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@BeforeEach
	void copyFixture() throws Exception {
		Fixtures.copy("validation/ownership", folder);
	}

	@Test
	void aCommitmentWithoutOwnerIsGivenTheFirstUnitThatOneOfItsAimsIsDeliveredBy() throws Exception {
		assertEquals(List.of(
				"plan.plan:19:13+7 warning commitment-without-owner: The commitment 'Unowned' has no owner; its aim"
						+ " 'Economy' is delivered by 'Enterprise' [test.organisation.KCC.Enterprise]",
				"plan.plan:22:13+6 warning commitment-without-owner: The commitment 'Orphan' has no owner"),
				Findings.of(injector, folder, IssueCodes.COMMITMENT_WITHOUT_OWNER));
	}

	@Test
	void aCommitmentWhoseOwnersOnlySupportOrAnswerPoliticallyHasNoLead() throws Exception {
		assertEquals(List.of(
				"plan.plan:25:13+9 warning commitment-without-lead: The commitment 'Supported' has no lead owner: its"
						+ " owners only support it or answer for it politically [test.organisation.KCC.CustomerAndCommunities]",
				"plan.plan:29:13+11 warning commitment-without-lead: The commitment 'Accountable' has no lead owner: its"
						+ " owners only support it or answer for it politically [test.organisation.KCC.Leader]"),
				Findings.of(injector, folder, IssueCodes.COMMITMENT_WITHOUT_LEAD));
	}

	@Test
	void anOwnerNotInForceDuringThePlanIsReportedWithItsSuccessorInForce() throws Exception {
		assertEquals(List.of(
				"plan.plan:12:16+11 warning owner-not-in-force: The owner 'Communities' ceased on 2011-03-31, before the"
						+ " plan 'Bold' starts on 2011-04-01; it was succeeded by 'CustomerAndCommunities'"
						+ " [test.organisation.KCC.CustomerAndCommunities]",
				"plan.plan:33:14+11 warning owner-not-in-force: The owner 'Communities' ceased on 2011-03-31, before the"
						+ " plan 'Bold' starts on 2011-04-01; it was succeeded by 'CustomerAndCommunities'"
						+ " [test.organisation.KCC.CustomerAndCommunities]",
				"plan.plan:39:14+10 warning owner-not-in-force: The owner 'FutureUnit' comes into force on 2015-04-01,"
						+ " after the plan 'Bold' ends on 2015-03-31"),
				Findings.of(injector, folder, IssueCodes.OWNER_NOT_IN_FORCE));
	}
}
