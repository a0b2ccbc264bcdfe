/** The monitoring report of a plan folder for a period: what the command line and the site publish. */
package org.throughline.trace.monitoring;
