package org.throughline.cli.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.throughline.cli.CommandLine;
import org.throughline.cli.Main;

/**
 * The run the JVM's class-data cache is recorded from: the shipped example plan through the commands users start
 * most (validate, stats, html, export), their output thrown away, so that the cache holds what those commands
 * load. Started by the launcher in the background, after a first command, on the same class path as the commands.
 * Usage:
 *
 * <pre>Training EXAMPLES_JAR WORK_FOLDER</pre>
 */
public final class Training {

	/** The example plan in the examples bundle, read as a folder of files. */
	static final String EXAMPLE = "projects/bold-steps-for-kent/";

	private Training() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: Training EXAMPLES_JAR WORK_FOLDER");
			System.exit(2);
		}
		Main.configure();
		Path work = Path.of(args[1]);
		Path plans = extract(Path.of(args[0]), Files.createDirectories(work.resolve("plans")));
		PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
		CommandLine commands = new CommandLine();
		commands.run(new String[] { "validate", plans.toString() }, nowhere, nowhere);
		commands.run(new String[] { "stats", plans.toString(), "--format", "json" }, nowhere, nowhere);
		commands.run(new String[] { "html", plans.toString(), "-o", work.resolve("site").toString() }, nowhere, nowhere);
		commands.run(new String[] { "export", plans.toString(), "--format", "csv", "-o",
				work.resolve("matrix.csv").toString() }, nowhere, nowhere);
		deleteRecursively(work);
		System.exit(0);
	}

	private static Path extract(Path examples, Path plans) throws IOException {
		try (JarFile jar = new JarFile(examples.toFile(), false)) {
			for (JarEntry entry : jar.stream().toList()) {
				String name = entry.getName();
				if (name.startsWith(EXAMPLE) && name.endsWith(".plan") && name.indexOf('/', EXAMPLE.length()) < 0) {
					try (InputStream in = jar.getInputStream(entry)) {
						Files.copy(in, plans.resolve(name.substring(EXAMPLE.length())));
					}
				}
			}
		}
		return plans;
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
