package org.throughline.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import org.throughline.dsl.logging.LibraryLogging;

/**
 * The Eclipse application {@code org.throughline.cli.app}: runs one command of the {@link CommandLine} with the
 * application's arguments and returns its exit code, which the launcher passes on to the shell.
 */
public class ThroughlineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		LibraryLogging.toStandardError("throughline");
		int code = new CommandLine().run(args == null ? new String[0] : args, System.out, System.err);
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// a command runs to its end; there is nothing to interrupt
	}
}
