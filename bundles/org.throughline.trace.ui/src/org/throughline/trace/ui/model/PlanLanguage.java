package org.throughline.trace.ui.model;

import org.throughline.dsl.PlanStandaloneSetup;

import com.google.inject.Injector;

/** The plan language's services, set up once for the workbench. */
final class PlanLanguage {

	private static Injector injector;

	private PlanLanguage() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
