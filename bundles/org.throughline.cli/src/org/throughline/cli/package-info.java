/**
 * The headless command line. {@link org.throughline.cli.CommandLine#run} runs one command and returns its exit
 * code; {@link org.throughline.cli.ThroughlineApplication} is the Eclipse application
 * {@code org.throughline.cli.app} around it. The commands are in {@code commands}, argument parsing in
 * {@code args}, loading a plan folder in {@code load}, and safe writing of output in {@code output}.
 */
package org.throughline.cli;
