package org.throughline.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Xtext logs through log4j, which unconfigured prints three lines of warnings about itself. On the command line
 * only real errors from the libraries are shown, one line each on standard error, so that standard output stays
 * the command's result.
 */
final class Logging {

	private Logging() {
	}

	static void quiet() {
		try {
			Logger root = Logger.getRootLogger();
			if (!root.getAllAppenders().hasMoreElements()) {
				root.addAppender(new ConsoleAppender(new PatternLayout("throughline: %p %c{1}: %m%n"), "System.err"));
			}
			root.setLevel(Level.ERROR);
		} catch (LinkageError e) {
			// no log4j in this installation: then nothing logs through it either
		}
	}
}
