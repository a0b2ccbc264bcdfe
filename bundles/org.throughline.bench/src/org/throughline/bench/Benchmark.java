package org.throughline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.throughline.dsl.PlanStandaloneSetup;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Injector;

/**
 * The benchmark: for each size it writes a synthetic workspace and the same trace graph as OpenFastTrace
 * specifications, then runs Throughline's phases and OpenFastTrace's trace-and-report, each in a fresh JVM with
 * a 2 GB heap, three times in turn, and prints one table of the median runs. Usage:
 *
 * <pre>Benchmark WORKDIR OFT_CLASSPATH INSTALLATION [N ...]</pre>
 *
 * Both tools are timed as a user would meet them, process start to report written: Throughline as the installed
 * {@code throughline html} command (after its first run has made its class path and class-data cache in the
 * user's cache folder, here in WORKDIR), OpenFastTrace by its own command line; the two in turn, the ratio taken
 * pair by pair so that it holds on a machine whose speed drifts. Throughline's phases are also timed inside a
 * process of their own. Last, {@code throughline validate} on the shipped example, and a workspace with every
 * fifth link misspelt against the same workspace spelt right.
 */
public final class Benchmark {

	static final long SEED = 20101208L;
	static final String HEAP = "-Xmx2g";
	/** Runs of each tool at each size, in turn; the medians are reported. */
	static final int RUNS = 3;
	/** Runs of {@code throughline validate} on the shipped example. */
	static final int RUNS_OF_VALIDATE = 7;
	/** The size of the plan file whose editor check is timed. */
	static final int EDITOR_FILE_COMMITMENTS = 5_000;

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			System.err.println("usage: Benchmark WORKDIR OFT_CLASSPATH INSTALLATION [N ...]");
			System.exit(2);
		}
		Path work = Path.of(args[0]).toAbsolutePath();
		String oftClasspath = args[1];
		Commands commands = new Commands(Path.of(args[2]), work.resolve("cache"));
		List<Integer> sizes = new ArrayList<>();
		for (int i = 3; i < args.length; i++) {
			sizes.add(Integer.parseInt(args[i]));
		}
		if (sizes.isEmpty()) {
			sizes = List.of(1_000, 10_000, 50_000);
		}
		PrintStream out = System.out;
		out.printf(Locale.ROOT, "Throughline benchmark: %d cores, Java %s, heap %s per run%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), HEAP.substring(4));
		Path example = commands.example(work.resolve("example"));
		commands.prepare(example);
		Commands.Timing validate = commands.validate(example, RUNS_OF_VALIDATE);
		out.printf(Locale.ROOT, "throughline validate, the shipped example: median %.2f s wall (%.2f to %.2f)%n",
				validate.medianWall(), validate.minWall(), validate.maxWall());
		List<Row> rows = new ArrayList<>();
		List<String> misspelt = new ArrayList<>();
		Injector injector = new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();
		for (int n : sizes) {
			Path folder = work.resolve("n" + n);
			deleteRecursively(folder);
			Path plans = folder.resolve("plans");
			SyntheticWorkspace.write(n, SEED, plans);
			int oftItems = OftExport.write(injector.getInstance(PlanWorkspace.class).load(plans).modules(),
					folder.resolve("oft"));
			// the phases, timed inside one process of their own
			Path site = folder.resolve("site");
			deleteRecursively(site);
			Map<String, Double> phases = new LinkedHashMap<>(runThroughline(plans, site));
			// the shipped command and OpenFastTrace, RUNS times each, taking turns; medians, and the ratio pair by pair
			List<Double> shipped = new ArrayList<>();
			List<Double> ofts = new ArrayList<>();
			List<Double> ratios = new ArrayList<>();
			for (int run = 0; run < RUNS && phases.containsKey("process"); run++) {
				deleteRecursively(site);
				settle();
				double html = commands.html(plans, site);
				Path report = folder.resolve("oft-report.html");
				Files.deleteIfExists(report);
				double oft = runOpenFastTrace(oftClasspath, folder.resolve("oft"), report);
				shipped.add(html);
				ofts.add(oft);
				ratios.add(oft / html);
				out.printf(Locale.ROOT, "n=%d phases %s; throughline html %.2fs, oft %.2fs, oft/throughline %.2f%n", n,
						phases, html, oft, oft / html);
			}
			if (!shipped.isEmpty()) {
				phases.put("shipped", median(shipped));
				phases.put("ratio", median(ratios));
			}
			rows.add(new Row(n, fileCount(plans), oftItems, phases, ofts.isEmpty() ? Double.NaN : median(ofts)));
			misspelt.add(misspeltRow(commands, folder, n));
			out.println(misspelt.get(misspelt.size() - 1));
		}
		Map<String, Double> editor = runEditorCheck(work, EDITOR_FILE_COMMITMENTS);
		Map<String, Double> completion = runPhases(CompletionTime.class, example.toString());
		out.println();
		printTable(out, rows);
		out.println();
		out.println("| commitments | misspelt links | throughline validate, spelt right s | every fifth link misspelt s | misspelt / spelt right |");
		out.println("|---:|---:|---:|---:|---:|");
		misspelt.forEach(out::println);
		out.println();
		out.printf(Locale.ROOT, "throughline validate, the shipped example: median %.2f s wall (%.2f to %.2f of %d)%n",
				validate.medianWall(), validate.minWall(), validate.maxWall(), RUNS_OF_VALIDATE);
		if (editor.containsKey("editorMedianMs")) {
			out.printf(Locale.ROOT, "editor check of one plan file of %,d commitments (warm, after typing a word): "
					+ "median %.0f ms, longest %.0f ms of %d%n", EDITOR_FILE_COMMITMENTS, editor.get("editorMedianMs"),
					editor.get("editorMaxMs"), editor.get("editorChecks").intValue());
		} else {
			out.printf(Locale.ROOT, "editor check of one plan file of %,d commitments: out of memory at %s%n",
					EDITOR_FILE_COMMITMENTS, HEAP.substring(4));
		}
		out.printf(Locale.ROOT, "completion of an owner in the shipped example: first %.0f ms, then median %.0f ms,"
				+ " longest %.0f ms of %d (%d proposals)%n", completion.get("completionFirstMs"),
				completion.get("completionMedianMs"), completion.get("completionMaxMs"), CompletionTime.MEASURED,
				completion.get("completionProposals").intValue());
	}

	/**
	 * {@code throughline validate} on a workspace of {@code n} commitments with every fifth link misspelt, and on the
	 * same workspace spelt right, in turn; the medians and the median of the ratios, as a table row.
	 */
	private static String misspeltRow(Commands commands, Path folder, int n) throws IOException, InterruptedException {
		Path spelt = folder.resolve("plans");
		Path broken = folder.resolve("misspelt");
		deleteRecursively(broken);
		SyntheticWorkspace.writeMisspelt(n, SEED, broken);
		List<Double> right = new ArrayList<>();
		List<Double> wrong = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		int errors = 0;
		for (int run = 0; run < RUNS; run++) {
			settle();
			double a = commands.validate(spelt).wall();
			settle();
			Commands.Run b = commands.validate(broken);
			errors = b.errors();
			right.add(a);
			wrong.add(b.wall());
			ratios.add(b.wall() / a);
		}
		return String.format(Locale.ROOT, "| %,d | %,d | %.2f | %.2f | %.2f |", n, errors, median(right), median(wrong),
				median(ratios));
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(Comparator.naturalOrder());
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static Map<String, Double> runThroughline(Path plans, Path site) throws IOException, InterruptedException {
		return runPhases(PhaseRun.class, plans.toString(), site.toString());
	}

	/**
	 * Runs {@code main} in a fresh JVM with the benchmark's heap and returns the figures it printed, with its wall
	 * clock time as {@code process}; none when it ran out of memory.
	 */
	private static Map<String, Double> runPhases(Class<?> main, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), HEAP, "-cp", System.getProperty("java.class.path"),
				main.getName()));
		command.addAll(List.of(args));
		settle();
		long start = System.nanoTime();
		String output = run(command);
		double wall = (System.nanoTime() - start) / 1e9;
		if (output.contains("java.lang.OutOfMemoryError")) {
			// a size that does not fit the heap is a result, not a crash of the benchmark
			return Map.of();
		}
		Map<String, Double> phases = new LinkedHashMap<>();
		for (String line : output.split("\n")) {
			if (line.startsWith(PhaseRun.PREFIX)) {
				String[] parts = line.substring(PhaseRun.PREFIX.length()).split("=");
				phases.put(parts[0], Double.parseDouble(parts[1]));
			}
		}
		phases.put("process", wall);
		return phases;
	}

	/**
	 * Settles the machine before a timed run: the harness collects its own garbage (the workspace it loaded to write
	 * OpenFastTrace's input), so that its collector does not compete with the run for the cores, and the system
	 * writes out the changes that earlier steps left waiting in its disk cache (the generated files, the deleted
	 * results of an earlier run), so that the run does not pay for them. Where there is no {@code sync}, runs are
	 * timed without it.
	 */
	static void settle() throws InterruptedException {
		System.gc();
		try {
			new ProcessBuilder("sync").inheritIO().start().waitFor(5, TimeUnit.MINUTES);
		} catch (IOException e) {
			// no sync command here
		}
	}

	/** The editor's check of one plan file of {@code commitments} commitments, in a project of the same scale. */
	private static Map<String, Double> runEditorCheck(Path work, int commitments)
			throws IOException, InterruptedException {
		Path plans = work.resolve("editor-" + commitments).resolve("plans");
		deleteRecursively(plans.getParent());
		SyntheticWorkspace.write(commitments, commitments, SEED, plans);
		return runPhases(EditorCheck.class, plans.toString(), SyntheticWorkspace.planFile(0, commitments),
				Integer.toString(commitments));
	}

	private static double runOpenFastTrace(String classpath, Path specs, Path report)
			throws IOException, InterruptedException {
		List<String> command = List.of(java(), HEAP, "-cp", classpath,
				"org.itsallcode.openfasttrace.core.cli.CliStarter", "trace", "--output-format", "html",
				"--output-file", report.toString(), specs.toString());
		settle();
		long start = System.nanoTime();
		run(command);
		double wall = (System.nanoTime() - start) / 1e9;
		if (!Files.isRegularFile(report)) {
			throw new IOException("OpenFastTrace wrote no report at " + report);
		}
		return wall;
	}

	/** Runs a command to its end and returns what it printed; OpenFastTrace exits 1 when it finds defects. */
	private static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (!process.waitFor(30, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IOException("timed out: " + String.join(" ", command));
		}
		if (process.exitValue() > 1) {
			throw new IOException("exit " + process.exitValue() + " from " + command.get(command.size() - 3) + ":\n"
					+ output);
		}
		return output;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static long fileCount(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> walk = Files.walk(folder)) {
				for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	private static void printTable(PrintStream out, List<Row> rows) {
		out.println("| commitments | files | parse+link s | validate s | trace index s | html s | heap after GC, MB | phases' process s | throughline html s | OpenFastTrace s (items) | OFT / Throughline |");
		out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (Row row : rows) {
			out.println(row.tableLine());
		}
		for (int i = 1; i < rows.size(); i++) {
			Row small = rows.get(i - 1);
			Row large = rows.get(i);
			if (!small.fits() || !large.fits()) {
				continue;
			}
			out.printf(Locale.ROOT, "growth %d -> %d commitments (x%.1f): throughline html x%.2f (in-process phases x%.2f), OpenFastTrace x%.2f%n",
					small.n(), large.n(), (double) large.n() / small.n(), large.shipped() / small.shipped(),
					large.phaseSum() / small.phaseSum(), large.oft() / small.oft());
		}
	}

	record Row(int n, long files, int oftItems, Map<String, Double> phases, double oft) {

		boolean fits() {
			return phases.containsKey("process");
		}

		double total() {
			return phases.get("process");
		}

		double shipped() {
			return phases.getOrDefault("shipped", Double.NaN);
		}

		double phaseSum() {
			return phases.get("parse") + phases.get("validate") + phases.get("trace") + phases.get("html");
		}

		String line() {
			return String.format(Locale.ROOT, "n=%d %s oft=%.2fs", n, fits() ? phases : "out of memory", oft);
		}

		String tableLine() {
			if (!fits()) {
				return String.format(Locale.ROOT, "| %,d | %d | out of memory at %s | | | | | | | %.2f (%,d) | |", n, files,
						HEAP.substring(4), oft, oftItems);
			}
			return String.format(Locale.ROOT, "| %,d | %d | %.2f | %.2f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f (%,d) | %.2f |", n,
					files, phases.get("parse"), phases.get("validate"), phases.get("trace"), phases.get("html"),
					phases.get("heapMB"), total(), shipped(), oft, oftItems, phases.getOrDefault("ratio", Double.NaN));
		}
	}
}
