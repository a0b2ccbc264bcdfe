package org.throughline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic plan workspace far larger than a real plan, for benchmarks and scaling tests. For N
 * commitments it writes N/10 organisation units (a tenth of them restructured), N/2 indicators with baselines,
 * targets and actuals, and 2N consultation responses with replies, spread over many files. The same N and seed
 * always give byte-identical files.
 * <p>
 * The text is built from the vocabulary of a county council's plan, so that parsing, escaping and layout are
 * measured on text shaped like the real thing; about a fifth of commitments are left without an owner or a
 * measure, as in the real Bold Steps plan, so validation has gaps to find.
 */
public final class SyntheticWorkspace {

	/** Commitments per plan file, unless a caller asks for another number. */
	static final int COMMITMENTS_PER_FILE = 500;
	/** Indicators per indicator file. */
	static final int INDICATORS_PER_FILE = 1000;
	/** Responses per consultation file. */
	static final int RESPONSES_PER_FILE = 2000;

	private static final String[] VERBS = { "develop", "establish", "expand", "support", "deliver", "improve",
			"review", "commission", "integrate", "publish", "reduce", "increase", "work with partners to secure",
			"lobby Government for" };
	private static final String[] SUBJECTS = { "place based commissioning of local services",
			"a single initial assessment framework", "apprenticeships for young people", "the Gateway programme",
			"school support services", "community asset transfer", "high-speed broadband in rural areas",
			"early help for vulnerable families", "affordable housing", "the Kent Card", "adult education",
			"youth services", "public health prevention", "highway maintenance", "library services",
			"support for carers", "social enterprises", "foster care placements", "waste recycling",
			"local community budgets" };
	private static final String[] PLACES = { "Ashford", "Canterbury", "Dartford", "Dover", "Gravesham",
			"Maidstone", "Sevenoaks", "Shepway", "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells" };
	private static final String[] UNIT_KINDS = { "Services", "Commissioning", "Partnerships", "Operations",
			"Strategy", "Support" };
	private static final String[] CATEGORIES = { "resident", "voluntary", "public-authority", "parish", "business",
			"internal", "scrutiny" };
	private static final String[] OUTCOMES = { "changed", "noted", "no-change" };

	private final int commitments;
	private final int perPlanFile;
	private final Random random;
	/** Every fifth link is written misspelt: broken input, for the linker's and suggestions' cost. */
	private final boolean misspelt;
	private int links;

	private SyntheticWorkspace(int commitments, int perPlanFile, long seed, boolean misspelt) {
		this.commitments = commitments;
		this.perPlanFile = perPlanFile;
		this.random = new Random(seed);
		this.misspelt = misspelt;
	}

	/** Writes the workspace for {@code commitments} commitments into {@code folder}, which must be empty or new. */
	public static void write(int commitments, long seed, Path folder) throws IOException {
		write(commitments, COMMITMENTS_PER_FILE, seed, folder);
	}

	/** The same, with {@code perPlanFile} commitments in each plan file. */
	public static void write(int commitments, int perPlanFile, long seed, Path folder) throws IOException {
		if (commitments < 10 || perPlanFile < 1) {
			throw new IllegalArgumentException("A synthetic workspace needs at least 10 commitments");
		}
		Files.createDirectories(folder);
		new SyntheticWorkspace(commitments, perPlanFile, seed, false).writeAll(folder);
	}

	/**
	 * The same workspace with every fifth link from a commitment or a response misspelt (an {@code x} after the
	 * name's first letter: one edit, so each gets a "did you mean"); the rest of the text is the same.
	 */
	public static void writeMisspelt(int commitments, long seed, Path folder) throws IOException {
		Files.createDirectories(folder);
		new SyntheticWorkspace(commitments, COMMITMENTS_PER_FILE, seed, true).writeAll(folder);
	}

	/** A link to {@code name}, misspelt when it is a fifth link of a misspelt workspace. */
	private String link(String name) {
		links++;
		return misspelt && links % 5 == 0 ? name.charAt(0) + "x" + name.substring(1) : name;
	}

	private int units() {
		return Math.max(2, commitments / 10);
	}

	private int plans() {
		return (commitments + perPlanFile - 1) / perPlanFile;
	}

	/** The plan file that holds commitment {@code i}. */
	static String planFile(int i, int perPlanFile) {
		return String.format("plan-%03d.plan", i / perPlanFile);
	}

	private int indicators() {
		return commitments / 2;
	}

	private void writeAll(Path folder) throws IOException {
		write(folder.resolve("organisation.plan"), organisation());
		write(folder.resolve("restructure.plan"), restructure());
		for (int first = 0; first < indicators(); first += INDICATORS_PER_FILE) {
			write(folder.resolve(String.format("indicators-%03d.plan", first / INDICATORS_PER_FILE)),
					indicators(first, Math.min(indicators(), first + INDICATORS_PER_FILE)));
		}
		for (int plan = 0; plan < plans(); plan++) {
			write(folder.resolve(planFile(plan * perPlanFile, perPlanFile)), plan(plan, plan * perPlanFile,
					Math.min(commitments, (plan + 1) * perPlanFile)));
		}
		int responses = 2 * commitments;
		for (int first = 0; first < responses; first += RESPONSES_PER_FILE) {
			write(folder.resolve(String.format("consultation-%03d.plan", first / RESPONSES_PER_FILE)),
					consultation(first / RESPONSES_PER_FILE, first, Math.min(responses, first + RESPONSES_PER_FILE)));
		}
	}

	private static void write(Path file, CharSequence text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private String pick(String[] words) {
		return words[random.nextInt(words.length)];
	}

	private static String unit(int i) {
		return "Unit" + i;
	}

	private static String commitment(int i) {
		return "C" + i;
	}

	private static String plan(int i) {
		return "Plan" + i;
	}

	private CharSequence organisation() {
		StringBuilder out = new StringBuilder("module bench.organisation\n\norganisation Council \"Synthetic County Council\" {\n\tkind council\n");
		int restructured = units() / 10;
		for (int i = 0; i < units(); i++) {
			out.append("\tunit ").append(unit(i)).append(" \"").append(pick(PLACES)).append(' ').append(pick(UNIT_KINDS))
					.append(' ').append(i).append("\" {\n\t\tkind ").append(i % 5 == 0 ? "directorate" : "division").append('\n');
			if (i < restructured) {
				// the first tenth are replaced on the day the plan starts by the last tenth
				out.append("\t\tin force until 2011-03-31\n\t\tsucceeded by ").append(unit(units() - 1 - i)).append('\n');
			}
			out.append("\t}\n");
		}
		return out.append("}\n");
	}

	private CharSequence restructure() {
		StringBuilder out = new StringBuilder("module bench.restructure\n\nimport bench.organisation.Council.*\n\n"
				+ "restructure Change \"Synthetic restructure\" {\n\tproposed 2010-10-11\n\teffective 2011-04-01\n");
		for (int i = 0; i < units() / 10; i++) {
			out.append("\tmove M").append(i).append(" \"").append(pick(SUBJECTS)).append("\" from ").append(unit(i))
					.append(" to ").append(unit(units() - 1 - i)).append('\n');
		}
		return out.append("}\n");
	}

	private CharSequence indicators(int from, int to) {
		StringBuilder out = new StringBuilder("module bench.indicators").append(from / INDICATORS_PER_FILE)
				.append("\n\nimport bench.organisation.Council.*\n");
		for (int i = from; i < to; i++) {
			int baseline = 100 + random.nextInt(900);
			out.append("\nindicator I").append(i).append(" \"Number of people helped with ").append(pick(SUBJECTS))
					.append(" in ").append(pick(PLACES)).append("\" {\n\tunit count\n\tbetter when higher\n")
					.append("\tbaseline ").append(baseline).append(" for 2010/11\n")
					.append("\ttarget ").append(baseline + 50 + random.nextInt(200)).append(" by 2015-03-31\n")
					.append("\tactual ").append(baseline + random.nextInt(60)).append(" for 2011/12\n")
					.append("\tactual ").append(baseline + random.nextInt(120)).append(" for 2012/13\n")
					.append("\treported annually\n\towner ").append(unit(random.nextInt(units()))).append("\n}\n");
		}
		return out;
	}

	private CharSequence plan(int plan, int from, int to) {
		StringBuilder out = new StringBuilder("module bench.plans").append(plan).append("\n\nimport bench.organisation.Council.*\n");
		for (int file = 0; file * INDICATORS_PER_FILE < indicators(); file++) {
			out.append("import bench.indicators").append(file).append(".*\n");
		}
		out.append("\nplan ").append(plan(plan)).append(" \"Synthetic medium term plan ").append(plan)
				.append("\" {\n\tperiod 2011/12 to 2014/15\n\tstage draft\n")
				.append("\taim Economy \"To help the economy to grow\" { delivered by ").append(unit(units() - 1)).append(" }\n")
				.append("\taim Citizen \"To put the citizen in control\"\n")
				.append("\ttheme Residents \"Steps for residents\" { serves Citizen }\n")
				.append("\ttheme Business \"Steps for business\" { serves Economy }\n");
		for (int i = from; i < to; i++) {
			String subject = pick(SUBJECTS);
			out.append("\n\tcommitment ").append(commitment(i)).append(" \"").append(capitalise(pick(VERBS))).append(' ')
					.append(subject).append("\" {\n\t\tkind ").append(i % 7 == 0 ? "lobby" : "deliver")
					.append("\n\t\taim ").append(i % 2 == 0 ? "Economy" : "Citizen")
					.append("\n\t\ttheme ").append(i % 2 == 0 ? "Business" : "Residents")
					.append("\n\t\tstatement \"We will ").append(pick(VERBS)).append(' ').append(subject).append(" across ")
					.append(pick(PLACES)).append(" and ").append(pick(PLACES)).append(", working with district councils, the NHS and the voluntary sector.\"\n")
					.append("\t\tappears in ").append(i % 2 == 0 ? "Business" : "Residents").append('\n');
			if (i % 5 != 0) {
				out.append("\t\towner lead ").append(link(unit(random.nextInt(units())))).append('\n');
			}
			if (i % 3 == 0) {
				out.append("\t\towner supporting ").append(link(unit(random.nextInt(units())))).append('\n');
			}
			if (i % 5 != 1 && indicators() > 0) {
				out.append("\t\tmeasured by ").append(link("I" + random.nextInt(indicators()))).append('\n');
			}
			if (i > from && i % 11 == 0) {
				out.append("\t\tdepends on ").append(link(commitment(i - 1))).append('\n');
			}
			out.append("\t}\n");
		}
		return out.append("}\n");
	}

	private CharSequence consultation(int file, int from, int to) {
		StringBuilder out = new StringBuilder("module bench.consultation").append(file).append('\n');
		for (int plan = 0; plan < plans(); plan++) {
			out.append("import bench.plans").append(plan).append('.').append(plan(plan)).append(".*\n");
		}
		out.append("\nconsultation Consultation").append(file).append(" \"Synthetic consultation ").append(file)
				.append("\" {\n\topens 2010-10-18\n\tcloses 2010-11-12\n\tchannel email \"consultation@example.org\"\n")
				.append("\ttheme Delivery \"How the plan will be delivered\"\n");
		int respondents = Math.max(1, (to - from) / 4);
		for (int r = 0; r < respondents; r++) {
			out.append("\trespondent R").append(r).append(" \"").append(pick(PLACES)).append(" respondent ").append(r)
					.append("\" ").append(pick(CATEGORIES)).append('\n');
		}
		for (int i = from; i < to; i++) {
			String outcome = pick(OUTCOMES);
			int concerned = random.nextInt(commitments);
			out.append("\tresponse S").append(i).append(" from R").append(random.nextInt(respondents))
					.append(" {\n\t\treceived 2010-11-0").append(1 + random.nextInt(9))
					.append("\n\t\tstance ").append(i % 3 == 0 ? "concern" : "support")
					.append("\n\t\tunder Delivery\n\t\tconcerns ").append(link(commitment(concerned)))
					.append("\n\t\tsummary \"Asks how ").append(pick(SUBJECTS)).append(" will reach ").append(pick(PLACES))
					.append(".\"\n");
			if (i % 10 != 0) {
				out.append("\t\treply dated 2010-11-29 ").append(outcome).append(" \"The plan ")
						.append("changed".equals(outcome) ? "now says how it will be delivered locally." : "already covers this.")
						.append('"');
				if ("changed".equals(outcome)) {
					out.append(" changing ").append(link(commitment(concerned)));
				}
				out.append('\n');
			}
			out.append("\t}\n");
		}
		return out.append("}\n");
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
