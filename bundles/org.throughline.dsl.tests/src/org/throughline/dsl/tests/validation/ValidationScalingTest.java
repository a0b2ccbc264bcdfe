package org.throughline.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.tests.ProcessorTime;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanWorkspace;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Validation time grows in proportion to the plan: ten times the commitments (with their owners, indicators and
 * responses, linked across files) takes at most twelve times as long to validate. A check that compared every
 * element with every other would take about a hundred times as long.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ValidationInjectorProvider.class)
class ValidationScalingTest {

	private static final int SMALL = 500;
	private static final int LARGE = 10 * SMALL;
	private static final int PER_FILE = 100;
	private static final int AIMS_PER_FILE = 10;

	@Inject
	private Injector injector;

	@TempDir
	Path temp;

	@Test
	void tenTimesThePlanTakesAtMostTwelveTimesAsLongToValidate() throws Exception {
		Path small = generate(temp.resolve("small"), SMALL);
		Path large = generate(temp.resolve("large"), LARGE);
		// warm up: the first runs compile the checks and fill Xtext's caches
		for (int i = 0; i < 3; i++) {
			validate(small);
		}
		validate(large);

		Timed smallRun = fastest(small, 5);
		Timed largeRun = fastest(large, 4);

		// the generated plans have gaps of every kind in proportion to their size, so every check does real work
		assertEquals(expectedCounts(SMALL), counts(smallRun.findings()));
		assertEquals(expectedCounts(LARGE), counts(largeRun.findings()));
		double ratio = (double) largeRun.nanos() / smallRun.nanos();
		System.out.printf("Validation of %d commitments: %.1f ms; of %d: %.1f ms; ratio %.2f%n", SMALL,
				smallRun.nanos() / 1e6, LARGE, largeRun.nanos() / 1e6, ratio);
		assertTrue(ratio <= 12, "validating " + LARGE + " commitments took " + ratio + " times as long as " + SMALL);
	}

	private record Timed(long nanos, List<PlanDiagnostic> findings) {
	}

	/**
	 * The fastest of {@code runs} validations of freshly loaded copies of {@code folder}, so that each includes
	 * inverting the cross-references, which a loaded workspace keeps once computed.
	 */
	private Timed fastest(Path folder, int runs) throws IOException {
		Timed best = null;
		for (int i = 0; i < runs; i++) {
			Timed run = validate(folder);
			if (best == null || run.nanos() < best.nanos()) {
				best = run;
			}
		}
		return best;
	}

	/** Validates a fresh copy of {@code folder} and times it by {@link ProcessorTime} (files are checked on all cores). */
	private Timed validate(Path folder) throws IOException {
		PlanWorkspace workspace = Fixtures.load(injector, folder);
		System.gc();
		long start = ProcessorTime.now();
		List<PlanDiagnostic> findings = workspace.diagnostics();
		return new Timed(ProcessorTime.now() - start, findings);
	}

	private static Map<String, Long> counts(List<PlanDiagnostic> findings) {
		return findings.stream().collect(Collectors.groupingBy(PlanDiagnostic::code, TreeMap::new,
				Collectors.counting()));
	}

	/** What the generated folder of {@code n} commitments has, by issue code. */
	private static Map<String, Long> expectedCounts(int n) {
		long files = n / PER_FILE;
		return new TreeMap<>(Map.of(
				IssueCodes.COMMITMENT_WITHOUT_OWNER, n / 10L,
				IssueCodes.TARGET_WITHOUT_BASELINE, files,
				IssueCodes.MISSING_ACTUAL, files * 9,
				IssueCodes.RESPONSE_WITHOUT_REPLY, (long) n / 2,
				IssueCodes.AIM_WITHOUT_COMMITMENT, files,
				IssueCodes.DUPLICATE_NAME, 2 * files));
	}

	/**
	 * Writes a plan folder of {@code n} commitments in files of {@value #PER_FILE}: one organisation, and for each
	 * file a plan with {@value #AIMS_PER_FILE} aims and themes, its indicators and a consultation whose responses
	 * concern the commitments of another file. There is an aim or a theme for every ten commitments, as in the
	 * Kent plan, so that a check which searched all commitments for each aim would show in the timing.
	 * One commitment in ten has no owner; one indicator per file has no baseline and nine lack the actual for 2012/13;
	 * half the responses have no reply; each plan has an aim that nothing serves; each indicators file declares one
	 * name twice.
	 */
	static Path generate(Path folder, int n) throws IOException {
		Files.createDirectories(folder);
		int files = n / PER_FILE;
		StringBuilder organisation = new StringBuilder("module gen.structure\n\norganisation Council \"Council\" {\n");
		for (int u = 0; u < files; u++) {
			organisation.append("\tunit Unit").append(u).append(" \"Unit ").append(u).append("\"\n");
		}
		Files.writeString(folder.resolve("organisation.plan"), organisation.append("}\n"));
		for (int f = 0; f < files; f++) {
			StringBuilder indicators = new StringBuilder("module gen.indicators").append(f).append("\n\n");
			for (int i = 0; i < 10; i++) {
				indicators.append("indicator I").append(i).append(" \"Indicator ").append(i).append("\" {\n\tunit count\n");
				if (i > 0) {
					indicators.append("\tbaseline 100 for 2010/11\n");
				}
				indicators.append("\ttarget 200 by 2015-03-31\n\tactual 120 for 2011/12\n}\n");
			}
			indicators.append("indicator I0 \"The same name again\" { unit count }\n");
			Files.writeString(folder.resolve("indicators" + f + ".plan"), indicators);

			StringBuilder plan = new StringBuilder("module gen.plan").append(f).append("\n\nimport gen.structure.Council.*\n")
					.append("import gen.indicators").append(f).append(".*\n\nplan P \"Plan ").append(f).append("\" {\n")
					.append("\tperiod 2011/12 to 2014/15\n\tas at 2013-06-01\n\taim Unserved \"Unserved\"\n");
			for (int a = 0; a < AIMS_PER_FILE; a++) {
				plan.append("\taim A").append(a).append(" \"Aim ").append(a).append("\" { delivered by Unit").append(f)
						.append(" }\n\ttheme T").append(a).append(" \"Theme ").append(a).append("\" { serves A").append(a)
						.append(" }\n");
			}
			for (int c = 0; c < PER_FILE; c++) {
				int a = c % AIMS_PER_FILE;
				plan.append("\tcommitment C").append(c).append(" \"Commitment ").append(c).append("\" {\n\t\taim A")
						.append(a).append("\n\t\ttheme T").append(a).append("\n\t\tmeasured by I").append(1 + c % 9)
						.append('\n');
				if (c % 10 != 0) {
					plan.append("\t\towner lead Unit").append(f).append('\n');
				}
				plan.append("\t}\n");
			}
			Files.writeString(folder.resolve("plan" + f + ".plan"), plan.append("}\n"));

			int other = (f + 1) % files;
			StringBuilder consultation = new StringBuilder("module gen.consultation").append(f).append("\n\n")
					.append("consultation C \"Consultation ").append(f).append("\" {\n\tcloses 2010-11-12\n");
			for (int r = 0; r < PER_FILE; r++) {
				consultation.append("\tresponse R").append(r).append(" {\n\t\treceived 2010-11-01\n\t\tconcerns gen.plan")
						.append(other).append(".P.C").append(r).append('\n');
				if (r % 2 == 0) {
					consultation.append("\t\treply noted \"Noted.\"\n");
				}
				consultation.append("\t}\n");
			}
			Files.writeString(folder.resolve("consultation" + f + ".plan"), consultation.append("}\n"));
		}
		return folder;
	}
}
