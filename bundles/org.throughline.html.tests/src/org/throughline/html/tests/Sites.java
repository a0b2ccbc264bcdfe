package org.throughline.html.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.throughline.cli.CommandLine;
import org.throughline.cli.commands.HtmlCommand;
import org.throughline.cli.load.LoadedPlan;
import org.throughline.html.SiteGenerator;
import org.throughline.html.SiteInput;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** Publishes the test fixtures as the command line does, in memory or into a folder. */
final class Sites {

	private Sites() {
	}

	/** The site's input for a plan folder, with findings tied to their elements as {@code throughline html} does. */
	static SiteInput input(Path plans) throws Exception {
		return HtmlCommand.siteInput(LoadedPlan.load(PlanFixtures.injector(), plans));
	}

	/** Copies a fixture into {@code temp} and renders its site in memory. */
	static Map<String, String> render(String fixture, Path temp) throws Exception {
		return SiteGenerator.render(input(PlanFixtures.copy(fixture, temp.resolve(fixture))));
	}

	/**
	 * Writes the site of a plan folder into {@code site}, and a copy under target/sites/{@code name} for people to
	 * look at (when the build says where).
	 */
	static Path write(Path plans, Path site, String name) throws Exception {
		Files.createDirectories(site);
		SiteInput input = input(plans);
		SiteGenerator.write(input, site);
		String preview = System.getProperty("throughline.site.preview");
		if (preview != null) {
			Path copy = Path.of(preview, name);
			delete(copy);
			Files.createDirectories(copy);
			SiteGenerator.write(input, copy);
		}
		return site;
	}

	/**
	 * Writes the site of {@code plans} compared with the earlier version {@code earlier} into {@code site}, as
	 * {@code throughline html --compare-with} does, and a copy for people to look at (when the build says where).
	 */
	static Path writeCompared(Path plans, Path earlier, Path site, String name) throws Exception {
		runHtml(plans, earlier, site);
		String preview = System.getProperty("throughline.site.preview");
		if (preview != null) {
			Path copy = Path.of(preview, name);
			delete(copy);
			runHtml(plans, earlier, copy);
		}
		return site;
	}

	private static void runHtml(Path plans, Path earlier, Path site) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new CommandLine().run(new String[] { "html", plans.toString(), "-o", site.toString(), "--compare-with",
				earlier.toString() }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true));
		if (code != 0) {
			throw new IllegalStateException("html --compare-with exited " + code + ": " + err);
		}
	}

	/**
	 * Writes into {@code plans} one plan of {@code commitments} commitments in the manner of Bold Steps for Kent, none
	 * of them owned or measured: a portfolio too large for its matrix, gaps and problems to sit on one page each.
	 */
	static Path portfolio(Path plans, int commitments) throws IOException {
		StringBuilder plan = new StringBuilder("""
				module kent.portfolio

				plan Portfolio "The council's plans, 2011/12 to 2014/15" {
					period 2011/12 to 2014/15
				""");
		for (int i = 1; i <= commitments; i++) {
			plan.append("\tcommitment C").append(i).append(" \"Expand the Gateway programme to district ").append(i)
					.append("\"\n");
		}
		Files.createDirectories(plans);
		Files.writeString(plans.resolve("portfolio.plan"), plan.append("}\n"));
		return plans;
	}

	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
