package org.throughline.dsl;

import java.time.Clock;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.IssueSeveritiesProvider;
import org.throughline.dsl.conversion.PlanValueConverters;
import org.throughline.dsl.formatting2.PlanFormatter;
import org.throughline.dsl.linking.PlanLinkingDiagnosticMessageProvider;
import org.throughline.dsl.linking.PlanLinker;
import org.throughline.dsl.linking.PlanLinkingService;
import org.throughline.dsl.parsing.PlanSyntaxErrorMessages;
import org.throughline.dsl.parsing.RecoveringPlanParser;
import org.throughline.dsl.resource.PlanResource;
import org.throughline.dsl.scoping.PlanImportScopeProvider;
import org.throughline.dsl.validation.PlanIssueCodesProvider;
import org.throughline.dsl.validation.PlanIssueSeveritiesProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Binds the plan language's own services in place of Xtext's defaults. */
public class PlanRuntimeModule extends AbstractPlanRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PlanValueConverters.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return PlanFormatter.class;
	}

	/** The machine's clock. No finding may depend on it: checks of ended periods and deadlines use the as-at date. */
	public Clock bindClock() {
		return Clock.systemDefaultZone();
	}

	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return PlanIssueCodesProvider.class;
	}

	public Class<? extends IssueSeveritiesProvider> bindIssueSeveritiesProvider() {
		return PlanIssueSeveritiesProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return PlanLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProvider$Extended() {
		return PlanLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ILinkingService> bindILinkingService() {
		return PlanLinkingService.class;
	}

	@Override
	public Class<? extends ILinker> bindILinker() {
		return PlanLinker.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(PlanImportScopeProvider.class);
	}

	/**
	 * Leaves out EMF's generic checks of every feature of every element (bounds, unresolved links): a required part
	 * left out is a syntax error and a link that does not resolve a linking error already, and in a file of
	 * thousands of commitments the pass cost more than all the plan's own checks.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return RecoveringPlanParser.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PlanSyntaxErrorMessages.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return PlanResource.class;
	}
}
