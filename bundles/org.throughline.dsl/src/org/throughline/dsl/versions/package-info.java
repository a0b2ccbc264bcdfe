/**
 * Earlier versions of a plan folder: the .plan files a git revision holds, read with JGit, and the revisions that
 * can be compared with. The command line's {@code diff}, the site's history and the workbench's Compare With read
 * them here.
 */
package org.throughline.dsl.versions;
