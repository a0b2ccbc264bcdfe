package org.throughline.cli.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.tests.fuzz.PlanFuzzer.Output;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.examples.ExampleProject;

/**
 * Seeded mutations of the Bold Steps example's files, each run through loading, validation, the command line's
 * outputs and the editor's services ({@link PlanFuzzer}): none may throw, end in an unexpected error or leave an
 * output unwritten.
 * <p>
 * The test run takes {@value #CASES} cases: each mutated file is loaded alone and written through one output in turn,
 * so that every output sees a sixth of the cases, and the editor's services run on it. {@code ./build.sh fuzz N}
 * runs N cases each through every output ({@code -Dthroughline.fuzz.cases=N -Dthroughline.fuzz.seed=S
 * -Dthroughline.fuzz.every=true}); with {@code --whole}, among the example's other files, the editor bringing the
 * file to the mutated text in place as it does while typing ({@code -Dthroughline.fuzz.whole=true}). Each run writes
 * target/fuzz-report.txt: the slowest cases beside the time of their file unmutated, and each failing case's file to
 * target/fuzz-failures/ to reproduce it.
 */
class FuzzTest {

	static final int CASES = 200;

	@TempDir
	Path temp;

	private record Case(int number, String file, String mutation, List<Output> outputs, long seed, long nanos,
			String failure) {
	}

	@Test
	void noMutationOfTheExampleBreaksAnOutputOrAnEditorService() throws IOException {
		int cases = Integer.getInteger("throughline.fuzz.cases", CASES);
		long seed = Long.getLong("throughline.fuzz.seed", 21);
		boolean whole = Boolean.getBoolean("throughline.fuzz.whole");
		boolean every = whole || Boolean.getBoolean("throughline.fuzz.every");
		Path example = temp.resolve("example");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(example);
		List<String> files = ExampleProject.BOLD_STEPS_FOR_KENT.planFileNames();
		PlanWorkspace editor = whole ? PlanFuzzer.editorWorkspace(example) : null;
		// the first runs pay for loading classes and compiling; the clean example through every output takes it
		run(example, editor, "bold-steps.plan", Files.readString(example.resolve("bold-steps.plan")),
				List.of(Output.values()), seed, null);
		List<Case> done = new ArrayList<>();
		for (int number = 0; number < cases; number++) {
			long caseSeed = new SplittableRandom(seed * 1_000_003L + number).nextLong();
			Random random = new Random(caseSeed);
			String name = files.get(random.nextInt(files.size()));
			PlanMutator mutator = new PlanMutator(random.nextLong());
			String mutated = mutator.mutate(Files.readString(example.resolve(name)));
			List<Output> outputs = every ? List.of(Output.values()) : List.of(Output.values()[number % Output.values().length]);
			String[] failure = new String[1];
			long nanos = run(example, editor, name, mutated, outputs, caseSeed, failure);
			if (failure[0] != null) {
				Path kept = Path.of("target", "fuzz-failures", "case-" + number + "-" + name);
				Files.createDirectories(kept.getParent());
				Files.write(kept, mutated.getBytes(StandardCharsets.UTF_8));
			}
			done.add(new Case(number, name, mutator.description(), outputs, caseSeed, nanos, failure[0]));
		}
		List<Case> failed = done.stream().filter(c -> c.failure() != null).toList();
		report(seed, whole, example, editor, done, failed);
		assertTrue(failed.isEmpty(), failed.size() + " of " + cases + " cases failed:\n"
				+ String.join("\n", failed.stream().map(FuzzTest::line).toList()));
	}

	/**
	 * How long one text of one file takes through the outputs and the editor: alone in a folder, or, with an editor
	 * workspace of the whole example, among the example's other files. A failure is put in {@code failure}, or thrown
	 * when there is none to put it in (the clean file must never fail).
	 */
	private long run(Path example, PlanWorkspace editor, String name, String text, List<Output> outputs, long seed,
			String[] failure) throws IOException {
		Path plans = temp.resolve("plans");
		Path work = temp.resolve("out");
		delete(plans);
		delete(work);
		if (editor != null) {
			ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(plans);
		} else {
			Files.createDirectories(plans);
		}
		// what cannot be UTF-8 (a surrogate cut in two) is written as '?', as an editor would save it
		Files.write(plans.resolve(name), text.getBytes(StandardCharsets.UTF_8));
		long start = System.nanoTime();
		try {
			for (Output output : outputs) {
				output.write(plans, work.resolve(output.name()));
			}
			if (editor != null) {
				PlanFuzzer.editorServices(editor, example.resolve(name), text, new Random(seed));
			} else {
				PlanFuzzer.editorServices(plans, plans.resolve(name), new Random(seed));
			}
		} catch (RuntimeException | AssertionError e) {
			if (failure == null) {
				throw e;
			}
			failure[0] = e.toString();
		}
		return System.nanoTime() - start;
	}

	private static String line(Case c) {
		return String.format("case %d (%s: %s %s) %.0f ms%s", c.number(), c.file(), c.mutation(), c.outputs(), c.nanos() / 1e6,
				c.failure() == null ? "" : ": " + c.failure());
	}

	/** The report: the slowest cases, each beside its file unmutated through the same outputs, timed now. */
	private void report(long seed, boolean whole, Path example, PlanWorkspace editor, List<Case> done,
			List<Case> failed) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%d cases, seed %d, each file %s, %d failed", done.size(), seed,
				(editor != null ? "in the whole example" : "alone") + (done.stream().allMatch(c -> c.outputs().size() > 1)
						? " through every output" : " through one output in turn"),
				failed.size()));
		lines.add("slowest cases, beside the same file unmutated through the same outputs:");
		for (Case c : done.stream().sorted(Comparator.comparingLong(Case::nanos).reversed()).limit(10).toList()) {
			long clean = run(example, editor, c.file(), Files.readString(example.resolve(c.file())), c.outputs(), c.seed(),
					null);
			lines.add("  " + line(c) + String.format("; clean %.0f ms", clean / 1e6));
		}
		failed.forEach(c -> lines.add("failed: " + line(c)));
		Path report = Path.of("target", "fuzz-report.txt");
		Files.createDirectories(report.getParent());
		Files.write(report, lines);
		lines.forEach(System.out::println);
	}

	private static void delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> all = Files.walk(path)) {
			for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}
}
