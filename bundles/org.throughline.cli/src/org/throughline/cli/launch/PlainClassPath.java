package org.throughline.cli.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Prepares the plain class path the headless commands start with: the bundles the command line needs (what
 * {@code org.throughline.cli} requires and imports, followed through their manifests, optional ones left out),
 * copied without their signature files into a folder of the user's cache. The JVM then neither verifies
 * signatures on each start nor, as it does for signed jars, leaves their classes out of its class-data cache; the
 * installation itself is only read. Usage, by the launcher:
 *
 * <pre>PlainClassPath PLUGINS_FOLDER CACHE_FOLDER</pre>
 *
 * Writes {@code CACHE_FOLDER/lib/*.jar} and {@code CACHE_FOLDER/classpath} (the jars in order, separated by the
 * path separator); the folder appears whole or not at all, so that runs started at the same time never see half
 * of it. Exit status 0 when the folder is there, 2 when it could not be made (the launcher then starts the
 * command from the installation's own jars).
 */
public final class PlainClassPath {

	/** The bundle whose class path this is: the command line's. */
	static final String ROOT = "org.throughline.cli";

	private PlainClassPath() {
	}

	public static void main(String[] args) {
		if (args.length != 2) {
			System.err.println("usage: PlainClassPath PLUGINS_FOLDER CACHE_FOLDER");
			System.exit(2);
		}
		try {
			prepare(Path.of(args[0]), Path.of(args[1]));
		} catch (IOException | RuntimeException e) {
			System.err.println("throughline: cannot prepare the command line's class path in " + args[1] + ": " + e);
			System.exit(2);
		}
	}

	/**
	 * Writes the cache folder unless it is already there. Not with {@code SafeOutput}, which replaces an earlier
	 * output: here the first of two launchers to finish wins, since the other may already run from its jars.
	 */
	public static void prepare(Path plugins, Path cache) throws IOException {
		if (Files.isRegularFile(cache.resolve("classpath"))) {
			return;
		}
		List<Path> jars = closure(bundles(plugins), ROOT);
		Files.createDirectories(cache.getParent());
		Path partial = Files.createTempDirectory(cache.getParent(), cache.getFileName() + ".partial-");
		try {
			Path lib = Files.createDirectories(partial.resolve("lib"));
			StringBuilder classpath = new StringBuilder();
			for (Path jar : jars) {
				Path copy = lib.resolve(jar.getFileName().toString());
				copyUnsigned(jar, copy);
				if (classpath.length() > 0) {
					classpath.append(java.io.File.pathSeparatorChar);
				}
				classpath.append(cache.resolve("lib").resolve(copy.getFileName().toString()));
			}
			Files.writeString(partial.resolve("classpath"), classpath.toString(), StandardCharsets.UTF_8);
			try {
				Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE);
			} catch (IOException e) {
				// another run made the folder first: that one is used
				if (!Files.isRegularFile(cache.resolve("classpath"))) {
					throw e;
				}
			}
		} finally {
			deleteRecursively(partial);
		}
	}

	/** A bundle jar's name, and what it needs and offers, from its manifest. */
	record Bundle(Path jar, String name, List<String> requires, List<String> imports, List<String> exports) {
	}

	static Map<String, Bundle> bundles(Path plugins) throws IOException {
		Map<String, Bundle> bundles = new TreeMap<>();
		List<Path> jars = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(plugins, "*.jar")) {
			entries.forEach(jars::add);
		}
		jars.sort(null);
		{
			for (Path jar : jars) {
				Manifest manifest;
				try (JarFile file = new JarFile(jar.toFile(), false)) {
					manifest = file.getManifest();
				}
				if (manifest == null) {
					continue;
				}
				Attributes main = manifest.getMainAttributes();
				String name = main.getValue("Bundle-SymbolicName");
				if (name == null) {
					continue;
				}
				Bundle bundle = new Bundle(jar, names(name).get(0), required(main.getValue("Require-Bundle")),
						required(main.getValue("Import-Package")), names(main.getValue("Export-Package")));
				// of two versions of one bundle, the later name sorts last and stays
				bundles.put(bundle.name(), bundle);
			}
		}
		return bundles;
	}

	/** The jars of {@code root} and of every bundle it needs, the root first, each once, in a stable order. */
	static List<Path> closure(Map<String, Bundle> bundles, String root) throws IOException {
		Map<String, Bundle> exporters = new HashMap<>();
		for (Bundle bundle : bundles.values()) {
			for (String exported : bundle.exports()) {
				exporters.putIfAbsent(exported, bundle);
			}
		}
		if (!bundles.containsKey(root)) {
			throw new IOException("no bundle " + root);
		}
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of(root));
		while (!queue.isEmpty()) {
			String name = queue.removeFirst();
			Bundle bundle = bundles.get(name);
			if (bundle == null || !seen.add(name)) {
				continue;
			}
			queue.addAll(bundle.requires());
			for (String imported : bundle.imports()) {
				Bundle exporter = exporters.get(imported);
				if (exporter != null) {
					queue.add(exporter.name());
				}
			}
		}
		List<Path> jars = new ArrayList<>();
		for (String name : seen) {
			jars.add(bundles.get(name).jar());
		}
		return jars;
	}

	/** The names in a manifest header that are not {@code resolution:=optional}. */
	static List<String> required(String header) {
		List<String> names = new ArrayList<>();
		for (String clause : clauses(header)) {
			if (!clause.replace(" ", "").contains("resolution:=optional")) {
				names.add(clause.split(";", 2)[0].trim());
			}
		}
		return names;
	}

	static List<String> names(String header) {
		List<String> names = new ArrayList<>();
		for (String clause : clauses(header)) {
			names.add(clause.split(";", 2)[0].trim());
		}
		return names;
	}

	/** A manifest header's clauses: split at the commas that are not inside quotes. */
	static List<String> clauses(String header) {
		List<String> clauses = new ArrayList<>();
		if (header == null) {
			return clauses;
		}
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(clause.toString());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		clauses.add(clause.toString());
		clauses.removeIf(String::isBlank);
		return clauses;
	}

	/** Copies a jar, leaving out its signature: the {@code META-INF/*.SF} files and their signature blocks. */
	static void copyUnsigned(Path jar, Path copy) throws IOException {
		try (InputStream in = Files.newInputStream(jar);
				ZipInputStream zip = new ZipInputStream(in);
				OutputStream out = Files.newOutputStream(copy);
				ZipOutputStream target = new ZipOutputStream(out)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (isSignature(entry.getName())) {
					continue;
				}
				ZipEntry written = new ZipEntry(entry.getName());
				written.setTime(entry.getTime());
				target.putNextEntry(written);
				zip.transferTo(target);
				target.closeEntry();
			}
		}
	}

	static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
			return false;
		}
		return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
				|| upper.startsWith("META-INF/SIG-");
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (var walk = Files.walk(folder)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
