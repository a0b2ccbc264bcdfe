package org.throughline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.plan.PlanModule;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.matrix.MatrixCsv;
import org.throughline.trace.matrix.TraceMatrix;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** {@code throughline export}: the matrix as CSV and the model as XMI, written whole or not at all. */
class ExportCommandTest {

	@TempDir
	Path temp;

	private Path kent() throws Exception {
		return PlanFixtures.copy(PlanFixtures.KENT, temp.resolve("kent"));
	}

	private static List<String> listing(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void theCsvIsTheTraceMatrixAndNothingElseIsWritten() throws Exception {
		Path folder = kent();
		Path out = Files.createDirectory(temp.resolve("out"));
		Run run = Run.of("export", folder.toString(), "--format", "csv", "-o", out.resolve("matrix.csv").toString());
		assertEquals(0, run.code(), run.err());
		assertEquals("", run.out());
		assertEquals(List.of("matrix.csv"), listing(out));
		StringWriter expected = new StringWriter();
		MatrixCsv.write(TraceMatrix.of(TraceIndex.of(PlanFixtures.load(folder).modules())), expected);
		assertEquals(expected.toString(), Files.readString(out.resolve("matrix.csv"), StandardCharsets.UTF_8));
		// grouped by priority in a spreadsheet: each row names the aim and the theme it is under
		List<String> lines = Files.readAllLines(out.resolve("matrix.csv"), StandardCharsets.UTF_8);
		assertTrue(lines.get(0).startsWith("\uFEFFcommitment,title,plan,aim,theme,kind,"), lines.get(0));
		assertTrue(lines.contains("kent.boldsteps.BoldSteps.R5,Expand the Gateway programme,kent.boldsteps.BoldSteps,"
				+ "kent.boldsteps.BoldSteps.Citizen,kent.boldsteps.BoldSteps.Residents,deliver,"
				+ "kent.organisation.KCC.CustomerAndCommunities,,,,,,,,,,,,,,no-measure"), String.join("\n", lines));
	}

	@Test
	void gapsOnlyKeepsTheRowsWithHoles() throws Exception {
		Path folder = kent();
		Files.writeString(folder.resolve("complete.plan"), """
				module kent.complete
				import kent.organisation.KCC.*
				import kent.indicators.*
				plan Complete "A fully traced commitment" {
					period 2011/12 to 2014/15
					commitment Full "Apprentices" {
						owner lead ELS
						measured by KccApprentices
						source kent.sources.Agenda line 2809
					}
				}
				""");
		Path csv = temp.resolve("gaps.csv");
		Run run = Run.of("export", folder.toString(), "--format", "csv", "--gaps-only", "-o", csv.toString());
		assertEquals(0, run.code(), run.err());
		String text = Files.readString(csv);
		assertEquals(11, text.split("\r\n").length, "header and the ten Kent commitments, not the complete one");
		assertFalse(text.contains("kent.complete.Complete.Full"));
		Run all = Run.of("export", folder.toString(), "--format", "csv", "-o", temp.resolve("all.csv").toString());
		assertTrue(Files.readString(temp.resolve("all.csv")).contains("kent.complete.Complete.Full,Apprentices,"));
		assertEquals(0, all.code());
	}

	@Test
	void theXmiHoldsTheWholeModelAndReadsBackEqual() throws Exception {
		Path folder = kent();
		Path xmi = temp.resolve("plan.xmi");
		Run run = Run.of("export", folder.toString(), "--format", "xmi", "-o", xmi.toString());
		assertEquals(0, run.code(), run.err());
		String text = Files.readString(xmi);
		assertFalse(text.contains(folder.toString()), "no machine path in the XMI");

		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource loaded = resources.getResource(URI.createFileURI(xmi.toString()), true);
		EcoreUtil.resolveAll(resources);
		assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(resources).isEmpty());
		PlanWorkspace original = PlanFixtures.load(folder);
		List<PlanModule> modules = original.modules();
		assertEquals(modules.size(), loaded.getContents().size());
		for (int i = 0; i < modules.size(); i++) {
			EObject back = loaded.getContents().get(i);
			assertTrue(new EcoreUtil.EqualityHelper().equals(modules.get(i), back), modules.get(i).getName());
		}
	}

	@Test
	void exportingTwiceGivesTheSameBytes() throws Exception {
		Path folder = kent();
		for (String format : List.of("csv", "xmi")) {
			Run.of("export", folder.toString(), "--format", format, "-o", temp.resolve("one." + format).toString());
			Run.of("export", folder.toString(), "--format", format, "-o", temp.resolve("two." + format).toString());
			assertArrayEquals(Files.readAllBytes(temp.resolve("one." + format)),
					Files.readAllBytes(temp.resolve("two." + format)), format);
		}
	}

	@Test
	void anOutputThatIsAFolderIsRefused() throws Exception {
		Path folder = kent();
		Path out = Files.createDirectory(temp.resolve("out"));
		Run run = Run.of("export", folder.toString(), "--format", "csv", "-o", out.toString());
		assertEquals(2, run.code());
		assertEquals(List.of("throughline: " + out + " is a folder; give the name of the file to write"), run.errLines());
		assertEquals(List.of(), listing(out));
	}

	@Test
	void anOutputInAMissingFolderIsRefusedAndTheFolderIsNotCreated() throws Exception {
		Path folder = kent();
		Path out = temp.resolve("missing").resolve("matrix.csv");
		Run run = Run.of("export", folder.toString(), "--format", "csv", "-o", out.toString());
		assertEquals(2, run.code());
		assertEquals(List.of("throughline: cannot write " + out + ": the folder " + out.getParent() + " does not exist"),
				run.errLines());
		assertFalse(Files.exists(out.getParent()));
	}

	@Test
	void aPlanWithErrorsIsExportedAndExitsOne() throws Exception {
		Path folder = kent();
		Files.writeString(folder.resolve("dangling.plan"), """
				module kent.dangling
				plan Dangling "A plan" {
					commitment X1 "Owned by nobody that exists" { owner lead Nowhere }
				}
				""");
		Path csv = temp.resolve("matrix.csv");
		Run run = Run.of("export", folder.toString(), "--format", "csv", "-o", csv.toString());
		assertEquals(1, run.code());
		assertTrue(Files.readString(csv).contains("kent.dangling.Dangling.X1,Owned by nobody that exists,"));
		assertEquals("throughline: the plan has 1 error; the CSV file was written all the same", run.errLines().get(1));
	}

	@Test
	void unreadableInputWritesNothingAndExitsTwo() throws Exception {
		Path folder = kent();
		Files.write(folder.resolve("latin1.plan"),
				"module kent.latin plan P \"Caf\u00e9\" { }".getBytes(StandardCharsets.ISO_8859_1));
		Path csv = temp.resolve("matrix.csv");
		Run run = Run.of("export", folder.toString(), "--format", "csv", "-o", csv.toString());
		assertEquals(2, run.code());
		assertFalse(Files.exists(csv));
		assertEquals(List.of(
				"latin1.plan:0:0: error not-utf8: The file is not UTF-8 text; save it as UTF-8 and try again",
				"throughline: 1 file could not be read; no CSV file was written"), run.errLines());
		assertTrue(run.clean());
	}

	@Test
	void anExistingFileIsReplacedWhole() throws Exception {
		Path folder = kent();
		Path csv = Files.writeString(temp.resolve("matrix.csv"), "an older export");
		Run run = Run.of("export", folder.toString(), "--format", "csv", "-o", csv.toString());
		assertEquals(0, run.code());
		assertTrue(Files.readString(csv).startsWith("\uFEFFcommitment,"));
		assertEquals(List.of("kent", "matrix.csv"), listing(temp));
	}
}
