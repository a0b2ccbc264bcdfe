package org.throughline.projects;

import org.throughline.dsl.ide.PlanIdeSetup;
import org.throughline.projects.logging.PlatformLogAppender;

import com.google.inject.Injector;

/**
 * The plan language inside the workbench: one injector, with the runtime and the editor-agnostic services, shared
 * by the builder and every editor so that they load, link and check files the same way.
 */
public final class PlanLanguage {

	private static Injector injector;

	private PlanLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			try {
				PlatformLogAppender.install();
			} catch (LinkageError e) {
				// no log4j in this installation: then nothing logs through it either
			}
			injector = new PlanIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}
}
