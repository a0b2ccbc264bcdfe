package org.throughline.dsl.versions;

import java.io.IOException;

/**
 * An earlier version of a plan cannot be read: the folder is in no git repository, the revision is unknown, a file
 * is not UTF-8. The message says which, in one line.
 */
public class UnreadableVersion extends IOException {

	private static final long serialVersionUID = 1L;

	public UnreadableVersion(String message) {
		super(message);
	}

	public UnreadableVersion(String message, Throwable cause) {
		super(message, cause);
	}
}
