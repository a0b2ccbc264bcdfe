package org.throughline.cli;

import org.throughline.dsl.logging.LibraryLogging;

/**
 * The headless commands' entry point on a plain class path, as the {@code throughline} launcher starts them: no
 * OSGi framework, so nothing is written into the installation and start-up costs only what the command uses.
 * Runs one command of the {@link CommandLine} and exits with its code.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		configure();
		int code = new CommandLine().run(args, System.out, System.err);
		System.out.flush();
		System.err.flush();
		System.exit(code);
	}

	/** Sets up logging and the libraries for a short headless run; the class-data cache's training run shares it. */
	public static void configure() {
		// Guice's defaults cost start-up a short run never earns back: a stack trace kept for every binding (only
		// error messages use it) and classes generated for each injected constructor; a user's -D still wins.
		setIfAbsent("guice_include_stack_traces", "OFF");
		setIfAbsent("guice_bytecode_gen_option", "DISABLED");
		LibraryLogging.toStandardError("throughline");
	}

	private static void setIfAbsent(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}
}
