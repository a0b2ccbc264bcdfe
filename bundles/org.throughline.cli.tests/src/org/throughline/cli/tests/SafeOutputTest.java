package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.CommandFailure;
import org.throughline.cli.output.SafeOutput;

/** A failed write leaves neither a half-written output nor a temporary behind, and never touches other files. */
class SafeOutputTest {

	@TempDir
	Path temp;

	private List<String> listing() throws IOException {
		try (Stream<Path> files = Files.list(temp)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aFolderWhoseWritingFailsIsNotCreated() throws Exception {
		Path site = temp.resolve("site");
		CommandFailure failure = assertThrows(CommandFailure.class, () -> SafeOutput.writeFolder(site, p -> true,
				"site", folder -> {
					Files.writeString(folder.resolve("index.html"), "<!DOCTYPE html>");
					throw new IOException("disk full");
				}));
		assertEquals("cannot write " + site + ": disk full", failure.getMessage());
		assertEquals(List.of(), listing());
	}

	@Test
	void anEarlierOutputSurvivesAFailedRun() throws Exception {
		Path site = Files.createDirectory(temp.resolve("site"));
		Files.writeString(site.resolve("index.html"), "earlier");
		assertThrows(CommandFailure.class, () -> SafeOutput.writeFolder(site, p -> true, "site", folder -> {
			throw new IOException("disk full");
		}));
		assertEquals(List.of("site"), listing());
		assertEquals("earlier", Files.readString(site.resolve("index.html")));
	}

	@Test
	void anEarlierOutputIsReplacedWhole() throws Exception {
		Path site = Files.createDirectory(temp.resolve("site"));
		Files.writeString(site.resolve("stale.html"), "from an older plan");
		SafeOutput.writeFolder(site, p -> true, "site", folder -> Files.writeString(folder.resolve("index.html"), "new"));
		assertEquals(List.of("site"), listing());
		assertEquals("new", Files.readString(site.resolve("index.html")));
		assertFalse(Files.exists(site.resolve("stale.html")));
	}

	@Test
	void aFolderWithOtherContentIsNeverReplaced() throws Exception {
		Path documents = Files.createDirectory(temp.resolve("documents"));
		Files.writeString(documents.resolve("letter.txt"), "keep me");
		CommandFailure failure = assertThrows(CommandFailure.class, () -> SafeOutput.writeFolder(documents, p -> false,
				"site", folder -> Files.writeString(folder.resolve("index.html"), "new")));
		assertEquals(documents + " is not empty and does not hold a site; give a new or empty folder, "
				+ "or the folder of an earlier site", failure.getMessage());
		assertEquals("keep me", Files.readString(documents.resolve("letter.txt")));
		assertEquals(List.of("documents"), listing());
	}

	@Test
	void aFileWhoseWritingFailsLeavesTheOldFile() throws Exception {
		Path csv = Files.writeString(temp.resolve("matrix.csv"), "old");
		assertThrows(CommandFailure.class, () -> SafeOutput.writeFile(csv, out -> {
			out.write("half".getBytes());
			throw new IOException("disk full");
		}));
		assertEquals("old", Files.readString(csv));
		assertEquals(List.of("matrix.csv"), listing());
	}

	@Test
	void aNewFolderGetsTheUsualPermissionsNotThoseOfATemporary() throws Exception {
		Path site = temp.resolve("site");
		SafeOutput.writeFolder(site, p -> true, "site", folder -> Files.writeString(folder.resolve("index.html"), "x"));
		Path ordinary = Files.createDirectory(temp.resolve("ordinary"));
		assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(site));
	}

	@Test
	void filesReplacedTogetherAreAllReplacedOrNone() throws Exception {
		Path first = Files.writeString(temp.resolve("a.plan"), "old a");
		Path second = Files.writeString(temp.resolve("b.plan"), "old b");
		SafeOutput.writeFiles(new LinkedHashMap<>(Map.of(first, "new a".getBytes())));
		assertEquals("new a", Files.readString(first));

		// the second target cannot be written: the first is left as it was, and no temporary stays behind
		Path folder = Files.createDirectory(temp.resolve("c.plan"));
		Map<Path, byte[]> files = new LinkedHashMap<>();
		files.put(second, "new b".getBytes());
		files.put(folder, "new c".getBytes());
		assertThrows(CommandFailure.class, () -> SafeOutput.writeFiles(files));
		assertEquals("old b", Files.readString(second));
		try (Stream<Path> left = Files.list(temp)) {
			assertEquals(List.of("a.plan", "b.plan", "c.plan"),
					left.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}
}
