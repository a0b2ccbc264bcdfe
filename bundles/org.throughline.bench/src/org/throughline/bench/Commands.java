package org.throughline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The installed {@code throughline} command, started as a user starts it, timed from process start to exit. Its
 * cache folder (class path and class-data cache) is the benchmark's own, made by a first run before any is timed.
 */
final class Commands {

	/** The example the benchmark validates, as the examples bundle ships it. */
	static final String EXAMPLE = "projects/bold-steps-for-kent/";
	private static final Pattern SUMMARY = Pattern.compile("(\\d+) files?, (\\d+) errors?");

	/** One run: its wall-clock seconds, and the errors {@code validate} counted (0 for other commands). */
	record Run(double wall, int errors) {
	}

	/** Several runs of one command. */
	record Timing(List<Double> walls) {

		double medianWall() {
			return Benchmark.median(walls);
		}

		double minWall() {
			return walls.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
		}

		double maxWall() {
			return walls.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
		}
	}

	private final Path installation;
	private final Path cache;

	Commands(Path installation, Path cache) {
		this.installation = installation.toAbsolutePath();
		this.cache = cache;
	}

	/** Copies the shipped example's plan files into {@code folder}. */
	Path example(Path folder) throws IOException {
		Files.createDirectories(folder);
		try (JarFile jar = new JarFile(plugin("org.throughline.examples_").toFile())) {
			for (JarEntry entry : jar.stream().toList()) {
				String name = entry.getName();
				if (name.startsWith(EXAMPLE) && name.endsWith(".plan") && name.indexOf('/', EXAMPLE.length()) < 0) {
					try (InputStream in = jar.getInputStream(entry)) {
						Files.copy(in, folder.resolve(name.substring(EXAMPLE.length())),
								java.nio.file.StandardCopyOption.REPLACE_EXISTING);
					}
				}
			}
		}
		return folder;
	}

	/**
	 * Runs a first command, as a user's first, and waits until the launcher has made its cache in the background:
	 * the timed runs are the ones users meet from then on.
	 */
	void prepare(Path plans) throws IOException, InterruptedException {
		validate(plans);
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
		while (!ready()) {
			if (System.nanoTime() > deadline) {
				throw new IOException("the launcher made no class-data cache in " + cache + " within 10 minutes");
			}
			Thread.sleep(500);
		}
	}

	private boolean ready() throws IOException {
		Path folder = cache.resolve("throughline");
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			List<Path> all = entries.toList();
			boolean busy = all.stream().anyMatch(p -> p.getFileName().toString().endsWith(".lock"));
			boolean made = all.stream().anyMatch(p -> Files.exists(p.resolve("classes.aot"))
					|| Files.exists(p.resolve("classes.jsa")) || Files.exists(p.resolve("no-class-data")));
			return made && !busy;
		}
	}

	Run validate(Path plans) throws IOException, InterruptedException {
		return run(List.of("validate", plans.toString()));
	}

	Timing validate(Path plans, int runs) throws IOException, InterruptedException {
		List<Double> walls = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			Benchmark.settle();
			walls.add(validate(plans).wall());
		}
		return new Timing(walls);
	}

	double html(Path plans, Path site) throws IOException, InterruptedException {
		return run(List.of("html", plans.toString(), "-o", site.toString())).wall();
	}

	private Run run(List<String> args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(installation.resolve("throughline").toString());
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("XDG_CACHE_HOME", cache.toString());
		long start = System.nanoTime();
		Process process = builder.start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (!process.waitFor(30, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IOException("timed out: " + String.join(" ", command));
		}
		double wall = (System.nanoTime() - start) / 1e9;
		if (process.exitValue() > 1) {
			throw new IOException("exit " + process.exitValue() + " from " + String.join(" ", command) + ":\n" + output);
		}
		int errors = 0;
		Matcher summary = SUMMARY.matcher(output);
		while (summary.find()) {
			errors = Integer.parseInt(summary.group(2));
		}
		return new Run(wall, errors);
	}

	private Path plugin(String prefix) throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(installation.resolve("plugins"), prefix + "*.jar")) {
			for (Path jar : jars) {
				return jar;
			}
		}
		throw new IOException("no " + prefix + "*.jar in " + installation.resolve("plugins"));
	}
}
