package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** The Eclipse application org.throughline.cli.app is declared, and returns the command's exit code. */
class ApplicationTest {

	@TempDir
	Path temp;

	@Test
	void theApplicationIsDeclaredUnderItsId() {
		IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications",
				"org.throughline.cli.app");
		assertNotNull(extension, "no application org.throughline.cli.app");
		IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
		assertEquals("org.throughline.cli.ThroughlineApplication", run.getAttribute("class"));
	}

	@Test
	void startReturnsTheExitCodeOfTheCommand() throws Exception {
		IApplication application = (IApplication) Platform.getExtensionRegistry()
				.getExtension("org.eclipse.core.runtime.applications", "org.throughline.cli.app")
				.getConfigurationElements()[0].getChildren("run")[0].createExecutableExtension("class");
		Object code = application.start(context("validate", temp.resolve("missing").toString()));
		assertEquals(Integer.valueOf(2), code);
		assertEquals(Integer.valueOf(0), application.start(context("validate", temp.toString())));
	}

	private static IApplicationContext context(String... args) {
		return new IApplicationContext() {
			@Override
			public Map<String, Object> getArguments() {
				return Map.of(IApplicationContext.APPLICATION_ARGS, args);
			}

			@Override
			public void applicationRunning() {
			}

			@Override
			public String getBrandingApplication() {
				return null;
			}

			@Override
			public String getBrandingName() {
				return null;
			}

			@Override
			public String getBrandingDescription() {
				return null;
			}

			@Override
			public String getBrandingId() {
				return null;
			}

			@Override
			public String getBrandingProperty(String key) {
				return null;
			}

			@Override
			public Bundle getBrandingBundle() {
				return null;
			}

			@Override
			public void setResult(Object result, IApplication application) {
			}
		};
	}
}
