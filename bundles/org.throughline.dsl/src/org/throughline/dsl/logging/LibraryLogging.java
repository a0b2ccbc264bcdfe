package org.throughline.dsl.logging;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Xtext logs through log4j, which, unconfigured, prints three lines of warnings about itself. Outside the
 * workbench only real errors from the libraries are shown, one line each on standard error, so that standard
 * output stays the command's result (or, for the language server, the protocol's).
 */
public final class LibraryLogging {

	private LibraryLogging() {
	}

	/**
	 * Sends the libraries' errors to standard error, each line starting with {@code prefix}, unless log4j was
	 * configured otherwise.
	 */
	public static void toStandardError(String prefix) {
		try {
			Logger root = Logger.getRootLogger();
			if (!root.getAllAppenders().hasMoreElements()) {
				root.addAppender(new ConsoleAppender(new PatternLayout(prefix + ": %p %c{1}: %m%n"), "System.err"));
			}
			root.setLevel(Level.ERROR);
		} catch (LinkageError e) {
			// no log4j in this installation: then nothing logs through it either
		}
	}
}
