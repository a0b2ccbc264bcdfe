package org.throughline.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.throughline.dsl.conversion.PlanValueConverters;
import org.throughline.dsl.formatting2.PlanFormatter;

/** Binds the plan language's own services in place of Xtext's defaults. */
public class PlanRuntimeModule extends AbstractPlanRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PlanValueConverters.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return PlanFormatter.class;
	}
}
