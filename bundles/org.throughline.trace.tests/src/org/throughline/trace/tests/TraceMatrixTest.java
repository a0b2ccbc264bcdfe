package org.throughline.trace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.throughline.trace.matrix.MatrixColumn;
import org.throughline.trace.matrix.MatrixCsv;
import org.throughline.trace.matrix.TraceMatrix;
import org.throughline.trace.matrix.TraceMatrix.Row;

/** The matrix has a row per commitment, filters to the gaps, and exports as safe CSV. */
class TraceMatrixTest extends KentTestBase {

	private static String csv(TraceMatrix matrix) throws IOException {
		StringWriter out = new StringWriter();
		MatrixCsv.write(matrix, out);
		return out.toString();
	}

	@Test
	void everyCommitmentHasARowAndTheGapsViewKeepsThoseWithHoles() {
		TraceMatrix matrix = TraceMatrix.of(index);
		assertEquals(10, matrix.rows().size());
		// Every commitment in the fixture lacks something, as every Bold Steps commitment did in 2010.
		assertEquals(10, matrix.gapsOnly().rows().size());
		Row v1 = matrix.rows().get(6);
		assertEquals("kent.boldsteps.BoldSteps.V1", matrix.cell(v1, MatrixColumn.COMMITMENT));
		assertEquals("kent.organisation.KCC.CFE.MdCfe", matrix.cell(v1, MatrixColumn.LEAD));
		assertEquals("kent.organisation.KCC.CabinetMemberCfe", matrix.cell(v1, MatrixColumn.ACCOUNTABLE));
		assertEquals("Improvement plan to Cabinet (by 2011-01-10)", matrix.cell(v1, MatrixColumn.MILESTONES));
		assertEquals("kent.inspection.OfstedSafeguarding2010.CaseloadReview; "
				+ "kent.inspection.OfstedSafeguarding2010.AssessmentQuality; "
				+ "kent.inspection.OfstedSafeguarding2010.WorkforceReview",
				matrix.cell(v1, MatrixColumn.INSPECTION_ACTIONS));
		assertEquals("ended-owner", matrix.cell(v1, MatrixColumn.HOLES));
		// the priority it serves, through the theme it appears under, so that a spreadsheet can group by either
		assertEquals("kent.boldsteps.BoldSteps.Disadvantage", matrix.cell(v1, MatrixColumn.AIM));
		assertEquals("kent.boldsteps.BoldSteps.SupportVulnerable", matrix.cell(v1, MatrixColumn.THEME));
		Row d3 = matrix.rows().get(3);
		assertEquals("kent.boldsteps.BoldSteps.Disadvantage; kent.boldsteps.BoldSteps.Economy",
				matrix.cell(d3, MatrixColumn.AIM));
		assertEquals("kent.boldsteps.BoldSteps.TackleDisadvantage", matrix.cell(d3, MatrixColumn.THEME));
		Row v6 = matrix.rows().get(8);
		assertEquals("noted; unanswered", matrix.cell(v6, MatrixColumn.REPLIES));
		assertEquals("no-owner; no-measure; unanswered", matrix.cell(v6, MatrixColumn.HOLES));
	}

	@Test
	void theCsvHasTheSharedColumnsAndOneLinePerCommitment() throws IOException {
		String text = csv(TraceMatrix.of(index));
		assertTrue(text.startsWith("\uFEFFcommitment,title,plan,aim,theme,kind,lead,supporting,accountable,partners,indicators,"
				+ "milestones,not measurable because,responses,replies,inspection actions,actions,reported for,status,rating,"
				+ "holes\r\n"), text);
		List<String> lines = List.of(text.substring(1).split("\r\n"));
		assertEquals(11, lines.size());
		assertEquals("kent.boldsteps.BoldSteps.S5,Press for the National Apprenticeship Service to be devolved,"
				+ "kent.boldsteps.BoldSteps,kent.boldsteps.BoldSteps.Economy,,lobby,,,,,,,"
				+ "The decision is the Government's; KCC can only press the case.,,,,,,,,no-owner", lines.get(5));
	}

	@Test
	void cellsAreQuotedWhenTheyMustBe() {
		assertEquals("plain", MatrixCsv.field("plain"));
		assertEquals("\"a, b\"", MatrixCsv.field("a, b"));
		assertEquals("\"say \"\"no\"\"\"", MatrixCsv.field("say \"no\""));
		assertEquals("\"two\nlines\"", MatrixCsv.field("two\nlines"));
		assertEquals("\u0421\u0435\u0440\u0433\u0435\u0439", MatrixCsv.field("\u0421\u0435\u0440\u0433\u0435\u0439"));
	}

	@Test
	void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
		assertEquals("'=HYPERLINK(\"http://x\")", MatrixCsv.neutralise("=HYPERLINK(\"http://x\")"));
		assertEquals("\"'=1+2,3\"", MatrixCsv.field("=1+2,3"));
		assertEquals("'+44 1622 694000", MatrixCsv.field("+44 1622 694000"));
		assertEquals("'-2+3", MatrixCsv.field("-2+3"));
		assertEquals("'@SUM(A1:A2)", MatrixCsv.field("@SUM(A1:A2)"));
		assertEquals("'\tx", MatrixCsv.field("\tx"));
		assertEquals("\"'\rx\"", MatrixCsv.field("\rx"));
		assertEquals("a=b", MatrixCsv.field("a=b"));
		assertEquals("", MatrixCsv.field(""));
	}
}
