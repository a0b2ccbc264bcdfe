package org.throughline.dsl.validation;

import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_ERROR;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_INFO;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_WARNING;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

import com.google.inject.Singleton;

/**
 * The default severity of every configurable finding. Gaps in traceability are warnings, because a plan is written
 * with them and closes them over time; contradictions that make the model ambiguous are errors.
 */
@Singleton
public class PlanIssueCodesProvider extends ConfigurableIssueCodesProvider {

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		acceptor.accept(create(IssueCodes.PERIOD_REVERSED, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.DUPLICATE_NAME, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.COMMITMENT_WITHOUT_OWNER, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.COMMITMENT_WITHOUT_LEAD, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.COMMITMENT_WITHOUT_ACTION, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.ACTION_WITHOUT_COMMITMENT, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.ACTION_WITHOUT_OWNER, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.COMMITMENT_WITHOUT_MEASURE, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.OWNER_NOT_IN_FORCE, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.TARGET_WITHOUT_BASELINE, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.TARGET_OUTSIDE_PLAN_PERIOD, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.MILESTONE_OUTSIDE_PLAN_PERIOD, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.SUPPORTING_PLAN_NOT_IN_FORCE, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.BASELINE_AFTER_TARGET, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.UNIT_MISMATCH, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.MISSING_ACTUAL, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.RESPONSE_WITHOUT_REPLY, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.CHANGED_REPLY_NAMES_NOTHING, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.LATE_RESPONSE, SEVERITY_INFO));
		acceptor.accept(create(IssueCodes.COMMITMENT_WITHOUT_AIM_OR_THEME, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.AIM_WITHOUT_COMMITMENT, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.OVERDUE_INSPECTION_ACTION, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.CONTROL_CHARACTER, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.REPLY_CHANGED_UNCHANGED, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.CHANGE_WITHOUT_REPLY, SEVERITY_INFO));
		acceptor.accept(create(IssueCodes.CONSULTED_VERSION_UNREADABLE, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.FLOOR_BEYOND_TARGET, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.RATING_WITHOUT_COMMENTARY, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.ACTUAL_OUTSIDE_PLAN_PERIOD, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.STATUS_NOT_ON_SCALE, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.MISSING_UPDATE, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.STATUS_DISAGREES_WITH_FIGURES, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.SOURCE_FILE_MISSING, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.CITATION_OUT_OF_RANGE, SEVERITY_ERROR));
		acceptor.accept(create(IssueCodes.QUOTE_NOT_AT_SOURCE, SEVERITY_WARNING));
		acceptor.accept(create(IssueCodes.STATEMENT_WITHOUT_SOURCE, SEVERITY_WARNING));
	}
}
