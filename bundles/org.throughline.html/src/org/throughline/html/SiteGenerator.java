package org.throughline.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

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
		Map<String, String> files = new ConcurrentSkipListMap<>();
		try {
			SiteRenderer.render(input, files::put);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // putting into a map does not fail
		}
		return new TreeMap<>(files);
	}

	/**
	 * Writes the site into {@code folder}, which must exist; files are written as UTF-8 with \n line ends, each as
	 * soon as it is rendered.
	 *
	 * @return how many pages (HTML files) were written
	 */
	public static int write(SiteInput input, Path folder) throws IOException {
		return write(input, folder, path -> {
		});
	}

	/**
	 * Writes the site as {@link #write(SiteInput, Path)} does, telling {@code written} the path of each file once it
	 * is written (from the threads that write them), so that a caller can show progress; an unchecked exception
	 * that {@code written} throws, such as a cancellation, stops the writing and reaches the caller.
	 *
	 * @return how many pages (HTML files) were written
	 */
	public static int write(SiteInput input, Path folder, Consumer<String> written) throws IOException {
		Map<Path, Boolean> folders = new ConcurrentHashMap<>();
		AtomicInteger pages = new AtomicInteger();
		SiteRenderer.render(input, (path, content) -> {
			Path target = folder.resolve(path);
			// Each folder is created once, and a page waits until its folder exists.
			folders.computeIfAbsent(target.getParent(), SiteGenerator::createFolder);
			Files.writeString(target, content, StandardCharsets.UTF_8);
			if (path.endsWith(".html")) {
				pages.incrementAndGet();
			}
			written.accept(path);
		});
		return pages.get();
	}

	private static Boolean createFolder(Path folder) {
		try {
			Files.createDirectories(folder);
			return Boolean.TRUE;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** True when {@code folder} holds a site written by Throughline, which a new one may replace. */
	public static boolean holdsSite(Path folder) {
		Path index = folder.resolve("index.html");
		try {
			return Files.isRegularFile(index) && Files.readString(index, StandardCharsets.UTF_8).contains(GENERATOR);
		} catch (IOException | RuntimeException e) {
			// unreadable, or not text: not known to be a site, so the folder is left as it is
			return false;
		}
	}
}
