package org.throughline.projects.logging;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * Xtext and the libraries under it log through log4j, which, unconfigured, prints "log4j:WARN No appenders could be
 * found" on the console and drops what they say. In the workbench their warnings and errors go to the platform's
 * log, where the Error Log shows them beside the platform's own.
 */
public final class PlatformLogAppender extends AppenderSkeleton {

	private static final String BUNDLE = "org.throughline.projects";

	/**
	 * Sends log4j's warnings and errors to the platform's log, unless log4j was configured otherwise. Throws
	 * {@link LinkageError} when there is no log4j in the installation; then nothing logs through it either.
	 */
	public static void install() {
		Logger root = Logger.getRootLogger();
		synchronized (root) {
			if (!root.getAllAppenders().hasMoreElements()) {
				root.addAppender(new PlatformLogAppender());
				root.setLevel(Level.WARN);
			}
		}
	}

	@Override
	protected void append(LoggingEvent event) {
		int severity = event.getLevel().isGreaterOrEqual(Level.ERROR) ? IStatus.ERROR : IStatus.WARNING;
		ThrowableInformation thrown = event.getThrowableInformation();
		String message = event.getLoggerName() + ": " + event.getRenderedMessage();
		Platform.getLog(PlatformLogAppender.class)
				.log(new Status(severity, BUNDLE, message, thrown == null ? null : thrown.getThrowable()));
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}

	@Override
	public void close() {
		// nothing is held open: each event goes to the platform's log as it comes
	}
}
