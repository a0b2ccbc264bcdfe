package org.throughline.dsl.ide;

import org.eclipse.xtext.util.Modules2;
import org.throughline.dsl.PlanRuntimeModule;
import org.throughline.dsl.PlanStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Creates an injector with the runtime and the editor-agnostic services, for any editor that hosts the language. */
public class PlanIdeSetup extends PlanStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new PlanRuntimeModule(), new PlanIdeModule()));
	}
}
