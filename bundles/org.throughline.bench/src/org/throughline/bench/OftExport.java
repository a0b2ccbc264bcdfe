package org.throughline.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.ModuleElement;
import org.throughline.model.plan.Ownership;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanModule;

/**
 * Writes the trace graph of a plan workspace as OpenFastTrace Markdown specifications, for a like-for-like
 * comparison: each commitment is a {@code feat} item that needs {@code impl} coverage, and each ownership and
 * each indicator link is an {@code impl} item that covers it. A commitment without owner or measure is then an
 * OpenFastTrace defect, as it is a gap for Throughline. One Markdown file is written per plan.
 */
public final class OftExport {

	private OftExport() {
	}

	/** Writes the specifications into {@code folder} and returns the number of items written. */
	public static int write(List<PlanModule> modules, Path folder) throws IOException {
		Files.createDirectories(folder);
		int items = 0;
		for (PlanModule module : modules) {
			for (ModuleElement element : module.getElements()) {
				if (element instanceof Plan plan) {
					Path file = folder.resolve(id(module.getName() + "." + plan.getName()) + ".md");
					try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
						items += writePlan(module.getName() + "." + plan.getName(), plan, out);
					}
				}
			}
		}
		return items;
	}

	private static int writePlan(String planName, Plan plan, Writer out) throws IOException {
		int items = 0;
		out.write("# " + plan.getTitle() + "\n\n");
		for (Commitment commitment : plan.getCommitments()) {
			String feat = "feat~" + id(planName + "." + commitment.getName()) + "~1";
			out.write("### " + commitment.getTitle() + "\n`" + feat + "`\n\n" + text(commitment.getStatement())
					+ "\n\nNeeds: impl\n\n");
			items++;
			int link = 0;
			for (Ownership ownership : commitment.getOwnerships()) {
				items += covering(out, feat, commitment, ++link,
						ownership.getRole().getLiteral() + " owner " + ownership.getOwner().getTitle());
			}
			for (Indicator indicator : commitment.getIndicators()) {
				items += covering(out, feat, commitment, ++link, "measured by " + indicator.getTitle());
			}
		}
		return items;
	}

	private static int covering(Writer out, String feat, Commitment commitment, int link, String title)
			throws IOException {
		String impl = "impl~" + id(feat.substring(5, feat.length() - 2) + ".link" + link) + "~1";
		out.write("### " + text(title) + "\n`" + impl + "`\n\n" + text(commitment.getTitle()) + "\n\nCovers:\n\n* `"
				+ feat + "`\n\n");
		return 1;
	}

	/** OpenFastTrace names allow letters, digits, dots, dashes and underscores. */
	private static String id(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
	}

	private static String text(String text) {
		return text == null ? "" : text.replace('\n', ' ');
	}
}
