package org.throughline.lsp;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Xtext logs through log4j, which unconfigured prints warnings about itself. The server's standard output is the
 * protocol's, so only real errors from the libraries are shown, one line each on standard error.
 */
final class Logging {

	private Logging() {
	}

	static void quiet() {
		try {
			Logger root = Logger.getRootLogger();
			if (!root.getAllAppenders().hasMoreElements()) {
				root.addAppender(new ConsoleAppender(new PatternLayout("throughline lsp: %p %c{1}: %m%n"), "System.err"));
			}
			root.setLevel(Level.ERROR);
		} catch (LinkageError e) {
			// no log4j in this installation: then nothing logs through it either
		}
	}
}
