package org.throughline.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.throughline.html.pages.SiteRenderer;

/**
 * Publishes a plan workspace as a static site: plain HTML files, one style sheet, inline SVG charts, no
 * JavaScript, no fonts or images from elsewhere. The same input gives byte-identical files, so a site can be
 * kept under version control and compared between versions of the plan.
 */
public final class SiteGenerator {

	/** The marker that every page carries in its head, by which an earlier site is recognised. */
	public static final String GENERATOR = "<meta name=\"generator\" content=\"Throughline\">";

	private SiteGenerator() {
	}

	/** Every file of the site, by path from the site root (with forward slashes), sorted by path. */
	public static Map<String, String> render(SiteInput input) {
		return SiteRenderer.render(input);
	}

	/** Writes the site into {@code folder}, which must exist; files are written as UTF-8 with \n line ends. */
	public static void write(SiteInput input, Path folder) throws IOException {
		for (Map.Entry<String, String> file : render(input).entrySet()) {
			Path target = folder.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
		}
	}

	/** True when {@code folder} holds a site written by Throughline, which a new one may replace. */
	public static boolean holdsSite(Path folder) {
		Path index = folder.resolve("index.html");
		try {
			return Files.isRegularFile(index) && Files.readString(index, StandardCharsets.UTF_8).contains(GENERATOR);
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
