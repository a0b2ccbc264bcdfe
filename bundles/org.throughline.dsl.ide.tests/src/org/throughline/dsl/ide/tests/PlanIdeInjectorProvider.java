package org.throughline.dsl.ide.tests;

import org.eclipse.xtext.testing.IInjectorProvider;
import org.throughline.dsl.ide.PlanIdeSetup;

import com.google.inject.Injector;

/** The injector an editor uses: the language's runtime with its editor-agnostic services. */
public class PlanIdeInjectorProvider implements IInjectorProvider {

	private static Injector injector;

	@Override
	public synchronized Injector getInjector() {
		if (injector == null) {
			injector = new PlanIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
