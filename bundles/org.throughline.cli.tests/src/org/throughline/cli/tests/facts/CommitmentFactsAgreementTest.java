package org.throughline.cli.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.CommandLine;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.facts.CommitmentFacts;
import org.throughline.model.plan.Commitment;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.coverage.Coverage;
import org.throughline.trace.coverage.PlanSummary;
import org.throughline.trace.holes.Hole;
import org.throughline.trace.holes.Holes;
import org.throughline.trace.matrix.MatrixCsv;
import org.throughline.trace.matrix.TraceMatrix;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/**
 * Validation, the holes, {@code stats}, the matrix and its CSV, and the coverage figures agree on which commitments
 * are owned and which are measured, on the Kent fixture with one owner and one indicator written but not declared:
 * R6 names "BusinessStrategyAndSupport" for the unit declared as BSS, V3 "SocialWorkerVacancyRate" for the indicator
 * declared as SocialWorkerVacancies. Each reader is asked on its own; if one drifts from the one definition in
 * {@link CommitmentFacts}, the sets differ.
 */
class CommitmentFactsAgreementTest {

	/** Owned by a declared owner; R6's misspelt owner owns nothing. */
	private static final Set<String> OWNED = Set.of("R5", "D5", "V1");
	/** Neither measured nor stated not measurable; V3's misspelt indicator measures nothing. */
	private static final Set<String> UNMEASURED = Set.of("R3", "R5", "R6", "D5", "V3", "V6", "P2");

	@TempDir
	static Path temp;

	private static Path folder;
	private static PlanWorkspace workspace;
	private static TraceIndex index;

	@BeforeAll
	static void load() throws Exception {
		folder = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("kent"));
		PlanFixtures.replace(folder.resolve("boldsteps.plan"), "owner lead BSS", "owner lead BusinessStrategyAndSupport");
		PlanFixtures.replace(folder.resolve("boldsteps.plan"), "measured by SocialWorkerVacancies",
				"measured by SocialWorkerVacancyRate");
		workspace = PlanFixtures.load(folder);
		index = TraceIndex.of(workspace.modules());
	}

	@Test
	void theMisspeltNamesHaveTheirLinkingErrors() {
		Set<String> linking = new TreeSet<>();
		for (PlanDiagnostic diagnostic : workspace.diagnostics()) {
			if (diagnostic.code().endsWith("Linking")) {
				linking.add(diagnostic.file().getFileName() + ":" + diagnostic.line() + " " + diagnostic.message());
			}
		}
		assertEquals(Set.of("boldsteps.plan:85 Couldn't resolve reference to Owner 'BusinessStrategyAndSupport'.",
				"boldsteps.plan:119 Couldn't resolve reference to Indicator 'SocialWorkerVacancyRate'."), linking);
	}

	@Test
	void validationReportsTheCommitmentsTheFactsCallUnownedAndUnmeasured() {
		assertEquals(complement(OWNED), validated(IssueCodes.COMMITMENT_WITHOUT_OWNER));
		assertEquals(new TreeSet<>(UNMEASURED), validated(IssueCodes.COMMITMENT_WITHOUT_MEASURE));
		assertEquals(complement(OWNED), byFact(c -> !CommitmentFacts.owned(c)));
		assertEquals(new TreeSet<>(UNMEASURED),
				byFact(c -> !CommitmentFacts.measured(c) && !CommitmentFacts.statedNotMeasurable(c)));
	}

	@Test
	void theHolesAndTheMatrixAgree() throws Exception {
		assertEquals(complement(OWNED), byFact(c -> Holes.of(index, c).contains(Hole.NO_OWNER)));
		assertEquals(new TreeSet<>(UNMEASURED), byFact(c -> Holes.of(index, c).contains(Hole.NO_MEASURE)));

		TraceMatrix matrix = TraceMatrix.of(index);
		Set<String> ownedRows = new TreeSet<>();
		matrix.rows().stream().filter(row -> !row.ownerships().isEmpty())
				.forEach(row -> ownedRows.add(row.commitment().getName()));
		assertEquals(new TreeSet<>(OWNED), ownedRows, "rows with an owner in the matrix");

		StringWriter csv = new StringWriter();
		MatrixCsv.write(matrix, csv);
		Set<String> noOwner = new TreeSet<>();
		Set<String> noMeasure = new TreeSet<>();
		// the first field is the qualified name, the last the hole codes; neither needs quoting
		for (String line : csv.toString().split("\r\n")) {
			String name = line.substring(line.lastIndexOf('.', line.indexOf(',')) + 1, line.indexOf(','));
			Set<String> holes = Set.of(line.substring(line.lastIndexOf(',') + 1).split("; "));
			if (holes.contains(Hole.NO_OWNER.code())) {
				noOwner.add(name);
			}
			if (holes.contains(Hole.NO_MEASURE.code())) {
				noMeasure.add(name);
			}
		}
		assertEquals(complement(OWNED), noOwner, "no-owner in the matrix CSV");
		assertEquals(new TreeSet<>(UNMEASURED), noMeasure, "no-measure in the matrix CSV");
	}

	@Test
	void theCoverageFiguresAndStatsCountTheSame() {
		Coverage coverage = Coverage.of(index, index.commitments());
		assertEquals(10, coverage.commitments());
		assertEquals(OWNED.size(), coverage.owned());
		assertEquals(UNMEASURED.size(), coverage.unmeasured());
		assertEquals(coverage, PlanSummary.of(index, index.plans().get(0)).overall());

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = new CommandLine().run(new String[] { "stats", folder.toString(), "--format=json" },
				new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		assertEquals(1, code, "the linking errors make stats exit 1, having written the summary");
		Matcher overall = Pattern.compile("\"overall\": \\{\"commitments\": (\\d+), \"owned\": (\\d+), .*?"
				+ "\"measured\": (\\d+), .*?\"unmeasured\": (\\d+),").matcher(out.toString(StandardCharsets.UTF_8));
		assertTrue(overall.find(), out.toString(StandardCharsets.UTF_8));
		assertEquals("10", overall.group(1));
		assertEquals(String.valueOf(OWNED.size()), overall.group(2), "owned in stats");
		assertEquals(String.valueOf(coverage.measured()), overall.group(3), "measured in stats");
		assertEquals(String.valueOf(UNMEASURED.size()), overall.group(4), "unmeasured in stats");
	}

	/** The commitments that validation reports with {@code code}, by name. */
	private static Set<String> validated(String code) {
		Set<String> names = new TreeSet<>();
		Pattern commitment = Pattern.compile("^The commitment '([^']+)'");
		for (PlanDiagnostic diagnostic : workspace.diagnostics()) {
			if (diagnostic.code().equals(code)) {
				Matcher name = commitment.matcher(diagnostic.message());
				assertTrue(name.find(), diagnostic.message());
				names.add(name.group(1));
			}
		}
		return names;
	}

	private static Set<String> byFact(Predicate<Commitment> fact) {
		Set<String> names = new TreeSet<>();
		index.commitments().stream().filter(fact).forEach(c -> names.add(c.getName()));
		return names;
	}

	private static Set<String> complement(Set<String> names) {
		return byFact(c -> !names.contains(c.getName()));
	}
}
