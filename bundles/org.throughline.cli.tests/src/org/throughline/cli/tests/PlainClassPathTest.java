package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.launch.PlainClassPath;

/**
 * The headless commands' class path: the bundles the command line requires and imports, through their manifests,
 * optional ones left out, copied without signatures into the user's cache.
 */
class PlainClassPathTest {

	@TempDir
	Path folder;

	@Test
	void theCommandLinesBundlesAreCopiedUnsignedAndInOrder() throws IOException {
		Path plugins = Files.createDirectories(folder.resolve("plugins"));
		bundle(plugins, "org.throughline.cli_1.jar", "org.throughline.cli;singleton:=true",
				"org.example.language;bundle-version=\"[2.0.0,3.0.0)\";visibility:=reexport,"
						+ "org.example.workbench;resolution:=optional",
				"org.example.text;version=\"[1.0,2.0)\"", null);
		bundle(plugins, "org.example.language_2.jar", "org.example.language", null, null, null);
		bundle(plugins, "org.example.text_1.jar", "org.example.text.provider", null, null, "org.example.text");
		bundle(plugins, "org.example.workbench_1.jar", "org.example.workbench", null, null, null);
		Path cache = folder.resolve("cache").resolve("headless-1");

		PlainClassPath.prepare(plugins, cache);

		List<String> jars = Arrays.stream(Files.readString(cache.resolve("classpath")).split(java.io.File.pathSeparator))
				.map(jar -> Path.of(jar).getFileName().toString()).toList();
		assertEquals(List.of("org.throughline.cli_1.jar", "org.example.language_2.jar", "org.example.text_1.jar"), jars);
		try (JarFile copy = new JarFile(cache.resolve("lib").resolve("org.example.text_1.jar").toFile())) {
			assertNotNull(copy.getEntry("org/example/text/Text.class"));
			assertFalse(copy.stream().anyMatch(e -> e.getName().endsWith(".SF") || e.getName().endsWith(".RSA")),
					"the signature is left out");
		}
		try (var left = Files.list(cache.getParent())) {
			assertEquals(List.of(cache), left.toList(), "no partial folder is left beside the cache");
		}
	}

	/** A signed-looking bundle jar with one class entry, and the manifest headers given. */
	private static void bundle(Path plugins, String file, String name, String requires, String imports,
			String exports) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-SymbolicName", name);
		if (requires != null) {
			main.putValue("Require-Bundle", requires);
		}
		if (imports != null) {
			main.putValue("Import-Package", imports);
		}
		if (exports != null) {
			main.putValue("Export-Package", exports);
		}
		try (OutputStream out = Files.newOutputStream(plugins.resolve(file));
				JarOutputStream jar = new JarOutputStream(out, manifest)) {
			jar.putNextEntry(new ZipEntry("org/example/text/Text.class"));
			jar.write(new byte[] { (byte) 0xCA, (byte) 0xFE });
			jar.closeEntry();
			jar.putNextEntry(new ZipEntry("META-INF/SIGNER.SF"));
			jar.write("Signature-Version: 1.0\n".getBytes());
			jar.closeEntry();
			jar.putNextEntry(new ZipEntry("META-INF/SIGNER.RSA"));
			jar.write(new byte[] { 1, 2, 3 });
			jar.closeEntry();
		}
	}
}
