package org.throughline.html.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** The same plan gives the same site, byte for byte, wherever and whenever it is published. */
class DeterminismTest {

	@TempDir
	Path temp;

	private static List<Path> files(Path folder) throws Exception {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
		}
	}

	@Test
	void publishingTwiceFromTwoCopiesGivesIdenticalFiles() throws Exception {
		Path one = Sites.write(PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("a/plans")), temp.resolve("a/site"),
				"kent-a");
		Path two = Sites.write(PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("b/elsewhere/plans")),
				temp.resolve("b/site"), "kent-b");
		List<Path> files = files(one);
		assertEquals(files, files(two));
		// 43 pages of the plan (the organisation has a page of its own, as every owner has) and 10 of its four source
		// documents (the agenda pack in seven parts)
		assertEquals(53, files.size(), files.toString());
		for (Path file : files) {
			assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)),
					file.toString());
		}
	}

	@Test
	void aPlanWithErrorsIsPublishedTheSameTwiceAndNamesNoMachinePath() throws Exception {
		Path plans = PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("plans"));
		Files.writeString(plans.resolve("broken.plan"), """
				module kent.broken
				plan Broken "A plan with a mistake" {
					commitment X1 "Owned by nobody that exists" { owner lead Nowhere }
				}
				""");
		Map<String, String> first = org.throughline.html.SiteGenerator.render(Sites.input(plans));
		Map<String, String> second = org.throughline.html.SiteGenerator.render(Sites.input(plans));
		assertEquals(first, second);
		for (Map.Entry<String, String> page : first.entrySet()) {
			assertFalse(page.getValue().contains(temp.toString()), page.getKey() + " names the folder it came from");
		}
	}
}
