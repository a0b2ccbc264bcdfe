package org.throughline.trace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.trace.ui.publish.PublishSiteJob;
import org.throughline.trace.ui.publish.SitePublishing;
import org.throughline.ui.tests.WorkbenchTest;

/** Throughline > Publish Site: the same site as {@code throughline html}, in the background, or nothing at all. */
class SitePublishingTest {

	@TempDir
	Path temp;

	@WorkbenchTest
	void publishingFromTheWorkbenchWritesTheSameFilesAsTheCommandLine() throws Exception {
		ExampleProjects.kent();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProjects.KENT);
		Path fromWorkbench = temp.resolve("workbench-site");
		int[] published = { -1 };
		PublishSiteJob job = new PublishSiteJob(project, fromWorkbench, pages -> published[0] = pages);
		job.schedule();
		Ui.waitUntil("the site to be published", () -> job.getResult() != null);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());

		Path fromCommandLine = temp.resolve("command-line-site");
		CommandLineRun run = CommandLineRun.on(ExampleProjects.KENT, "html", "-o", fromCommandLine.toString());
		assertTrue(run.code() <= 1, run.err());
		Map<String, byte[]> workbench = files(fromWorkbench);
		Map<String, byte[]> commandLine = files(fromCommandLine);
		assertEquals(commandLine.keySet(), workbench.keySet());
		for (String file : commandLine.keySet()) {
			assertArrayEquals(commandLine.get(file), workbench.get(file), file);
		}
		long pages = workbench.keySet().stream().filter(f -> f.endsWith(".html")).count();
		assertEquals(pages, published[0]);
		assertTrue(pages > 200, "pages: " + pages);
	}

	@WorkbenchTest
	void aCancelledPublishLeavesTheEarlierSiteAsItWas() throws Exception {
		ExampleProjects.kent();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProjects.KENT);
		Path site = temp.resolve("site");
		SitePublishing.publish(project, site, new NullProgressMonitor());
		Map<String, byte[]> before = files(site);
		Files.writeString(site.resolve("index.html"), Files.readString(site.resolve("index.html")) + "<!-- kept -->");
		byte[] edited = Files.readAllBytes(site.resolve("index.html"));

		// cancelled once a few pages are written
		NullProgressMonitor cancelling = new NullProgressMonitor() {
			private int worked;

			@Override
			public void worked(int work) {
				if (++worked == 5) {
					setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class, () -> SitePublishing.publish(project, site, cancelling));
		assertArrayEquals(edited, Files.readAllBytes(site.resolve("index.html")));
		assertEquals(before.keySet(), files(site).keySet());
		try (Stream<Path> beside = Files.list(temp)) {
			assertEquals(List.of("site"), beside.map(p -> p.getFileName().toString()).toList(),
				"no half-written folder is left beside the site");
		}
		Job.getJobManager().join(PublishSiteJob.FAMILY, null);
	}

	private static Map<String, byte[]> files(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		return files;
	}
}
